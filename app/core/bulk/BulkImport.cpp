#include "BulkImport.h"

#include "BulkAuthorization.h"
#include "BulkRowsModel.h"
#include "BulkSubmission.h"
#include "BulkValidation.h"
#include "common/Clock.h"
#include "domain/PortInCsv.h"
#include "registry/OrderRegistry.h"
#include "telegent/ApiError.h"
#include "telegent/TelegentClient.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace portdesk {

BulkImport::BulkImport(TelegentClient *client, OrderRegistry *registry, Clock *clock, QString who, QString storePath,
                       QObject *parent)
    : QObject(parent), m_client(client), m_registry(registry), m_clock(clock), m_who(std::move(who)),
      m_store(std::move(storePath)), m_model(new BulkRowsModel(this)),
      m_submission(new BulkSubmission(client, registry, clock, m_who, this))
{
    m_submission->setPriority(Priority::Background);
    connect(m_submission, &BulkSubmission::rowSending, this, &BulkImport::onSending);
    connect(m_submission, &BulkSubmission::rowFinished, this, &BulkImport::onFinished);
    connect(m_submission, &BulkSubmission::finished, this, &BulkImport::onDrained);
}

BulkImport::~BulkImport()
{
    // Before the children go: the results of abandoned rows still reach the store.
    m_submission->abandon();
}

bool BulkImport::readFile(const QString &path, QByteArray *bytes, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    *bytes = file.read(PortInCsv::kMaxBytes + 1);
    return true;
}

BulkAuthorization BulkImport::authorizationsFor(const QString &csvPath) const
{
    // A signed LOA's relative path is read from the CSV file's folder, wherever the desk runs.
    return BulkAuthorization(m_registry, m_who, QFileInfo(csvPath).absolutePath(), m_clock->nowMs());
}

static OpenOrderLookup lookupIn(OrderRegistry *registry)
{
    return [registry](const QString &e164) { return registry->isOpen() ? registry->openOrderFor(e164) : QString(); };
}

bool BulkImport::load(const QString &path, QString *error)
{
    Q_ASSERT(!isRunning());
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return false;
    const PortInCsv csv = parsePortInCsv(bytes);
    if (!csv.ok()) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), csv.error);
        return false;
    }
    m_model->setRows(validateBulkRows(csv.rows, authorizationsFor(path), lookupIn(m_registry)));
    m_batch = {};
    m_batch.sourcePath = QFileInfo(path).absoluteFilePath();
    m_batch.sourceSha256 = PendingBatchStore::sha256Hex(bytes);
    m_batch.target = target();
    return true;
}

BulkImport::Resume BulkImport::resume(const PendingBatch &saved, const QString &path, bool sameFileOnly, QString *error)
{
    Q_ASSERT(!isRunning());
    if (!saved.target.isEmpty() && saved.target != target()) {
        // Started in training and now live (or another account): these rows were never meant for it.
        *error = tr("These rows were to be sent to %1, but PortDesk now sends to %2: they are not sent. "
                    "Discard them, or resume them from a desk set up like before.")
                     .arg(saved.target, target());
        return Resume::WrongTarget;
    }
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return Resume::Unreadable;
    const QByteArray hash = PendingBatchStore::sha256Hex(bytes);
    if (sameFileOnly && hash != saved.sourceSha256) {
        *error = tr("%1 has changed since the import started.").arg(QFileInfo(path).fileName());
        return Resume::FileChanged;
    }
    const PortInCsv csv = parsePortInCsv(bytes);
    if (!csv.ok()) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), csv.error);
        return Resume::Unreadable;
    }
    QHash<int, const PortInCsvRow *> byRow;
    for (const PortInCsvRow &r : csv.rows)
        byRow.insert(r.row, &r);

    m_batch = saved;
    m_batch.sourcePath = QFileInfo(path).absoluteFilePath();
    m_batch.sourceSha256 = hash;
    m_batch.target = target();
    const OpenOrderLookup lookup = lookupIn(m_registry);
    const BulkAuthorization authorizations = authorizationsFor(path);
    BulkRows rows;
    for (PendingBatch::Row &entry : m_batch.rows) {
        const PortInCsvRow *read = byRow.value(entry.row);
        BulkRow row;
        row.row = entry.row;
        row.request.portInNumber = entry.number;
        row.state = entry.state;
        row.orderId = entry.orderId;
        row.error = entry.message;
        if (read) {
            row.line = read->line;
            row.request.subscriberName = read->request.subscriberName.trimmed();
        }
        if (entry.state == BulkRow::State::Sending) {
            // The desk stopped while this row was on its way: it may have reached Telegent.
            PortInRequest known;
            known.portInNumber = entry.number;
            if (read && normalizedPortInRequest(read->request).portInNumber == entry.number)
                known = normalizedPortInRequest(read->request);
            known.currentAccountPassword.clear();
            row.state = entry.state = BulkRow::State::Unknown;
            // Its intent was turned into an unknown outcome when the registry opened; batches of
            // older versions, written without intents, get one here.
            const QString holder = m_registry->claimHolder(entry.number);
            row.orderId = entry.orderId = !holder.isEmpty() && !holder.startsWith(QLatin1String("intent:"))
                                              ? holder
                                              : m_registry->recordUnknownOutcome(known, m_who, m_clock->nowMs());
            row.error = entry.message = tr("PortDesk stopped while this row was on its way: it may or may not "
                                           "have reached Telegent. Check before sending it again.");
        } else if (entry.state == BulkRow::State::Ready) {
            if (!read) {
                row.state = BulkRow::State::Refused;
                row.error = tr("Row %1 is not in this file any more: not sent.").arg(entry.row);
            } else if (const QString now = normalizedPortInRequest(read->request).portInNumber; now != entry.number) {
                row.state = BulkRow::State::Refused;
                row.error = tr("Row %1 now holds %2, not %3: not sent. Import the file again to send it.")
                                .arg(entry.row)
                                .arg(read->request.portInNumber.trimmed(), entry.number);
            } else {
                const BulkRow checked = validateBulkRow(*read, authorizations, lookup);
                if (checked.state == BulkRow::State::Invalid) {
                    row.state = BulkRow::State::Refused;
                    row.problemField = checked.problemField;
                    row.error = tr("Row %1 no longer passes the checks: %2").arg(entry.row).arg(checked.error);
                } else {
                    row = checked; // with the PIN, in memory only
                }
            }
        }
        rows << row;
    }
    m_model->setRows(rows);
    save();
    return Resume::Ok;
}

QString BulkImport::target() const
{
    return QStringLiteral("%1@%2").arg(m_client->accountKey(), m_client->baseUrl().url.host());
}

PendingBatch BulkImport::pendingBatch(const QString &storePath)
{
    PendingBatch batch = PendingBatchStore(storePath).load();
    if (batch.pendingCount() == 0 && batch.interruptedCount() == 0)
        return {};
    return batch;
}

int BulkImport::readyCount() const
{
    return m_model->count(BulkRow::State::Ready);
}

int BulkImport::invalidCount() const
{
    return m_model->count(BulkRow::State::Invalid);
}

bool BulkImport::isRunning() const
{
    return m_submission->isRunning();
}

int BulkImport::sentCount() const
{
    return m_submission->finishedCount();
}

int BulkImport::toSendCount() const
{
    return m_submission->total();
}

qint64 BulkImport::budgetWaitMs() const
{
    return m_submission->budgetWaitMs();
}

void BulkImport::submit()
{
    if (isRunning())
        return;
    QList<BulkSubmission::Item> items;
    for (const BulkRow &r : m_model->rows()) {
        if (r.state != BulkRow::State::Ready)
            continue;
        items.append({r.row, r.request, r.authorization, r.loaPath});
        if (!m_batch.find(r.row))
            m_batch.rows.append({r.row, r.request.portInNumber, BulkRow::State::Ready, {}, {}});
    }
    if (items.isEmpty())
        return;
    if (m_batch.startedAtMs == 0)
        m_batch.startedAtMs = m_clock->nowMs();
    save(); // the whole list is on disk before the first row leaves
    m_submission->start(items);
    emit progress(0, int(items.size()));
}

void BulkImport::cancel()
{
    m_submission->cancel();
}

void BulkImport::onSending(int row)
{
    m_model->setState(row, BulkRow::State::Sending);
    if (PendingBatch::Row *r = m_batch.find(row))
        r->state = BulkRow::State::Sending;
    save();
}

void BulkImport::onFinished(const BulkResult &result)
{
    m_model->applyResult(result);
    if (PendingBatch::Row *r = m_batch.find(result.row)) {
        // A row the registry could not write ahead was never sent: it stays on the list to send.
        const bool notSent = result.state == BulkRow::State::Failed && result.error.kind == ApiError::Kind::Storage;
        r->state = notSent ? BulkRow::State::Ready : result.state;
        r->orderId = result.orderId;
        r->message = result.error.message;
    }
    save();
    emit progress(m_submission->finishedCount(), m_submission->total());
}

void BulkImport::onDrained()
{
    if (m_batch.pendingCount() == 0 && m_batch.interruptedCount() == 0)
        m_store.remove(); // nothing left to offer
    emit finished();
}

void BulkImport::save()
{
    if (m_batch.pendingCount() == 0 && m_batch.interruptedCount() == 0) {
        m_store.remove();
        return;
    }
    QString error;
    if (!m_store.save(m_batch, &error))
        emit storageFailed(tr("The list of rows to send could not be saved (%1): if PortDesk stops now, "
                              "check the orders view before importing the file again.")
                               .arg(error));
}

} // namespace portdesk
