#pragma once
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace portdesk {

// The unfinished port-in of this desk, saved on every change so that a crash or a restart loses
// nothing the agent typed - except the PIN, which never reaches disk. One file, written
// atomically, readable by this user only.
class DraftStore
{
public:
    explicit DraftStore(QString path = defaultPath());
    static QString defaultPath();

    // `page` names the wizard page the agent was on, so a restore opens there again.
    bool save(const QVariantMap &fields, qint64 savedAtMs, const QString &page = {}, QString *error = nullptr);
    // The saved fields, or an empty map; *savedAtMs tells when it was saved, *page where.
    QVariantMap load(qint64 *savedAtMs = nullptr, QString *page = nullptr) const;
    bool exists() const;
    void remove();
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace portdesk
