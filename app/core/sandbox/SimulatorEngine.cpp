#include "SimulatorEngine.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "telegent/Endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace portdesk::sandbox {

namespace {

// The simulator reads JSON on its own (it must not share the client's parsing): ASP.NET-style
// case-insensitive property names.
QJsonValue fieldCI(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

SimReply jsonReply(int status, const QJsonObject &o)
{
    SimReply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

// {StatusCode, Message}: the shape the 1.0.8 spec documents for every error.
SimReply statusMessage(int status, const QString &message)
{
    return jsonReply(status, {{QStringLiteral("StatusCode"), status}, {QStringLiteral("Message"), message}});
}

QString traceId()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("00-%1%2-%3-00")
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'));
}

// RFC 7807 problem details, as ASP.NET model validation produces them.
class Problems
{
public:
    void add(const QString &key, const QString &message) { m_errors[key] = QJsonArray{message}; }
    bool any() const { return !m_errors.isEmpty(); }
    SimReply reply() const
    {
        SimReply r = jsonReply(400, {{QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
                                     {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
                                     {QStringLiteral("status"), 400},
                                     {QStringLiteral("errors"), m_errors},
                                     {QStringLiteral("traceId"), traceId()}});
        r.contentType = "application/problem+json; charset=utf-8";
        return r;
    }

    // Reads a string member; records "required" / wrong-type problems. prefix: "CurrentBillingAddress."
    QString string(const QJsonObject &o, const QString &name, bool required, const QString &prefix = {})
    {
        const QJsonValue v = fieldCI(o, name);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            add(QStringLiteral("$.") + prefix + name,
                QStringLiteral("The JSON value could not be converted to System.String. Path: $.%1%2")
                    .arg(prefix, name));
        else if (required)
            add(prefix + name, QStringLiteral("The %1 field is required.").arg(name));
        return {};
    }

private:
    QJsonObject m_errors;
};

bool parseBody(const QByteArray &body, QJsonObject *out, Problems *problems)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems->add(QStringLiteral("$"),
                      QStringLiteral("The request body is not a valid JSON object (offset %1).").arg(err.offset));
        return false;
    }
    *out = doc.object();
    return true;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9]\d{7,14}$)"));
    return re.match(number).hasMatch();
}

QString carrierFor(const QString &e164)
{
    if (e164.endsWith(QLatin1String(trigger::NumberLockError)))
        return QStringLiteral("Verizon");
    static const char *carriers[] = {"Verizon", "AT&T", "T-Mobile", "US Cellular", "Metro by T-Mobile",
                                     "Cricket Wireless", "Visible", "Boost Mobile"};
    uint h = qHash(e164.mid(2, 6)); // area code + exchange decide, stable across runs
    return QLatin1String(carriers[h % (sizeof carriers / sizeof *carriers)]);
}

QString httpDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace

SimulatorEngine::SimulatorEngine(Clock *clock, const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options), m_orders(0)
{
    setOptions(options);
}

void SimulatorEngine::setOptions(const SimulatorOptions &options)
{
    m_options = options;
    m_orders.setStageMs(qint64(options.stageSeconds * 1000.0 / std::max(0.001, options.speed)));
}

QString SimulatorEngine::routeFor(const QString &path, QByteArray *method) const
{
    static const QString prefix = QStringLiteral("/v1.0");
    if (!path.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    QString rest = path.mid(prefix.size());
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const auto is = [&](const QString &p) { return rest.compare(p, Qt::CaseInsensitive) == 0; };
    *method = "POST";
    if (is(endpoint::Token)) // "oauth2" and "OAuth2" both work, as the changelog says
        return route::Token;
    if (is(endpoint::Eligibility))
        return route::Eligibility;
    if (is(endpoint::PortIn))
        return route::PortIn;
    if (is(endpoint::PortInUpdate))
        return route::Update;
    if (is(endpoint::PortInCancel))
        return route::Cancel;
    *method = "GET";
    if (is(endpoint::Order))
        return route::Order;
    return {};
}

QString SimulatorEngine::requestUrl(const SimRequest &request) const
{
    return QStringLiteral("http://") + QString::fromLatin1(request.host) + request.path;
}

QString SimulatorEngine::accountFor(const SimRequest &request, const QString &routeName) const
{
    if (routeName == route::Token) {
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        const QString key = fieldCI(o, QStringLiteral("AccountKey")).toString();
        return m_options.credentials.contains(key) ? key : QString();
    }
    const QByteArray auth = request.authorization;
    if (!auth.startsWith("Bearer "))
        return {};
    const SimTokens::Issued *t = m_tokens.find(QString::fromLatin1(auth.mid(7).trimmed()));
    return t ? t->accountKey : QString();
}

bool SimulatorEngine::overBudget(const QString &account, qint64 *retryAfterMs)
{
    const qint64 now = m_clock->nowMs();
    std::deque<qint64> &w = m_window[account];
    while (!w.empty() && w.front() + 60'000 <= now)
        w.pop_front();
    if (int(w.size()) >= m_options.rateLimitPerMinute) {
        *retryAfterMs = w.front() + 60'000 - now;
        return true;
    }
    w.push_back(now);
    m_stats.maxInWindow = std::max(m_stats.maxInWindow, int(w.size()));
    return false;
}

SimReply SimulatorEngine::handle(const SimRequest &request)
{
    ++m_stats.requests;
    QByteArray expectedMethod;
    const QString routeName = routeFor(request.path, &expectedMethod);
    SimReply reply;
    QString account;
    if (routeName.isEmpty()) {
        reply = statusMessage(404, QStringLiteral("Not found: the requested resource does not exist or belongs to a different account."));
    } else if (request.method != expectedMethod) {
        reply = statusMessage(405, QStringLiteral("Method not allowed: verify the HTTP method required for this endpoint."));
    } else {
        m_stats.perRoute[routeName] += 1;
        const std::optional<Fault> fault = m_faults.take(routeName);
        using K = Fault::Kind;
        const bool afterProcessing = fault && (fault->kind == K::InvalidJson || fault->kind == K::NoAnswer
                                               || fault->kind == K::OddTokenExpiry || fault->kind == K::HugeBody
                                               || fault->kind == K::NestedJson || fault->kind == K::NonUtf8
                                               || fault->kind == K::WrongTypes || fault->kind == K::HostileText
                                               || fault->kind == K::HostileOrderId || fault->kind == K::ExpiredTokenExpiry);
        if (fault && !afterProcessing) {
            switch (fault->kind) {
            case K::ServiceUnavailable:
                reply = statusMessage(503, QStringLiteral("Service unavailable: the API is temporarily unavailable. Retry after a short delay."));
                if (fault->retryAfterSeconds)
                    reply.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(*fault->retryAfterSeconds)));
                break;
            case K::GatewayTimeout:
                reply = statusMessage(504, QStringLiteral("Gateway timeout: an upstream service did not respond in time. Retry with exponential backoff."));
                break;
            case K::TooManyRequests:
                reply = statusMessage(429, QStringLiteral("Too many requests: rate limit exceeded. Slow your request cadence and retry after a short delay."));
                if (fault->retryAfterSeconds)
                    reply.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(*fault->retryAfterSeconds)));
                break;
            case K::HtmlServerError:
                reply.status = 500;
                reply.contentType = "text/html; charset=utf-8";
                reply.body = "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
                             "<body><h1>Internal Server Error</h1><p>upstream connect error</p></body></html>";
                break;
            case K::PlainTextError:
                reply.status = 400;
                reply.contentType = "text/plain; charset=utf-8";
                reply.body = "Invalid PortInNumber: Must be in E.164 format.";
                break;
            case K::Unauthorized:
                reply = statusMessage(401, QStringLiteral("Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens."));
                break;
            case K::Forbidden:
                reply = statusMessage(403, QStringLiteral("Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope."));
                break;
            case K::DropConnection:
                reply.action = SimReply::Action::Drop;
                break;
            default:
                break;
            }
        } else {
            account = accountFor(request, routeName);
            qint64 retryAfterMs = 0;
            if (!account.isEmpty() && overBudget(account, &retryAfterMs)) {
                ++m_stats.rateLimited;
                reply = statusMessage(429, QStringLiteral("Too many requests: rate limit exceeded. Slow your request cadence and retry after a short delay."));
                if (m_options.retryAfterOn429)
                    reply.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number((retryAfterMs + 999) / 1000)));
            } else {
                reply = route(request, routeName, account);
            }
            if (fault && fault->kind == K::InvalidJson) {
                reply.status = 200;
                reply.body = "{\"OrderId\": \"JNUOID-";
            } else if (fault && fault->kind == K::NoAnswer) {
                reply.action = SimReply::Action::Hang;
            } else if (fault && fault->kind == K::HugeBody) {
                reply.status = 200;
                reply.body = "{\"OrderId\":\"" + QByteArray(4 << 20, 'A') + "\"}";
            } else if (fault && fault->kind == K::NestedJson) {
                reply.status = 200;
                reply.body = QByteArray(100'000, '[') + QByteArray(100'000, ']');
            } else if (fault && fault->kind == K::NonUtf8) {
                reply.status = 200;
                reply.body = "{\"OrderId\":\"JNUOID-\xff\xfe\xc3\x28\",\"OrderStatus\":\"Pend\xe9ing\"}";
            } else if (fault && fault->kind == K::WrongTypes) {
                reply.status = 200;
                reply.body = R"({"OrderId":42,"OrderStatus":["Pending"],"PhoneNumbersOrdered":"+18015552345","Eligible":"yes","Status":{}})";
            } else if (fault && (fault->kind == K::HostileText || fault->kind == K::HostileOrderId) && reply.status == 200) {
                // What a compromised or buggy server could send: text meant to drive a terminal.
                QJsonObject o = QJsonDocument::fromJson(reply.body).object();
                const QStringList fields = fault->kind == K::HostileOrderId
                                               ? QStringList{QStringLiteral("OrderId")}
                                               : QStringList{QStringLiteral("Status"), QStringLiteral("OrderStatus"),
                                                             QStringLiteral("OrderStatusMessage"), QStringLiteral("Message"),
                                                             QStringLiteral("CurrentCarrier")};
                for (const QString &name : fields) {
                    if (o.value(name).isString())
                        o.insert(name, o.value(name).toString() + QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u202e"));
                }
                reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else if (fault && fault->kind == K::ExpiredTokenExpiry && reply.status == 200) {
                QJsonObject o = QJsonDocument::fromJson(reply.body).object();
                o.insert(QStringLiteral("tokenExpiry"), QLocale::c().toString(m_clock->nowUtc().addSecs(-3600), QStringLiteral("MM/dd/yyyy hh:mm:ss AP")));
                reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else if (fault && fault->kind == K::OddTokenExpiry && reply.status == 200) {
                QJsonObject o = QJsonDocument::fromJson(reply.body).object();
                o.insert(QStringLiteral("tokenExpiry"), m_clock->nowUtc().addSecs(m_options.tokenLifetimeSeconds).toString(Qt::ISODate));
                reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
        }
    }
    reply.headers.append(qMakePair(QByteArrayLiteral("Date"), httpDate(m_clock->nowMs()).toLatin1()));
    if (reply.status == 401)
        reply.headers.append(qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")));

    const QString outcome = reply.action == SimReply::Action::Drop ? QStringLiteral("dropped")
                            : reply.action == SimReply::Action::Hang ? QStringLiteral("no-answer")
                                                                     : QString::number(reply.status);
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(QString::fromLatin1(request.method), request.path, outcome,
                            account.isEmpty() ? QStringLiteral("-") : account);
    // Which token (by issue order, never its value) made the request: tells desks apart.
    if (request.authorization.startsWith("Bearer ")) {
        const qsizetype serial = m_tokens.allIssued().indexOf(QString::fromLatin1(request.authorization.mid(7).trimmed()));
        if (serial >= 0)
            line += QStringLiteral(" token#%1").arg(serial + 1);
    }
    qCInfo(lcSandbox).noquote() << line;
    emit requestLogged(line);
    return reply;
}

SimReply SimulatorEngine::route(const SimRequest &request, const QString &routeName, const QString &account)
{
    if (routeName == route::Token)
        return token(request);

    // Every other call needs a bearer token scoped to exactly this URL.
    const QByteArray auth = request.authorization;
    const SimTokens::Issued *t =
        auth.startsWith("Bearer ") ? m_tokens.find(QString::fromLatin1(auth.mid(7).trimmed())) : nullptr;
    if (!t || t->expiresAtMs <= m_clock->nowMs()) {
        ++m_stats.unauthorized;
        return statusMessage(401, QStringLiteral("Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens."));
    }
    QString scope = t->apiEndpoint;
    while (scope.endsWith(QLatin1Char('/')))
        scope.chop(1);
    if (scope.compare(requestUrl(request), Qt::CaseInsensitive) != 0) {
        ++m_stats.wrongScope;
        if (m_options.scopeMismatchStatus == 401)
            return statusMessage(401, QStringLiteral("Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens."));
        return statusMessage(403, QStringLiteral("Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope."));
    }
    if (routeName == route::Order)
        return order(request, account);

    Problems problems;
    QJsonObject body;
    if (!parseBody(request.body, &body, &problems))
        return problems.reply();
    if (routeName == route::Eligibility)
        return eligibility(body);
    if (routeName == route::PortIn)
        return portIn(body, account);
    if (routeName == route::Update)
        return update(body, account);
    return cancel(body, account);
}

SimReply SimulatorEngine::token(const SimRequest &request)
{
    Problems problems;
    QJsonObject body;
    if (!parseBody(request.body, &body, &problems))
        return problems.reply();
    const QString key = problems.string(body, QStringLiteral("AccountKey"), true);
    const QString secret = problems.string(body, QStringLiteral("AccountSecret"), true);
    const QString apiEndpoint = problems.string(body, QStringLiteral("ApiEndpoint"), true);
    if (problems.any())
        return problems.reply();
    if (!m_options.credentials.contains(key) || m_options.credentials.value(key) != secret) {
        // Refused credentials: HTTP 200 with successful=false, as the live API answers.
        return jsonReply(200, {{QStringLiteral("token"), QString()},
                               {QStringLiteral("successful"), false},
                               {QStringLiteral("tokenExpiry"), QString()},
                               {QStringLiteral("error"), QStringLiteral("Invalid AccountKey or AccountSecret.")}});
    }
    qint64 expiresAt = 0;
    const QString token = m_tokens.issue(key, apiEndpoint, m_clock->nowMs(), m_options.tokenLifetimeSeconds, &expiresAt);
    const QString expiry = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::utc()),
                                                 QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    return jsonReply(200, {{QStringLiteral("token"), token},
                           {QStringLiteral("successful"), true},
                           {QStringLiteral("tokenExpiry"), expiry},
                           {QStringLiteral("error"), QString()},
                           {QStringLiteral("apiEndpoint"), apiEndpoint}});
}

SimReply SimulatorEngine::eligibility(const QJsonObject &body)
{
    Problems problems;
    const QString number = problems.string(body, QStringLiteral("PhoneNumber"), true);
    problems.string(body, QStringLiteral("TargetClassification"), true); // required since 1.0.1.1
    if (!number.isEmpty() && !isE164(number))
        problems.add(QStringLiteral("$.PhoneNumber"), QStringLiteral("Invalid phone number format. Must be in E.164 format."));
    if (problems.any())
        return problems.reply();

    QJsonObject o{{QStringLiteral("PhoneNumber"), number}, {QStringLiteral("NumberType"), QStringLiteral("mobile")}};
    static const QStringList tollFree = {QStringLiteral("800"), QStringLiteral("833"), QStringLiteral("844"),
                                         QStringLiteral("855"), QStringLiteral("866"), QStringLiteral("877"),
                                         QStringLiteral("888"), QStringLiteral("900")};
    QString reason;
    if (!number.startsWith(QLatin1String("+1")) || number.size() != 12)
        reason = QStringLiteral("Only US and NANP numbers (+1) can be ported in.");
    else if (tollFree.contains(number.mid(2, 3)))
        reason = QStringLiteral("Toll-free and premium numbers cannot be ported into a mobile classification.");
    else if (number.endsWith(QLatin1String(trigger::NotEligible)))
        reason = QStringLiteral("Number is not eligible for port-in: it is not active with its current carrier.");
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("Eligible"), false);
        o.insert(QStringLiteral("CurrentCarrier"), QString());
        o.insert(QStringLiteral("NumberType"), tollFree.contains(number.mid(2, 3)) ? QStringLiteral("tollfree") : QStringLiteral("mobile"));
        o.insert(QStringLiteral("Message"), reason);
    } else {
        o.insert(QStringLiteral("Eligible"), true);
        o.insert(QStringLiteral("CurrentCarrier"), carrierFor(number));
        o.insert(QStringLiteral("Message"), QStringLiteral("Number is eligible for port-in"));
    }
    return jsonReply(200, o);
}

SimReply SimulatorEngine::portIn(const QJsonObject &body, const QString &account)
{
    Problems problems;
    const QString number = problems.string(body, QStringLiteral("PortInNumber"), true);
    if (!number.isEmpty() && !isE164(number))
        problems.add(QStringLiteral("$.PortInNumber"), QStringLiteral("Invalid phone number format. Must be in E.164 format."));
    problems.string(body, QStringLiteral("CurrentCarrierName"), true);
    problems.string(body, QStringLiteral("CurrentAccountNumber"), true);
    problems.string(body, QStringLiteral("CurrentAccountPassword"), true);
    const QJsonValue address = fieldCI(body, QStringLiteral("CurrentBillingAddress"));
    if (address.isObject()) {
        const QJsonObject a = address.toObject();
        const QString prefix = QStringLiteral("CurrentBillingAddress.");
        for (const char *f : {"Street1", "City", "State", "Zip"})
            problems.string(a, QLatin1String(f), true, prefix);
        problems.string(a, QStringLiteral("Street2"), false, prefix);
    } else if (address.isUndefined() || address.isNull()) {
        problems.add(QStringLiteral("CurrentBillingAddress"), QStringLiteral("The CurrentBillingAddress field is required."));
    } else {
        problems.add(QStringLiteral("$.CurrentBillingAddress"), QStringLiteral("The JSON value could not be converted to BillingAddress. Path: $.CurrentBillingAddress"));
    }
    problems.string(body, QStringLiteral("ICCID"), false);
    problems.string(body, QStringLiteral("SubscriberName"), false);
    const QString classification = problems.string(body, QStringLiteral("TargetPortinClassification"), false);
    if (!classification.isEmpty() && classification != QLatin1String("mvno") && classification != QLatin1String("iot"))
        problems.add(QStringLiteral("$.TargetPortinClassification"),
                     QStringLiteral("The value '%1' is not valid for TargetPortinClassification (mvno, iot).").arg(classification));
    if (problems.any())
        return problems.reply();

    const qint64 now = m_clock->nowMs();
    if (const SimOrderBook::Order *active = m_orders.activeFor(number, now)) {
        const QString which = active->accountKey == account ? QStringLiteral(" (%1)").arg(active->orderId) : QString();
        return statusMessage(400, QStringLiteral("A port-in request is already active for %1%2.").arg(number, which));
    }
    const SimOrderBook::Order &order = m_orders.create(account, number, body, now);
    emit orderCreated(order.orderId);
    QJsonObject o{{QStringLiteral("OrderId"), order.orderId},
                  {QStringLiteral("OrderDate"),
                   QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                       + QStringLiteral("0000+00:00")},
                  {QStringLiteral("Status"), QStringLiteral("Pending")},
                  {QStringLiteral("PhoneNumber"), number}};
    const QString iccid = fieldCI(body, QStringLiteral("ICCID")).toString();
    if (!iccid.isEmpty())
        o.insert(QStringLiteral("ICCID"), iccid);
    return jsonReply(200, o);
}

SimReply SimulatorEngine::update(const QJsonObject &body, const QString &account)
{
    Problems problems;
    const QString orderId = problems.string(body, QStringLiteral("OrderId"), true);
    for (const char *f : {"CurrentCarrierName", "CurrentAccountNumber", "CurrentAccountPassword",
                          "TargetPortinClassification", "SubscriberName", "ICCID"})
        problems.string(body, QLatin1String(f), false);
    const QString date = problems.string(body, QStringLiteral("PortInDate"), false);
    static const QRegularExpression dateRe(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4})$)"));
    if (!date.isEmpty() && !dateRe.match(date).hasMatch())
        problems.add(QStringLiteral("$.PortInDate"), QStringLiteral("PortInDate must be a date (YYYY-MM-DD)."));
    const QJsonValue address = fieldCI(body, QStringLiteral("CurrentBillingAddress"));
    if (!address.isUndefined() && !address.isNull() && !address.isObject())
        problems.add(QStringLiteral("$.CurrentBillingAddress"), QStringLiteral("The JSON value could not be converted to BillingAddress. Path: $.CurrentBillingAddress"));
    if (problems.any())
        return problems.reply();

    const qint64 now = m_clock->nowMs();
    SimOrderBook::Order *order = m_orders.find(orderId);
    if (!order || order->accountKey != account || m_orders.statusOf(*order, now).final)
        return statusMessage(400, QStringLiteral("GENS-0041 No Port-In request found"));
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("CurrentAccountPassword"), Qt::CaseInsensitive) != 0)
            order->request.insert(it.key(), it.value());
    }
    // An update resubmits to the losing carrier: the lifecycle starts again, and the problem
    // the trigger stood for counts as fixed.
    order->cycleStartMs = now;
    order->updated = true;
    order->outcome = SimOrderBook::Outcome::Completes;
    return jsonReply(200, {{QStringLiteral("OrderId"), order->orderId},
                           {QStringLiteral("Status"), QStringLiteral("Updated")},
                           {QStringLiteral("Message"), QStringLiteral("Port-in order updated successfully")}});
}

SimReply SimulatorEngine::cancel(const QJsonObject &body, const QString &account)
{
    Problems problems;
    const QString orderId = problems.string(body, QStringLiteral("OrderId"), true);
    if (problems.any())
        return problems.reply();
    SimOrderBook::Order *order = m_orders.find(orderId);
    if (!order || order->accountKey != account || m_orders.statusOf(*order, m_clock->nowMs()).final)
        return statusMessage(400, QStringLiteral("GENS-0041 No Port-In request found"));
    order->cancelled = true;
    return jsonReply(200, {{QStringLiteral("OrderId"), order->orderId}, {QStringLiteral("Status"), QStringLiteral("Cancelled")}});
}

SimReply SimulatorEngine::order(const SimRequest &request, const QString &account)
{
    const QString orderId = request.query.queryItemValue(QStringLiteral("OrderId"), QUrl::FullyDecoded);
    if (orderId.isEmpty())
        return statusMessage(400, QStringLiteral("Bad request: one or more required fields are missing or contain an invalid value."));
    SimOrderBook::Order *order = m_orders.find(orderId);
    if (!order || order->accountKey != account)
        return statusMessage(404, QStringLiteral("Not found: the requested resource does not exist or belongs to a different account."));
    const SimOrderBook::Status status = m_orders.statusOf(*order, m_clock->nowMs());
    // This endpoint's dates carry no zone and two fractional digits, unlike the submit answer.
    QString date = QDateTime::fromMSecsSinceEpoch(order->createdMs, QTimeZone::utc())
                       .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    date.chop(1);
    QJsonObject o{{QStringLiteral("OrderDate"), date},
                  {QStringLiteral("OrderId"), order->orderId},
                  {QStringLiteral("OrderStatus"), status.text},
                  {QStringLiteral("OrderType"), QStringLiteral("portin")},
                  {QStringLiteral("PhoneNumbersOrdered"), QJsonArray{QJsonObject{{QStringLiteral("Number"), order->number}}}}};
    if (!status.message.isEmpty())
        o.insert(QStringLiteral("OrderStatusMessage"), status.message);
    return jsonReply(200, o);
}

} // namespace portdesk::sandbox
