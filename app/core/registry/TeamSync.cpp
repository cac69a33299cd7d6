#include "TeamSync.h"
#include "Migrations.h"
#include "OrderRows.h"
#include "TeamDatabase.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace portdesk {

namespace {

const char *kTeamChannel = "portdesk_orders";
// NOTIFY payloads are limited to 8000 bytes: longer lists say "reload everything".
constexpr qsizetype kMaxNotifyPayload = 7000;
const QString kAll = QStringLiteral("*");

} // namespace

TeamSync::TeamSync(QObject *parent) : QObject(parent) {}

TeamSync::~TeamSync() = default;

bool TeamSync::open(const TeamDatabase &team, const QString &connectionName, const QString &accountKey, QString *error)
{
    m_db = team.addConnection(connectionName);
    if (!team.isComplete()) {
        *error = tr("the server, database and user must all be set");
        return false;
    }
    if (const QString refused = team.transportRefusal(); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // Subscribe before the registry's first load: a change committed in between is then
    // reloaded twice, never missed.
    if (!Migrations::apply(m_db, error) || !claimAccount(accountKey, error) || !listenToPeers(error))
        return false;
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source == QSqlDriver::OtherSource)
                    reloadFromPeers(payload.toString());
            });
    return true;
}

bool TeamSync::claimAccount(const QString &accountKey, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO registry_meta (name, value) VALUES ('account_key', ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(accountKey);
    if (!q.exec() || !q.exec(QStringLiteral("SELECT value FROM registry_meta WHERE name = 'account_key'")) ||
        !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QString owner = q.value(0).toString();
    if (owner != accountKey) {
        *error = tr("it holds the orders of AccountKey %1, and this desk uses %2. "
                    "Each Telegent account needs a team database of its own.")
                     .arg(owner, accountKey);
        return false;
    }
    return true;
}

bool TeamSync::listenToPeers(QString *error)
{
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(QLatin1String(kTeamChannel)) ||
        driver->subscribeToNotification(QLatin1String(kTeamChannel)))
        return true;
    *error = tr("cannot listen for other desks' changes: %1").arg(driver->lastError().text());
    return false;
}

bool TeamSync::notifyPeers(const QStringList &orderIds, QString *error)
{
    QString payload = orderIds.join(QLatin1Char(','));
    if (payload.size() > kMaxNotifyPayload)
        payload = kAll;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kTeamChannel)));
    q.addBindValue(payload);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool TeamSync::reloadFromPeers(const QString &payload)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (payload != kAll) {
        const QStringList ids = payload.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return true;
        q.prepare(OrderRows::selectIds(ids.size()));
        for (const QString &id : ids)
            q.addBindValue(id);
    } else {
        q.prepare(OrderRows::selectAll());
    }
    if (!q.exec()) {
        qCWarning(lcApp).noquote() << "reloading orders changed by another desk failed:" << q.lastError().text();
        return false;
    }
    QList<OrderRecord> rows;
    while (q.next())
        rows << OrderRows::read(q);
    if (!rows.isEmpty())
        emit changedByPeers(rows);
    return true;
}

void TeamSync::startChecking(int intervalMs)
{
    if (!m_check) {
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &TeamSync::checkConnection);
    }
    m_check->start(intervalMs);
}

void TeamSync::checkConnection()
{
    {
        QSqlQuery q(m_db);
        if (m_db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
    }
    m_db.close();
    QString why;
    if (!m_db.open() || !listenToPeers(&why)) {
        if (why.isEmpty())
            why = m_db.lastError().text().trimmed();
        m_db.close();
        if (!m_unreachable) {
            m_unreachable = true;
            const QString message = tr("The team database cannot be reached: %1. PortDesk keeps trying.").arg(why);
            qCWarning(lcApp).noquote() << message;
            emit unreachable(message);
        }
        return;
    }
    qCInfo(lcApp) << "team database reachable again: re-reading every order";
    m_unreachable = false;
    reloadFromPeers(kAll); // whatever the other desks recorded meanwhile
}

} // namespace portdesk
