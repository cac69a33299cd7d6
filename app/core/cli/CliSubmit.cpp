#include "CliSubmit.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "CliRequestFile.h"
#include "bulk/BulkAuthorization.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "bulk/BulkValidation.h"
#include "bulk/PendingBatchStore.h"
#include "common/Clock.h"
#include "domain/ControlChars.h"
#include "domain/PortInCsv.h"
#include "domain/validation/NumberRules.h"
#include "registry/OrderRegistry.h"
#include "telegent/JsonMapping.h"
#include "telegent/TelegentClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

namespace portdesk {

QString CliSubmit::batchPath(const QString &csvPath, bool training)
{
    const QByteArray key = PendingBatchStore::sha256Hex(QFileInfo(csvPath).absoluteFilePath().toUtf8()).left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           (training ? QStringLiteral("/cli-batches-training/") : QStringLiteral("/cli-batches/")) +
           QString::fromLatin1(key) + QStringLiteral(".json");
}

void CliSubmit::print(const QList<Outcome> &rows)
{
    if (m_output.json()) {
        QJsonArray array;
        for (const Outcome &o : rows)
            array.append(QJsonObject{{QStringLiteral("row"), o.row},
                                     {QStringLiteral("PortInNumber"), o.number},
                                     {QStringLiteral("OrderId"), o.orderId},
                                     {QStringLiteral("Status"), o.status},
                                     {QStringLiteral("Error"), o.error}});
        m_output.json(QJsonDocument(array));
    } else {
        QList<QStringList> table;
        for (const Outcome &o : rows)
            table << QStringList{QString::number(o.row), o.number, o.orderId, o.status, o.error};
        m_output.table({QStringLiteral("Row"), QStringLiteral("Number"), QStringLiteral("OrderId"),
                        QStringLiteral("Status"), QStringLiteral("Error")},
                       table);
    }
}

void CliSubmit::run(const QStringList &args)
{
    QStringList files;
    bool resume = false;
    QString kind, by, loa;
    bool authorizationGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *value = arg == QLatin1String("--authorization") ? &kind
                         : arg == QLatin1String("--by")          ? &by
                         : arg == QLatin1String("--loa")         ? &loa
                                                                 : nullptr;
        if (value) {
            if (i + 1 >= args.size())
                return fail(CliExit::Usage, QStringLiteral("%1 needs a value").arg(arg));
            *value = args.at(++i);
            authorizationGiven = true;
        } else if (arg == QLatin1String("--resume")) {
            resume = true;
        } else {
            files << arg;
        }
    }
    if (files.size() != 1)
        return fail(CliExit::Usage, QStringLiteral("submit takes [--resume] FILE.csv, or FILE.json with "
                                                   "--authorization verbal --by NAME or --loa FILE"));
    const QString path = files.constFirst();
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // A CSV file says each row's authorization itself: one flag for every row would hide a row
    // whose customer never agreed.
    if (csv && authorizationGiven)
        return fail(CliExit::Usage,
                    QStringLiteral("%1: nothing was sent: a CSV file gives each row's authorization in its "
                                   "Authorization column; --authorization, --by and --loa are for a .json request")
                        .arg(path));
    QString authorization; // the request's, written as a CSV cell would be (bulk/BulkAuthorization)
    if (!csv) {
        if (!kind.isEmpty() && kind != QLatin1String("verbal"))
            return fail(CliExit::Usage, QStringLiteral("--authorization takes verbal (with --by NAME); for a signed "
                                                       "LOA give --loa FILE"));
        if (!kind.isEmpty() && !loa.isEmpty())
            return fail(CliExit::Usage,
                        QStringLiteral("give either --authorization verbal --by NAME or --loa FILE, not both"));
        if (kind.isEmpty() && !by.isEmpty())
            return fail(CliExit::Usage, QStringLiteral("--by goes with --authorization verbal"));
        if (!kind.isEmpty() && by.trimmed().isEmpty())
            return fail(CliExit::Usage, QStringLiteral("--authorization verbal needs --by NAME: the agent who read "
                                                       "the script to the customer"));
        if (kind.isEmpty() && loa.isEmpty())
            return fail(CliExit::Usage,
                        QStringLiteral("%1: nothing was sent: no authorization from the customer. Give "
                                       "--authorization verbal --by NAME (the agent read the script on the call) "
                                       "or --loa FILE (the signed LOA)")
                            .arg(path));
        // An absolute path never reads as "verbal:" or "received:".
        authorization = kind.isEmpty() ? QFileInfo(loa).absoluteFilePath() : QStringLiteral("verbal:") + by;
    }
    if (!m_context->registry()->isOpen())
        return fail(CliExit::Storage, QStringLiteral("nothing was sent: %1").arg(m_context->registryError()));
    if (csv)
        return submitCsv(path, resume);
    submitJson(path, authorization);
}

void CliSubmit::submitJson(const QString &path, const QString &authorization)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(PortInCsv::kMaxBytes + 1);
    QList<PortInCsvRow> rows;
    {
        if (bytes.size() > kMaxJsonRequestBytes)
            return fail(CliExit::Usage, QStringLiteral("%1: larger than %2 KiB: one port-in request is far smaller")
                                            .arg(path)
                                            .arg(kMaxJsonRequestBytes / 1024));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        PortInCsvRow row;
        row.row = row.line = 1;
        row.authorization = authorization;
        QString why;
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(CliExit::Usage, QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
        if (!json::read(doc.object(), &row.request, &why))
            return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(path, why));
        rows << row;
    }
    OrderRegistry *registry = m_context->registry();
    const OpenOrderLookup lookup = [registry](const QString &e164) {
        return registry->isOpen() ? registry->openOrderFor(e164) : QString();
    };
    auto outcomes = std::make_shared<QList<Outcome>>();
    QList<BulkSubmission::Item> valid;
    bool invalid = false;
    // A relative --loa is the shell's: from the current directory (made absolute above).
    const BulkAuthorization authorizations(registry, m_context->userName(), QDir::currentPath(),
                                           m_context->clock()->nowMs());
    for (const BulkRow &row : validateBulkRows(rows, authorizations, lookup)) {
        if (row.state == BulkRow::State::Invalid) {
            invalid = true;
            for (const QString &p : row.problems)
                m_output.err()
                    << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(escapeControls(p)) << '\n';
            outcomes->append({row.row, row.request.portInNumber, {}, {}, row.error, CliExit::Usage});
            continue;
        }
        valid.append({row.row, row.request, row.authorization, row.loaPath});
    }
    m_output.err().flush();
    const auto finish = [this, outcomes, invalid] {
        std::sort(outcomes->begin(), outcomes->end(), [](const Outcome &a, const Outcome &b) { return a.row < b.row; });
        int code = CliExit::Ok;
        for (int c : {CliExit::Storage, CliExit::AuthFailure, CliExit::NetworkOrUnknown, CliExit::ApiFailure})
            for (const Outcome &o : *outcomes)
                if (o.code == c && code == CliExit::Ok)
                    code = c;
        if (code == CliExit::Ok && invalid)
            code = CliExit::Usage;
        print(*outcomes);
        done(code);
    };
    if (valid.isEmpty())
        return finish();
    // The same engine as the GUI's import: a few rows at a time, each answer recorded first.
    auto *bulk = new BulkSubmission(m_context->client(), registry, m_context->clock(), m_context->userName(), this);
    connect(bulk, &BulkSubmission::rowFinished, this, [this, bulk, outcomes](const BulkResult &r) {
        Outcome o{r.row, r.number, r.orderId, r.status, {}, CliExit::Ok};
        if (r.state != BulkRow::State::Submitted) {
            o.orderId.clear(); // an unknown outcome's local id is the registry's, not Telegent's
            o.error = r.error.message;
            o.code = CliExit::forError(r.error);
        }
        outcomes->append(o);
        m_output.err() << QStringLiteral("submitted %1/%2").arg(bulk->finishedCount()).arg(bulk->total()) << Qt::endl;
    });
    connect(bulk, &BulkSubmission::finished, this, [bulk, finish] {
        bulk->deleteLater();
        finish();
    });
    bulk->start(valid);
}

void CliSubmit::submitCsv(const QString &path, bool resume)
{
    OrderRegistry *registry = m_context->registry();
    const QString storePath = batchPath(path, m_context->mode() == AppContext::Mode::Training);
    // The same import as the GUI's: the batch (numbers and states, never a PIN) is on disk before
    // the first row leaves and follows every row, so a stop leaves a list of what was not sent.
    auto *import =
        new BulkImport(m_context->client(), registry, m_context->clock(), m_context->userName(), storePath, this);
    import->submission()->setPriority(Priority::Interactive); // the CLI has nothing else to do
    QString error;
    if (!import->load(path, &error))
        return fail(CliExit::Usage, error);
    const PendingBatch saved = PendingBatchStore(storePath).load();
    const int leftover = saved.pendingCount() + saved.interruptedCount();
    if (leftover > 0 && !resume) {
        import->deleteLater();
        return fail(
            CliExit::Usage,
            QStringLiteral("%1: %2 row(s) of an earlier run (started %3) were not sent or stopped on their way; "
                           "nothing was sent now. To send only the rows whose number is not recorded yet: "
                           "portdesk-cli submit --resume %1")
                .arg(path)
                .arg(leftover)
                .arg(QDateTime::fromMSecsSinceEpoch(saved.startedAtMs).toLocalTime().toString(Qt::ISODate)));
    }
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
            outcomes->insert(row.row, {row.row, row.request.portInNumber, {}, {}, why, CliExit::Ok});
            model->setState(row.row, BulkRow::State::Refused, why);
            continue;
        }
        if (row.state == BulkRow::State::Invalid) {
            for (const QString &p : row.problems)
                m_output.err()
                    << QStringLiteral("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(escapeControls(p)) << '\n';
            outcomes->insert(row.row, {row.row, row.request.portInNumber, {}, {}, row.error, CliExit::Usage});
        } else if (row.state == BulkRow::State::Ready) {
            ++toSend;
        }
    }
    m_output.err().flush();
    auto interrupted = std::make_shared<bool>(false);
    const auto finish = [this, import, outcomes, interrupted, path, storePath, toSend] {
        import->deleteLater();
        QList<Outcome> rows;
        for (const BulkRow &row : import->model()->rows()) {
            Outcome o = outcomes->value(row.row, {row.row, row.request.portInNumber, {}, {}, {}, CliExit::Ok});
            if (!outcomes->contains(row.row) && row.state == BulkRow::State::Ready) {
                o.error = QStringLiteral("not sent: stopped");
                o.code = CliExit::Interrupted;
            }
            rows << o;
        }
        int code = CliExit::Ok;
        for (int c : {CliExit::Storage, CliExit::Interrupted, CliExit::AuthFailure, CliExit::NetworkOrUnknown,
                      CliExit::ApiFailure, CliExit::Usage})
            for (const Outcome &o : rows)
                if (o.code == c && code == CliExit::Ok)
                    code = c;
        if (*interrupted) {
            QList<int> unsentRows;
            int sent = 0;
            for (const Outcome &o : rows) {
                if (o.code == CliExit::Interrupted)
                    unsentRows << o.row;
                else if (!o.orderId.isEmpty() || o.code == CliExit::NetworkOrUnknown)
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
            m_output.err() << QStringLiteral("portdesk-cli: stopped: %1 row(s) sent and recorded, %2 not sent%3")
                                  .arg(sent)
                                  .arg(unsentRows.size())
                                  .arg(
                                      unsent.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (rows %1): send them with portdesk-cli submit --resume %2")
                                                .arg(unsent.join(QLatin1Char(',')), path))
                           << Qt::endl;
        }
        if (toSend == 0 || BulkImport::pendingBatch(storePath).isEmpty())
            PendingBatchStore(storePath).remove(); // nothing of this file is left to send
        print(rows);
        m_stop = nullptr;
        done(code);
    };
    if (toSend == 0)
        return finish();
    BulkSubmission *bulk = import->submission();
    connect(bulk, &BulkSubmission::rowFinished, this, [this, bulk, outcomes](const BulkResult &r) {
        Outcome o{r.row, r.number, r.orderId, r.status, {}, CliExit::Ok};
        if (r.state != BulkRow::State::Submitted) {
            o.orderId.clear(); // an unknown outcome's local id is the registry's, not Telegent's
            o.error = r.error.message;
            o.code = r.error.isError() ? CliExit::forError(r.error) : CliExit::NetworkOrUnknown;
        }
        outcomes->insert(r.row, o);
        m_output.err() << QStringLiteral("submitted %1/%2").arg(bulk->finishedCount()).arg(bulk->total()) << Qt::endl;
    });
    connect(import, &BulkImport::finished, this, finish);
    connect(import, &BulkImport::storageFailed, this,
            [this](const QString &message) { m_output.err() << "portdesk-cli: " << message << Qt::endl; });
    m_stop = [this, import, interrupted] {
        if (*interrupted)
            return;
        *interrupted = true;
        m_output.err()
            << QStringLiteral(
                   "portdesk-cli: stopping: no new row is sent; waiting for the %1 row(s) on their way "
                   "(a second signal stops at once: they are then recorded as unknown outcomes at the next start)")
                   .arg(import->submission()->inFlightCount())
            << Qt::endl;
        import->cancel();
    };
    import->submit();
}

} // namespace portdesk
