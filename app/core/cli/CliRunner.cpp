#include "CliRunner.h"
#include "AppContext.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "bulk/PendingBatchStore.h"
#include "bulk/BulkValidation.h"
#include "domain/ControlChars.h"
#include "domain/OrderIds.h"
#include "domain/PortInCsv.h"
#include "domain/validation/NumberRules.h"
#include "domain/validation/PortInValidator.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "telegent/JsonMapping.h"
#include "telegent/TelegentClient.h"
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

namespace {
// A JSON request file holds one request: a few hundred bytes. Anything near this is not one.
constexpr qsizetype kMaxJsonRequestBytes = 64 * 1024;
} // namespace

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
        "  orders [--group open|action|completed|cancelled|unknown-outcome|all]\n"
        "  watch [--once]\n"
        "  resolve NUMBER (--order-id ORDER_ID | --not-received)\n"
        "                         (a submit whose outcome is unknown: attach the order found, or free the number)\n"
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
    // Line by line: the usage text keeps its lines, a server's words get no control character through.
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = escapeControls(l);
    m_err << "portdesk-cli: " << lines.join(QLatin1Char('\n')) << Qt::endl;
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
            widths[i] = std::max(widths[i], int(escapeControls(r.at(i)).size()));
    const auto line = [&](QStringList cells) {
        for (QString &c : cells)
            c = escapeControls(c);
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i));
        m_out << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

void CliRunner::printJson(const QJsonDocument &doc)
{
    m_out << escapeControlsInJson(doc.toJson(QJsonDocument::Compact)) << '\n';
}

void CliRunner::run(const QStringList &args)
{
    // A wait the server asked for that is long enough to look like a hang is said, with its end.
    connect(m_context->client()->scheduler(), &RequestScheduler::retryScheduled, this,
            [this](const QString &label, qint64 atMs) {
        const qint64 waitMs = atMs - m_context->clock()->nowMs();
        if (waitMs <= 30'000)
            return;
        m_err << QStringLiteral("%1: Telegent asked to wait; trying again at %2 (in %3 s)")
                     .arg(label, QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(Qt::ISODate))
                     .arg((waitMs + 999) / 1000)
              << Qt::endl;
    });
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
    if (command == QLatin1String("resolve"))
        return resolve(rest);
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
            printJson(QJsonDocument(json::toJson(r)));
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
        if (bytes.size() > kMaxJsonRequestBytes)
            return fail(Usage, QStringLiteral("%1: larger than %2 KiB: one port-in request is far smaller").arg(path).arg(kMaxJsonRequestBytes / 1024));
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
                m_err << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(escapeControls(p)) << '\n';
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
            printJson(QJsonDocument(array));
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
                m_err << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(escapeControls(p)) << '\n';
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
    for (const QString &id : ids)
        if (refusePlaceholder(id))
            return;
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
                    m_err << escapeControls(QStringLiteral("%1: %2").arg(id, error.message)) << '\n';
                    continue;
                }
                array.append(json::toJson(details));
                table << QStringList{details.orderId, details.orderStatus, details.orderStatusMessage,
                                     details.phoneNumbers.join(QLatin1Char(' ')),
                                     details.orderDate.isValid() ? details.orderDate.toString(Qt::ISODate) : QString()};
            }
        }
        if (m_json)
            printJson(QJsonDocument(array));
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
    if (refusePlaceholder(id))
        return;
    runAction(id, QStringLiteral("Cancelled"), [this, id] { m_context->actions()->cancel(id); });
}

void CliRunner::update(const QStringList &args)
{
    if (args.size() != 2)
        return fail(Usage, QStringLiteral("update takes ORDER_ID FILE"));
    if (refusePlaceholder(args.at(0)))
        return;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, QStringLiteral("%1: %2").arg(args.at(1), file.errorString()));
    const QByteArray bytes = file.read(kMaxJsonRequestBytes + 1);
    if (bytes.size() > kMaxJsonRequestBytes)
        return fail(Usage, QStringLiteral("%1: larger than %2 KiB: one update request is far smaller").arg(args.at(1)).arg(kMaxJsonRequestBytes / 1024));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    UpdatePortInRequest request;
    QString why;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Usage, QStringLiteral("%1: not a JSON object").arg(args.at(1)));
    if (!json::read(doc.object(), &request, &why))
        return fail(Usage, QStringLiteral("%1: %2").arg(args.at(1), why));
    for (const FieldIssue &i : validateUpdateText(request))
        return fail(Usage, QStringLiteral("%1: %2: %3").arg(args.at(1), i.field, i.message));
    request.orderId = args.at(0);
    runAction(request.orderId, QStringLiteral("Updated"), [this, request] { m_context->actions()->update(request); });
}

void CliRunner::runAction(const QString &orderId, const QString &status, const std::function<void()> &start)
{
    connect(m_context->actions(), &OrderActions::finished, this, [this, status](const QString &id, const ApiError &e) {
        if (e.isError())
            return fail(exitFor(e), QStringLiteral("%1: %2").arg(id, e.message));
        if (m_json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id}, {QStringLiteral("Status"), status}}));
        else
            m_out << escapeControls(id) << ' ' << status.toLower() << '\n';
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
        return fail(Usage, QStringLiteral("orders takes [--group open|action|completed|cancelled|unknown-outcome|all]"));
    static const QStringList groups = {QStringLiteral("open"), QStringLiteral("action"), QStringLiteral("completed"),
                                       QStringLiteral("cancelled"), QStringLiteral("unknown-outcome"), QStringLiteral("all")};
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
        if (r.outcomeUnknown && !isTerminal(r.group))
            key = QStringLiteral("unknown-outcome"); // never polled: to resolve (see `resolve`)
        else if (key == QLatin1String("unknown"))
            key = QStringLiteral("open"); // unknown statuses are still polled, like open ones
        if (group != QLatin1String("all") && key != group)
            continue;
        const QString submitted = QDateTime::fromMSecsSinceEpoch(r.submittedAtMs).toLocalTime().toString(Qt::ISODate);
        array.append(QJsonObject{{QStringLiteral("OrderId"), r.orderId}, {QStringLiteral("PortInNumber"), r.number},
                                 {QStringLiteral("Status"), r.status}, {QStringLiteral("StatusMessage"), r.statusMessage},
                                 {QStringLiteral("Group"), key}, {QStringLiteral("SubscriberName"), r.subscriber},
                                 {QStringLiteral("Submitted"), submitted}, {QStringLiteral("SubmittedBy"), r.submittedBy}});
        const QString shownStatus = key == QLatin1String("unknown-outcome") && r.status.isEmpty()
                                        ? QStringLiteral("(outcome unknown: resolve)") : r.status;
        table << QStringList{r.orderId, r.number, shownStatus, r.statusMessage, r.subscriber, submitted};
    }
    if (m_json)
        printJson(QJsonDocument(array));
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
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id}, {QStringLiteral("PortInNumber"), r ? r->number : QString()},
                                                {QStringLiteral("From"), from}, {QStringLiteral("To"), to}}));
        else
            m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << escapeControls(id) << "  "
                  << escapeControls(r ? r->number : QString()) << "  " << escapeControls(from) << " -> " << escapeControls(to) << '\n';
        m_out.flush();
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
                                        : QStringLiteral("not checking: %1").arg(escapeControls(why)))
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

namespace portdesk {

bool CliRunner::refusePlaceholder(const QString &orderId)
{
    if (!isWellFormedOrderId(orderId)) {
        fail(Usage, QStringLiteral("%1 is not an order id (1 to %2 printable characters, no space)").arg(orderId).arg(kMaxOrderIdLength));
        return true;
    }
    const OrderRecord *r = m_context->registry()->find(orderId);
    if (!isLocalPlaceholderId(orderId) && !(r && r->outcomeUnknown))
        return false;
    fail(Usage, QStringLiteral("%1 is this desk's placeholder for a submit whose outcome is unknown, not a Telegent order: "
                               "check with Telegent, then `portdesk-cli resolve %2 --order-id ID` or `--not-received`")
                    .arg(orderId, r && !r->number.isEmpty() ? r->number : QStringLiteral("NUMBER")));
    return true;
}

void CliRunner::resolve(const QStringList &args)
{
    QString orderId;
    bool notReceived = false;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--order-id") && i + 1 < args.size())
            orderId = args.at(++i).trimmed();
        else if (args.at(i) == QLatin1String("--not-received"))
            notReceived = true;
        else
            positional << args.at(i);
    }
    if (positional.size() != 1 || orderId.isEmpty() == !notReceived)
        return fail(Usage, QStringLiteral("resolve takes NUMBER and either --order-id ORDER_ID or --not-received"));
    OrderRegistry *registry = m_context->registry();
    if (!registry->isOpen())
        return fail(ApiFailure, m_context->registryError());
    // NUMBER as typed anywhere else, or the placeholder id itself when a number has several.
    const QString target = positional.constFirst();
    QString e164;
    if (!isLocalPlaceholderId(target)) {
        const NumberCheck check = checkPortInNumber(target);
        for (const FieldIssue &i : check.issues)
            if (i.severity == FieldIssue::Severity::Error)
                return fail(Usage, QStringLiteral("%1: %2").arg(target, i.message));
        e164 = check.e164;
    }
    QStringList unknown;
    for (const QString &id : registry->orderIds()) {
        const OrderRecord &r = *registry->find(id);
        if (r.outcomeUnknown && !isTerminal(r.group) && (e164.isEmpty() ? id == target : r.number == e164))
            unknown << id;
    }
    if (unknown.isEmpty())
        return fail(Usage, QStringLiteral("%1 has no submit with an unknown outcome: nothing to resolve").arg(target));
    if (unknown.size() > 1)
        return fail(Usage, QStringLiteral("%1 has %2 submits with an unknown outcome; name one instead of the number: %3")
                               .arg(target).arg(unknown.size()).arg(unknown.join(QLatin1Char(' '))));
    const QString localId = unknown.constFirst();
    const QString number = registry->find(localId)->number;
    const QString who = m_context->actions()->who();
    if (notReceived) {
        if (!registry->resolveUnknownOutcome(localId, who, m_context->clock()->nowMs()))
            return fail(ApiFailure, registry->lastError());
        if (m_json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("PortInNumber"), number}, {QStringLiteral("Closed"), localId},
                                                {QStringLiteral("OrderId"), QString()}}));
        else
            m_out << escapeControls(QStringLiteral("%1 closed: %2 can be submitted again").arg(localId, number)) << '\n';
        return done(Ok);
    }
    if (!isWellFormedOrderId(orderId) || isLocalPlaceholderId(orderId))
        return fail(Usage, QStringLiteral("--order-id: %1 is not a Telegent order id").arg(orderId));
    // Checked with Telegent first: a mistyped id must not close the submit it was meant for.
    auto *op = new GetOrder(m_context->client(), orderId, this);
    connect(op, &ApiOperation::finished, this, [this, op, orderId, localId, number, who] {
        op->deleteLater();
        if (!op->ok()) {
            const QString why = op->error().kind == ApiError::Kind::NotFound
                                    ? QStringLiteral("Telegent does not know order %1").arg(orderId)
                                    : QStringLiteral("%1: %2").arg(orderId, op->error().message);
            return fail(exitFor(op->error()), why + QStringLiteral("; nothing was changed"));
        }
        const OrderDetails &d = op->result();
        if (!d.phoneNumbers.isEmpty() && !d.phoneNumbers.contains(number))
            return fail(Usage, QStringLiteral("order %1 ports %2, not %3; nothing was changed")
                                   .arg(orderId, d.phoneNumbers.join(QLatin1Char(' ')), number));
        OrderRegistry *registry = m_context->registry();
        if (!registry->attachOrderId(localId, d, who, m_context->clock()->nowMs()))
            return fail(ApiFailure, registry->lastError());
        if (m_json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("PortInNumber"), number}, {QStringLiteral("Closed"), localId},
                                                {QStringLiteral("OrderId"), d.orderId}, {QStringLiteral("Status"), d.orderStatus}}));
        else
            m_out << escapeControls(QStringLiteral("%1 is order %2 (%3); %4 closed\n").arg(number, d.orderId, d.orderStatus, localId));
        done(Ok);
    });
    op->start();
}

} // namespace portdesk
