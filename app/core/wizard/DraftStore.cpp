#include "DraftStore.h"
#include "common/PrivateJsonFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace portdesk {

namespace {
// Belt and braces: whatever the caller passes, these never reach the draft file.
const QStringList kNeverStored = {QStringLiteral("CurrentAccountPassword"), QStringLiteral("AccountSecret")};
} // namespace

DraftStore::DraftStore(QString path) : m_path(std::move(path)) {}

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portin-draft.json");
}

namespace {
const QString kSavedAt = QStringLiteral("savedAt");
const QString kPage = QStringLiteral("page");
} // namespace

bool DraftStore::save(const QVariantMap &fields, qint64 savedAtMs, const QString &page, QString *error)
{
    QVariantMap clean = fields;
    for (const QString &key : kNeverStored)
        clean.remove(key);
    QJsonObject o = QJsonObject::fromVariantMap(clean);
    o.insert(kSavedAt, savedAtMs);
    if (!page.isEmpty())
        o.insert(kPage, page);
    return writePrivateJson(m_path, o, error);
}

QVariantMap DraftStore::load(qint64 *savedAtMs, QString *page) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    if (savedAtMs)
        *savedAtMs = o.value(kSavedAt).toInteger();
    if (page)
        *page = o.value(kPage).toString();
    QVariantMap fields = o.toVariantMap();
    fields.remove(kSavedAt);
    fields.remove(kPage);
    for (const QString &key : kNeverStored)
        fields.remove(key);
    return fields;
}

bool DraftStore::exists() const
{
    return QFileInfo::exists(m_path);
}

void DraftStore::remove()
{
    QFile::remove(m_path);
}

} // namespace portdesk
