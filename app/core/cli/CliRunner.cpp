#include "CliRunner.h"
#include "AppContext.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "bulk/PendingBatchStore.h"
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
#include <QStandardPaths>

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
        "  submit [--resume] FILE (.json: one request object; .csv: one port-in per row;\n"
        "                          --resume: send only the rows of FILE whose number is not recorded yet)\n"
        "  status ORDER_ID...\n"
        "  cancel ORDER_ID --yes\n"
        "  update ORDER_ID FILE   (.json with the update call's field names)\n"
        "  orders [--group open|action|completed|cancelled|all]\n"
        "  watch [--once]\n"
        "exit codes: 0 ok, 2 usage or invalid input, 3 not eligible, 4 API error or partial failure,\n"
        "            5 authentication failed, 6 network error or outcome unknown,\n"
        "            7 order database (storage) error: rows it could not record were not sent,\n"
        "            8 stopped by SIGINT/SIGTERM before every row was sent (see --resume)\n");
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
    case ApiError::Kind::Storage: return Storage;
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
        return submit(rest);
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

void CliRunner::interrupt()
{
    if (m_stop)
        return m_stop();
    m_err << "portdesk-cli: stopping once the request on its way is answered and recorded" << Qt::endl;
}

QString CliRunner::batchPath(const QString &csvPath, bool training)
{
    const QByteArray key = PendingBatchStore::sha256Hex(QFileInfo(csvPath).absoluteFilePath().toUtf8()).left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + (training ? QStringLiteral("/cli-batches-training/") : QStringLiteral("/cli-batches/"))
           + QString::fromLatin1(key) + QStringLiteral(".json");
}

void CliRunner::submit(const QStringList &args)
{
    QStringList files = args;
    const bool resume = files.removeAll(QStringLiteral("--resume")) > 0;
    if (files.size() != 1)
        return fail(Usage, QStringLiteral("submit takes [--resume] FILE"));
    const QString path = files.constFirst();
    if (!m_context->registry()->isOpen())
        return fail(Storage, QStringLiteral("nothing was sent: %1").arg(m_context->registryError()));
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return submitCsv(path, resume);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(PortInCsv::kMaxBytes + 1);
    QList<PortInCsvRow> rows;
    {
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
        for (int c : {Storage, AuthFailure, NetworkOrUnknown, ApiFailure})
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

void CliRunner::submitCsv(const QString &path, bool resume)
{
    OrderRegistry *registry = m_context->registry();
    const QString storePath = batchPath(path, m_context->mode() == AppContext::Mode::Training);
    // The same import as the GUI's: the batch (numbers and states, never a PIN) is on disk before
    // the first row leaves and follows every row, so a stop leaves a list of what was not sent.
    auto *import = new BulkImport(m_context->client(), registry, m_context->clock(), m_context->userName(), storePath, this);
    import->submission()->setPriority(Priority::Interactive); // the CLI has nothing else to do
    QString error;
    if (!import->load(path, &error))
        return fail(Usage, error);
    const PendingBatch saved = PendingBatchStore(storePath).load();
    const int leftover = saved.pendingCount() + saved.interruptedCount();
    if (leftover > 0 && !resume) {
        import->deleteLater();
        return fail(Usage, QStringLiteral("%1: %2 row(s) of an earlier run (started %3) were not sent or stopped on their way; "
                                          "nothing was sent now. To send only the rows whose number is not recorded yet: "
                                          "portdesk-cli submit --resume %1")
                               .arg(path)
                               .arg(leftover)
                               .arg(QDateTime::fromMSecsSinceEpoch(saved.startedAtMs).toLocalTime().toString(Qt::ISODate)));
    }
    struct Outcome
    {
        int row;
        QString number, orderId, status, error;
        int code = Ok;
    };
    auto outcomes = std::make_shared<QHash<int, Outcome>>();
    BulkRowsModel *model = import->model();
    int toSend = 0;
    for (const BulkRow &row : model->rows()) {
        // --resume: a number the registry holds (an order, an unknown outcome, a send on its way)
        // is skipped, never sent again - whatever the earlier run's list says.
        const QString number = checkPortInNumber(row.request.portInNumber).e164;
        const QString holder = resume && !number.isEmpty() ? registry->claimHolder(number) : QString();
        if (!holder.isEmpty()) {
            const QString why = QStringLiteral("skipped: already recorded as %1").arg(holder);
            outcomes->insert(row.row, {row.row, row.request.portInNumber, {}, {}, why, Ok});
            model->setState(row.row, BulkRow::State::Refused, why);
            continue;
        }
        if (row.state == BulkRow::State::Invalid) {
            for (const QString &p : row.problems)
                m_err << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(p) << '\n';
            outcomes->insert(row.row, {row.row, row.request.portInNumber, {}, {}, row.error, Usage});
        } else if (row.state == BulkRow::State::Ready) {
            ++toSend;
        }
    }
    m_err.flush();
    auto interrupted = std::make_shared<bool>(false);
    const auto finish = [this, import, outcomes, interrupted, path, storePath, toSend] {
        import->deleteLater();
        QList<Outcome> rows;
        for (const BulkRow &row : import->model()->rows()) {
            Outcome o = outcomes->value(row.row, {row.row, row.request.portInNumber, {}, {}, {}, Ok});
            if (!outcomes->contains(row.row) && row.state == BulkRow::State::Ready) {
                o.error = QStringLiteral("not sent: stopped");
                o.code = Interrupted;
            }
            rows << o;
        }
        int code = Ok;
        for (int c : {Storage, Interrupted, AuthFailure, NetworkOrUnknown, ApiFailure, Usage})
            for (const Outcome &o : rows)
                if (o.code == c && code == Ok)
                    code = c;
        if (*interrupted) {
            QList<int> unsentRows;
            int sent = 0;
            for (const Outcome &o : rows) {
                if (o.code == Interrupted)
                    unsentRows << o.row;
                else if (!o.orderId.isEmpty() || o.code == NetworkOrUnknown)
                    ++sent;
            }
            QStringList unsent; // "11-200": ranges, not a line of 200 numbers
            for (qsizetype i = 0; i < unsentRows.size();) {
                qsizetype j = i;
                while (j + 1 < unsentRows.size() && unsentRows.at(j + 1) == unsentRows.at(j) + 1)
                    ++j;
                unsent << (j == i ? QString::number(unsentRows.at(i))
                                  : QStringLiteral("%1-%2").arg(unsentRows.at(i)).arg(unsentRows.at(j)));
                i = j + 1;
            }
            m_err << QStringLiteral("portdesk-cli: stopped: %1 row(s) sent and recorded, %2 not sent%3")
                         .arg(sent)
                         .arg(unsentRows.size())
                         .arg(unsent.isEmpty() ? QString()
                                               : QStringLiteral(" (rows %1): send them with portdesk-cli submit --resume %2")
                                                     .arg(unsent.join(QLatin1Char(',')), path))
                  << Qt::endl;
        }
        if (toSend == 0 || BulkImport::pendingBatch(storePath).isEmpty())
            PendingBatchStore(storePath).remove(); // nothing of this file is left to send
        if (m_json) {
            QJsonArray array;
            for (const Outcome &o : rows)
                array.append(QJsonObject{{QStringLiteral("row"), o.row}, {QStringLiteral("PortInNumber"), o.number},
                                         {QStringLiteral("OrderId"), o.orderId}, {QStringLiteral("Status"), o.status},
                                         {QStringLiteral("Error"), o.error}});
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QList<QStringList> table;
            for (const Outcome &o : rows)
                table << QStringList{QString::number(o.row), o.number, o.orderId, o.status, o.error};
            printTable({QStringLiteral("Row"), QStringLiteral("Number"), QStringLiteral("OrderId"),
                        QStringLiteral("Status"), QStringLiteral("Error")},
                       table);
        }
        m_stop = nullptr;
        done(code);
    };
    if (toSend == 0)
        return finish();
    BulkSubmission *bulk = import->submission();
    connect(bulk, &BulkSubmission::rowFinished, this, [this, bulk, outcomes](const BulkResult &r) {
        Outcome o{r.row, r.number, r.orderId, r.status, {}, Ok};
        if (r.state != BulkRow::State::Submitted) {
            o.orderId.clear(); // an unknown outcome's local id is the registry's, not Telegent's
            o.error = r.error.message;
            o.code = r.error.isError() ? exitFor(r.error) : NetworkOrUnknown;
        }
        outcomes->insert(r.row, o);
        m_err << QStringLiteral("submitted %1/%2").arg(bulk->finishedCount()).arg(bulk->total()) << Qt::endl;
    });
    connect(import, &BulkImport::finished, this, finish);
    connect(import, &BulkImport::storageFailed, this, [this](const QString &message) { m_err << "portdesk-cli: " << message << Qt::endl; });
    m_stop = [this, import, interrupted] {
        if (*interrupted)
            return;
        *interrupted = true;
        m_err << QStringLiteral("portdesk-cli: stopping: no new row is sent; waiting for the %1 row(s) on their way "
                                "(a second signal stops at once: they are then recorded as unknown outcomes at the next start)")
                     .arg(import->submission()->inFlightCount())
              << Qt::endl;
        import->cancel();
    };
    import->submit();
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
        return fail(Storage, m_context->registryError());
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
    if (!m_context->registry()->isOpen())
        return fail(Storage, m_context->registryError()); // nothing to watch, and nowhere to record it
    PollPlanner *planner = m_context->planner();
    m_stop = [this] { done(Ok); }; // Ctrl-C is how a watch ends
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
