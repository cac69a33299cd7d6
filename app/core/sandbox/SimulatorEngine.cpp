#include "SimulatorEngine.h"
#include "SimFaultReplies.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "handlers/CancelHandler.h"
#include "handlers/EligibilityHandler.h"
#include "handlers/MessageDetailsHandler.h"
#include "handlers/MessageOutboundHandler.h"
#include "handlers/NumberDetailsHandler.h"
#include "handlers/OrderHandler.h"
#include "handlers/PortInHandler.h"
#include "handlers/SimJson.h"
#include "handlers/TokenHandler.h"
#include "handlers/UpdateHandler.h"

#include <QJsonDocument>
#include <QLocale>

namespace portdesk::sandbox {

namespace {

QString httpDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QString bearer(const SimRequest &request)
{
    return request.authorization.startsWith("Bearer ") ? QString::fromLatin1(request.authorization.mid(7).trimmed())
                                                       : QString();
}

} // namespace

SimulatorEngine::SimulatorEngine(Clock *clock, const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options), m_orders(0)
{
    setOptions(options);
    m_state.clock = m_clock;
    m_state.options = &m_options;
    m_state.tokens = &m_tokens;
    m_state.orders = &m_orders;
    m_state.messages = &m_messages;
    m_state.orderCreated = [this](const QString &orderId) { emit orderCreated(orderId); };
    m_handlers.push_back(std::make_unique<TokenHandler>(&m_state));
    m_handlers.push_back(std::make_unique<EligibilityHandler>(&m_state));
    m_handlers.push_back(std::make_unique<PortInHandler>(&m_state));
    m_handlers.push_back(std::make_unique<UpdateHandler>(&m_state));
    m_handlers.push_back(std::make_unique<CancelHandler>(&m_state));
    m_handlers.push_back(std::make_unique<OrderHandler>(&m_state));
    m_handlers.push_back(std::make_unique<NumberDetailsHandler>(&m_state));
    m_handlers.push_back(std::make_unique<MessageOutboundHandler>(&m_state));
    m_handlers.push_back(std::make_unique<MessageDetailsHandler>(&m_state));
}

void SimulatorEngine::setOptions(const SimulatorOptions &options)
{
    m_options = options;
    m_orders.setStageMs(qint64(options.stageSeconds * 1000.0 / std::max(0.001, options.speed)));
}

SimHandler *SimulatorEngine::handlerFor(const QString &path) const
{
    static const QString prefix = QStringLiteral("/v1.0");
    if (!path.startsWith(prefix, Qt::CaseInsensitive))
        return nullptr;
    QString rest = path.mid(prefix.size());
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    for (const auto &handler : m_handlers) {
        if (rest.compare(handler->path(), Qt::CaseInsensitive) == 0)
            return handler.get();
    }
    return nullptr;
}

QString SimulatorEngine::accountFor(const SimRequest &request, const SimHandler &handler) const
{
    if (!handler.needsToken()) {
        // A token request counts against the account it names, when that account exists.
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        const QString key = fieldCI(o, QStringLiteral("AccountKey")).toString();
        return m_options.credentials.contains(key) ? key : QString();
    }
    const SimTokens::Issued *t = m_tokens.find(bearer(request));
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

std::optional<SimReply> SimulatorEngine::refuseToken(const SimRequest &request)
{
    // Every call but the token request needs a bearer token scoped to exactly this URL.
    const QString value = bearer(request);
    const SimTokens::Issued *t = value.isEmpty() ? nullptr : m_tokens.find(value);
    if (!t || t->expiresAtMs <= m_clock->nowMs()) {
        ++m_stats.unauthorized;
        return statusMessage(401, message::Unauthorized);
    }
    QString scope = t->apiEndpoint;
    while (scope.endsWith(QLatin1Char('/')))
        scope.chop(1);
    const QString url = QStringLiteral("http://") + QString::fromLatin1(request.host) + request.path;
    if (scope.compare(url, Qt::CaseInsensitive) != 0) {
        ++m_stats.wrongScope;
        if (m_options.scopeMismatchStatus == 401)
            return statusMessage(401, message::Unauthorized);
        return statusMessage(403, message::Forbidden);
    }
    return std::nullopt;
}

SimReply SimulatorEngine::process(const SimRequest &request, SimHandler &handler, const QString &account)
{
    qint64 retryAfterMs = 0;
    if (!account.isEmpty() && overBudget(account, &retryAfterMs)) {
        ++m_stats.rateLimited;
        SimReply reply = statusMessage(429, message::TooManyRequests);
        if (m_options.retryAfterOn429)
            reply.headers.append(
                qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number((retryAfterMs + 999) / 1000)));
        return reply;
    }
    if (handler.needsToken()) {
        if (std::optional<SimReply> refused = refuseToken(request))
            return *refused;
    }
    return handler.handle(request, account);
}

SimReply SimulatorEngine::handle(const SimRequest &request)
{
    ++m_stats.requests;
    SimHandler *handler = handlerFor(request.path);
    SimReply reply;
    QString account;
    if (!handler) {
        reply = statusMessage(404, message::NotFound);
    } else if (request.method != handler->method()) {
        reply = statusMessage(405,
                              QStringLiteral("Method not allowed: verify the HTTP method required for this endpoint."));
    } else {
        m_stats.perRoute[handler->route()] += 1;
        const std::optional<Fault> fault = m_faults.take(handler->route());
        if (fault && !faultreply::afterProcessing(fault->kind)) {
            reply = faultreply::instead(*fault);
        } else {
            account = accountFor(request, *handler);
            reply = process(request, *handler, account);
            if (fault)
                faultreply::spoil(*fault, &reply, m_clock->nowUtc(), m_options.tokenLifetimeSeconds);
        }
    }
    reply.headers.append(qMakePair(QByteArrayLiteral("Date"), httpDate(m_clock->nowMs()).toLatin1()));
    if (reply.status == 401)
        reply.headers.append(qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")));
    log(request, reply, account);
    return reply;
}

void SimulatorEngine::log(const SimRequest &request, const SimReply &reply, const QString &account)
{
    const QString outcome = reply.action == SimReply::Action::Drop   ? QStringLiteral("dropped")
                            : reply.action == SimReply::Action::Hang ? QStringLiteral("no-answer")
                                                                     : QString::number(reply.status);
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(QString::fromLatin1(request.method), request.path, outcome,
                            account.isEmpty() ? QStringLiteral("-") : account);
    // Which token (by issue order, never its value) made the request: tells desks apart.
    if (request.authorization.startsWith("Bearer ")) {
        const qsizetype serial = m_tokens.allIssued().indexOf(bearer(request));
        if (serial >= 0)
            line += QStringLiteral(" token#%1").arg(serial + 1);
    }
    qCInfo(lcSandbox).noquote() << line;
    emit requestLogged(line);
}

} // namespace portdesk::sandbox
