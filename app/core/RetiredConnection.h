#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

namespace portdesk {

class TelegentClient;

// What a switch of the desk's connection left behind: the old client with its users (and the
// old registry and simulator when they were replaced). Requests already on their way finish
// against the old target and are recorded where they were started; once the old client has
// nothing queued or in flight for two checks in a row and nothing keeps it, all of it is
// deleted - users first, then the client, then what it talked to.
class RetiredConnection : public QObject
{
    Q_OBJECT
public:
    // deleteOrder: the objects to delete, in this order (null entries are skipped).
    RetiredConnection(TelegentClient *client, const QList<QObject *> &deleteOrder, QObject *parent);
    ~RetiredConnection() override;

    // Something that sends on the old client by itself (a CSV batch) keeps it while it lives.
    void keepFor(QObject *user) { m_users.append(user); }

private:
    void checkIdle();

    TelegentClient *m_client;
    QList<QPointer<QObject>> m_order;
    QList<QPointer<QObject>> m_users;
    int m_idleChecks = 0;
};

} // namespace portdesk
