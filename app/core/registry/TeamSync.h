#pragma once
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/OrderRecord.h"

class QTimer;

namespace portdesk {

struct TeamDatabase;

// How the desks of one team database stay in step: the connection is joined to one Telegent
// account, each write tells the other desks which orders it changed (NOTIFY on commit), and what
// the others changed is read back and handed on as rows (LISTEN). The connection is checked
// every so often; a lost one is opened again, resubscribed and every order re-read, so a server
// restart or a network cut costs a desk nothing but the time it lasted. The registry owns it
// and keeps the orders; this holds no order of its own.
class TeamSync : public QObject
{
    Q_OBJECT
public:
    explicit TeamSync(QObject *parent = nullptr);
    ~TeamSync() override;

    // Opens `team` as connection `connectionName`, brings its schema up to date, claims it for
    // `accountKey` (refused when another account holds it) and listens for the other desks.
    // The connection is database() whether or not this worked; *error says why not.
    bool open(const TeamDatabase &team, const QString &connectionName, const QString &accountKey, QString *error);
    QSqlDatabase database() const { return m_db; }

    // Inside the writing transaction: the other desks hear of these orders when it commits.
    bool notifyPeers(const QStringList &orderIds, QString *error);
    // Reads the rows a notification names ("*": every row) and hands them on as changedByPeers.
    bool reloadFromPeers(const QString &payload);
    // The connection is checked every intervalMs (15 s unless told otherwise).
    void startChecking(int intervalMs = 15'000);

signals:
    // The rows as the database holds them now; some may be just as this desk has them.
    void changedByPeers(const QList<portdesk::OrderRecord> &rows);
    // The connection is lost and could not be opened again: said once, until it is back.
    void unreachable(const QString &message);

private:
    // A team database serves one Telegent account: its orders can only be polled with that
    // account's credentials, so a desk configured for another account must not join it.
    bool claimAccount(const QString &accountKey, QString *error);
    bool listenToPeers(QString *error);
    void checkConnection();

    QSqlDatabase m_db;
    QTimer *m_check = nullptr;
    bool m_unreachable = false;
};

} // namespace portdesk
