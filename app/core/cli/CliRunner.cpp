#include "CliRunner.h"
#include "AppContext.h"
#include "bulk/BulkSubmission.h"
#include "bulk/BulkValidation.h"
#include "domain/PortInCsv.h"
#include "domain/validation/NumberRules.h"
#include "domain/validation/PortInValidator.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "telegent/JsonMapping.h"
#include "telegent/operations/CheckEligibility.h"
#include "telegent/operations/GetOrder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace portdesk {

CliRunner::CliRunner(AppContext *context, QTextStream &out, QTextStream &err, bool json, QObject *parent)
    : QObject(parent), m_context(context), m_out(out), m_err(err), m_json(json)
{
}

QString CliRunner::usage()
{
    return QStringLiteral(
        "usage: portdesk-cli [--api-base URL] [--json] [--sandbox] COMMAND ...\n"
        "  eligibility NUMBER [--classification mvno|iot]\n"
        "  submit FILE            (.json: one request object; .csv: one port-in per row)\n"
        "  status ORDER_ID...\n"
        "  cancel ORDER_ID --yes\n"
        "  update ORDER_ID FILE   (.json with the update call's field names)\n"
        "  orders [--group open|action|completed|cancelled|all]\n"
        "  watch [--once]\n"
        "exit codes: 0 ok, 2 usage or invalid input, 3 not eligible, 4 API error or partial failure,\n"
        "            5 authentication failed, 6 network error or outcome unknown\n");
}

int CliRunner::exitFor(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::None: return Ok;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
    case ApiError::Kind::Configuration: return AuthFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::UnknownOutcome: return NetworkOrUnknown;
    default: return ApiFailure;
    }
}

void CliRunner::fail(int code, const QString &message)
{
    m_err << "portdesk-cli: " << message << Qt::endl;
    done(code);
}

void CliRunner::done(int code)
{
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

void CliRunner::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(r.at(i).size()));
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i));
        m_out << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

void CliRunner::run(const QStringList &args)
{
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command\n") + usage());
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("eligibility"))
        return eligibility(rest);
    if (command == QLatin1String("submit"))
        return rest.size() == 1 ? submit(rest.constFirst()) : fail(Usage, QStringLiteral("submit takes one FILE"));
    if (command == QLatin1String("status"))
        return rest.isEmpty() ? fail(Usage, QStringLiteral("status takes one or more ORDER_IDs")) : status(rest);
    if (command == QLatin1String("cancel"))
        return cancel(rest);
    if (command == QLatin1String("update"))
        return update(rest);
    if (command == QLatin1String("orders"))
        return orders(rest);
    if (command == QLatin1String("watch"))
        return watch(rest);
    fail(Usage, QStringLiteral("unknown command '%1'\n").arg(command) + usage());
}

void CliRunner::eligibility(const QStringList &args)
{
    QString classification = QStringLiteral("mvno");
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--classification") && i + 1 < args.size())
            classification = args.at(++i);
        else
            positional << args.at(i);
    }
    if (positional.size() != 1)
        return fail(Usage, QStringLiteral("eligibility takes one NUMBER"));
    if (classification != QLatin1String("mvno") && classification != QLatin1String("iot"))
        return fail(Usage, QStringLiteral("--classification must be mvno or iot"));
    const NumberCheck check = checkPortInNumber(positional.constFirst());
    for (const FieldIssue &i : check.issues)
        if (i.severity == FieldIssue::Severity::Error)
            return fail(Usage, QStringLiteral("%1: %2").arg(positional.constFirst(), i.message));
    auto *op = new CheckEligibility(m_context->client(), {check.e164, classification}, this);
    connect(op, &ApiOperation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->ok())
            return fail(exitFor(op->error()), op->error().message);
        const EligibilityResult &r = op->result();
        if (m_json)
            m_out << QJsonDocument(json::toJson(r)).toJson(QJsonDocument::Compact) << '\n';
        else
            printTable({QStringLiteral("Number"), QStringLiteral("Eligible"), QStringLiteral("Carrier"),
                        QStringLiteral("Type"), QStringLiteral("Message")},
                       {{r.phoneNumber, r.eligible ? QStringLiteral("yes") : QStringLiteral("no"), r.currentCarrier,
                         r.numberType, r.message}});
        done(r.eligible ? Ok : NotEligible);
    });
    op->start();
}

void CliRunner::submit(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(PortInCsv::kMaxBytes + 1);
    QList<PortInCsvRow> rows;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        const PortInCsv csv = parsePortInCsv(bytes);
        if (!csv.ok())
            return fail(Usage, QStringLiteral("%1: %2").arg(path, csv.error));
        rows = csv.rows;
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        PortInCsvRow row;
        row.row = row.line = 1;
        QString why;
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Usage, QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
        if (!json::read(doc.object(), &row.request, &why))
            return fail(Usage, QStringLiteral("%1: %2").arg(path, why));
        rows << row;
    }
    OrderRegistry *registry = m_context->registry();
    const OpenOrderLookup lookup = [registry](const QString &e164) {
        return registry->isOpen() ? registry->openOrderFor(e164) : QString();
    };
    struct Outcome
    {
        int row;
        QString number, orderId, status, error;
        int code = Ok;
    };
    auto outcomes = std::make_shared<QList<Outcome>>();
    QList<BulkSubmission::Item> valid;
    bool invalid = false;
    for (const BulkRow &row : validateBulkRows(rows, lookup)) {
        if (row.state == BulkRow::State::Invalid) {
            invalid = true;
            for (const QString &p : row.problems)
                m_err << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(p) << '\n';
            outcomes->append({row.row, row.request.portInNumber, {}, {}, row.error, Usage});
            continue;
        }
        valid.append({row.row, row.request});
    }
    m_err.flush();
    const auto finish = [this, outcomes, invalid] {
        std::sort(outcomes->begin(), outcomes->end(), [](const Outcome &a, const Outcome &b) { return a.row < b.row; });
        int code = Ok;
        for (int c : {AuthFailure, NetworkOrUnknown, ApiFailure})
            for (const Outcome &o : *outcomes)
                if (o.code == c && code == Ok)
                    code = c;
        if (code == Ok && invalid)
            code = Usage;
        if (m_json) {
            QJsonArray array;
            for (const Outcome &o : *outcomes)
                array.append(QJsonObject{{QStringLiteral("row"), o.row}, {QStringLiteral("PortInNumber"), o.number},
                                         {QStringLiteral("OrderId"), o.orderId}, {QStringLiteral("Status"), o.status},
                                         {QStringLiteral("Error"), o.error}});
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QList<QStringList> table;
            for (const Outcome &o : *outcomes)
                table << QStringList{QString::number(o.row), o.number, o.orderId, o.status, o.error};
            printTable({QStringLiteral("Row"), QStringLiteral("Number"), QStringLiteral("OrderId"),
                        QStringLiteral("Status"), QStringLiteral("Error")},
                       table);
        }
        done(code);
    };
    if (valid.isEmpty())
        return finish();
    // The same engine as the GUI's import: a few rows at a time, each answer recorded first.
    auto *bulk = new BulkSubmission(m_context->client(), registry, m_context->clock(), m_context->userName(), this);
    connect(bulk, &BulkSubmission::rowFinished, this, [this, bulk, outcomes](const BulkResult &r) {
        Outcome o{r.row, r.number, r.orderId, r.status, {}, Ok};
        if (r.state != BulkRow::State::Submitted) {
            o.orderId.clear(); // an unknown outcome's local id is the registry's, not Telegent's
            o.error = r.error.message;
            o.code = exitFor(r.error);
        }
        outcomes->append(o);
        m_err << QStringLiteral("submitted %1/%2").arg(bulk->finishedCount()).arg(bulk->total()) << Qt::endl;
    });
    connect(bulk, &BulkSubmission::finished, this, [bulk, finish] {
        bulk->deleteLater();
        finish();
    });
    bulk->start(valid);
}

void CliRunner::status(const QStringList &ids)
{
    auto results = std::make_shared<QList<std::pair<QString, std::pair<OrderDetails, ApiError>>>>();
    auto remaining = std::make_shared<int>(int(ids.size()));
    const auto finish = [this, results, ids] {
        int code = Ok;
        QJsonArray array;
        QList<QStringList> table;
        for (const QString &id : ids) {
            for (const auto &[rid, r] : *results) {
                if (rid != id)
                    continue;
                const auto &[details, error] = r;
                if (error.isError()) {
                    code = std::max(code, exitFor(error));
                    m_err << QStringLiteral("%1: %2").arg(id, error.message) << '\n';
                    continue;
                }
                array.append(json::toJson(details));
                table << QStringList{details.orderId, details.orderStatus, details.orderStatusMessage,
                                     details.phoneNumbers.join(QLatin1Char(' ')),
                                     details.orderDate.isValid() ? details.orderDate.toString(Qt::ISODate) : QString()};
            }
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        else
            printTable({QStringLiteral("OrderId"), QStringLiteral("Status"), QStringLiteral("Message"),
                        QStringLiteral("Numbers"), QStringLiteral("OrderDate")},
                       table);
        done(code);
    };
    for (const QString &id : ids) {
        auto *op = new GetOrder(m_context->client(), id, this);
        connect(op, &ApiOperation::finished, this, [this, op, id, results, remaining, finish] {
            op->deleteLater();
            OrderRegistry *registry = m_context->registry();
            if (op->ok() && registry->find(id))
                registry->applyStatus(op->result(), m_context->clock()->nowMs());
            results->append({id, {op->result(), op->error()}});
            if (--*remaining == 0)
                finish();
        });
        op->start();
    }
}

void CliRunner::cancel(const QStringList &args)
{
    const bool yes = args.contains(QStringLiteral("--yes"));
    QStringList ids = args;
    ids.removeAll(QStringLiteral("--yes"));
    if (ids.size() != 1)
        return fail(Usage, QStringLiteral("cancel takes one ORDER_ID"));
    if (!yes)
        return fail(Usage, QStringLiteral("cancel is final and cannot be undone: add --yes to cancel %1").arg(ids.constFirst()));
    const QString id = ids.constFirst();
    runAction(id, QStringLiteral("Cancelled"), [this, id] { m_context->actions()->cancel(id); });
}

void CliRunner::update(const QStringList &args)
{
    if (args.size() != 2)
        return fail(Usage, QStringLiteral("update takes ORDER_ID FILE"));
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, QStringLiteral("%1: %2").arg(args.at(1), file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
    UpdatePortInRequest request;
    QString why;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Usage, QStringLiteral("%1: not a JSON object").arg(args.at(1)));
    if (!json::read(doc.object(), &request, &why))
        return fail(Usage, QStringLiteral("%1: %2").arg(args.at(1), why));
    request.orderId = args.at(0);
    runAction(request.orderId, QStringLiteral("Updated"), [this, request] { m_context->actions()->update(request); });
}

void CliRunner::runAction(const QString &orderId, const QString &status, const std::function<void()> &start)
{
    connect(m_context->actions(), &OrderActions::finished, this, [this, status](const QString &id, const ApiError &e) {
        if (e.isError())
            return fail(exitFor(e), QStringLiteral("%1: %2").arg(id, e.message));
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id}, {QStringLiteral("Status"), status}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << id << ' ' << status.toLower() << '\n';
        done(Ok);
    });
    // An order created elsewhere joins the registry, so that its answer is recorded too.
    if (!m_context->registry()->find(orderId))
        m_context->registry()->recordTracked(orderId, m_context->userName(), m_context->clock()->nowMs());
    start();
}

void CliRunner::orders(const QStringList &args)
{
    QString group = QStringLiteral("all");
    if (args.size() == 2 && args.at(0) == QLatin1String("--group"))
        group = args.at(1);
    else if (!args.isEmpty())
        return fail(Usage, QStringLiteral("orders takes [--group open|action|completed|cancelled|all]"));
    static const QStringList groups = {QStringLiteral("open"), QStringLiteral("action"), QStringLiteral("completed"),
                                       QStringLiteral("cancelled"), QStringLiteral("all")};
    if (!groups.contains(group))
        return fail(Usage, QStringLiteral("--group must be one of %1").arg(groups.join(QLatin1Char('|'))));
    OrderRegistry *registry = m_context->registry();
    if (!registry->isOpen())
        return fail(ApiFailure, m_context->registryError());
    QJsonArray array;
    QList<QStringList> table;
    for (const QString &id : registry->orderIds()) {
        const OrderRecord &r = *registry->find(id);
        QString key = statusGroupKey(r.group);
        if (key == QLatin1String("unknown"))
            key = QStringLiteral("open"); // unknown statuses are still polled, like open ones
        if (group != QLatin1String("all") && key != group)
            continue;
        const QString submitted = QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime().toString(Qt::ISODate);
        array.append(QJsonObject{{QStringLiteral("OrderId"), r.orderId}, {QStringLiteral("PortInNumber"), r.number},
                                 {QStringLiteral("Status"), r.status}, {QStringLiteral("StatusMessage"), r.statusMessage},
                                 {QStringLiteral("Group"), key}, {QStringLiteral("SubscriberName"), r.subscriber},
                                 {QStringLiteral("Submitted"), submitted}, {QStringLiteral("SubmittedBy"), r.submittedBy}});
        table << QStringList{r.orderId, r.number, r.status, r.statusMessage, r.subscriber, submitted};
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    else
        printTable({QStringLiteral("OrderId"), QStringLiteral("Number"), QStringLiteral("Status"),
                    QStringLiteral("Message"), QStringLiteral("Subscriber"), QStringLiteral("Submitted")},
                   table);
    done(Ok);
}

void CliRunner::watch(const QStringList &args)
{
    const bool once = args.contains(QStringLiteral("--once"));
    PollPlanner *planner = m_context->planner();
    connect(m_context->registry(), &OrderRegistry::statusChanged, this,
            [this](const QString &id, const QString &from, const QString &to) {
        const OrderRecord *r = m_context->registry()->find(id);
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id}, {QStringLiteral("PortInNumber"), r ? r->number : QString()},
                                               {QStringLiteral("From"), from}, {QStringLiteral("To"), to}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << id << "  " << (r ? r->number : QString())
                  << "  " << from << " -> " << to << Qt::endl;
    });
    if (once) {
        // One pass: every order that is due now is checked once, then the command ends.
        connect(planner, &PollPlanner::nextCheckChanged, this, [this](qint64 at) {
            if (at != 0)
                done(Ok);
        });
    }
    if (m_context->registry()->isTeam()) {
        // A team registry: only the desk holding the team's polling lease calls Telegent; while
        // another desk does, watch prints the changes it records.
        connect(m_context, &AppContext::pollRoleChanged, this, [this, once](AppContext::PollRole role, const QString &why) {
            if (role == AppContext::PollRole::TeamOtherDesk) {
                m_err << (why.isEmpty() ? QStringLiteral("another desk of the team checks the orders")
                                        : QStringLiteral("not checking: %1").arg(why))
                      << Qt::endl;
                if (once)
                    done(Ok);
            }
        });
        m_context->startPolling();
        if (once && m_context->pollRole() == AppContext::PollRole::TeamThisDesk && planner->nextCheckAtMs() != 0)
            done(Ok);
        return;
    }
    m_context->startPolling();
    if (once && planner->nextCheckAtMs() != 0)
        done(Ok);
}

} // namespace portdesk
