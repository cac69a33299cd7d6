#include "PendingBatchStore.h"
#include "common/PrivateJsonFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace portdesk {

namespace {
// Stable names on disk, whatever the enum's order becomes.
const std::pair<BulkRow::State, const char *> kStateNames[] = {
    {BulkRow::State::Ready, "pending"},
    {BulkRow::State::Sending, "sending"},
    {BulkRow::State::Submitted, "done"},
    {BulkRow::State::Failed, "failed"},
    {BulkRow::State::Unknown, "sent-outcome-unknown"},
    {BulkRow::State::Refused, "refused"},
};

QString stateName(BulkRow::State state)
{
    for (const auto &[s, name] : kStateNames)
        if (s == state)
            return QLatin1String(name);
    return QStringLiteral("failed");
}

std::optional<BulkRow::State> stateFrom(const QString &name)
{
    for (const auto &[s, n] : kStateNames)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}
} // namespace

int PendingBatch::pendingCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.state == BulkRow::State::Ready; }));
}

int PendingBatch::interruptedCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.state == BulkRow::State::Sending; }));
}

PendingBatch::Row *PendingBatch::find(int row)
{
    for (Row &r : rows)
        if (r.row == row)
            return &r;
    return nullptr;
}

PendingBatchStore::PendingBatchStore(QString path) : m_path(std::move(path)) {}

QString PendingBatchStore::defaultPath(bool training)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           (training ? QStringLiteral("/bulk-import-training.json") : QStringLiteral("/bulk-import.json"));
}

QByteArray PendingBatchStore::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool PendingBatchStore::save(const PendingBatch &batch, QString *error)
{
    QJsonArray rows;
    for (const PendingBatch::Row &r : batch.rows) {
        QJsonObject o{{QStringLiteral("row"), r.row},
                      {QStringLiteral("number"), r.number},
                      {QStringLiteral("state"), stateName(r.state)}};
        if (!r.orderId.isEmpty())
            o.insert(QStringLiteral("orderId"), r.orderId);
        if (!r.message.isEmpty())
            o.insert(QStringLiteral("message"), r.message);
        rows.append(o);
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("source"), batch.sourcePath},
                           {QStringLiteral("sha256"), QString::fromLatin1(batch.sourceSha256)},
                           {QStringLiteral("target"), batch.target},
                           {QStringLiteral("startedAt"), batch.startedAtMs},
                           {QStringLiteral("rows"), rows}};
    return writePrivateJson(m_path, root, error);
}

PendingBatch PendingBatchStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(16 << 20)).object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return {};
    PendingBatch batch;
    batch.sourcePath = root.value(QStringLiteral("source")).toString();
    batch.sourceSha256 = root.value(QStringLiteral("sha256")).toString().toLatin1();
    batch.target = root.value(QStringLiteral("target")).toString();
    batch.startedAtMs = root.value(QStringLiteral("startedAt")).toInteger();
    for (const QJsonValue &v : root.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto state = stateFrom(o.value(QStringLiteral("state")).toString());
        const int row = o.value(QStringLiteral("row")).toInt();
        if (!state || row <= 0)
            continue; // not ours: better to offer less than to send the wrong row
        batch.rows.append({row, o.value(QStringLiteral("number")).toString(), *state,
                           o.value(QStringLiteral("orderId")).toString(),
                           o.value(QStringLiteral("message")).toString()});
    }
    return batch;
}

bool PendingBatchStore::exists() const
{
    return QFileInfo::exists(m_path);
}

void PendingBatchStore::remove()
{
    QFile::remove(m_path);
}

} // namespace portdesk
