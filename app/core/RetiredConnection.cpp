#include "RetiredConnection.h"
#include "telegent/TelegentClient.h"

#include <QTimer>

#include <algorithm>

namespace portdesk {

RetiredConnection::RetiredConnection(TelegentClient *client, const QList<QObject *> &deleteOrder, QObject *parent)
    : QObject(parent), m_client(client)
{
    for (QObject *o : deleteOrder) {
        if (!o)
            continue;
        o->setParent(this);
        m_order.append(o);
    }
    // Polled rather than signalled: a request between two tries (a retry's delay, a token
    // renewal) is briefly neither queued nor in flight, and must not end the old connection.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &RetiredConnection::checkIdle);
    timer->start(500);
}

RetiredConnection::~RetiredConnection()
{
    for (const QPointer<QObject> &o : std::as_const(m_order))
        delete o.data();
}

void RetiredConnection::checkIdle()
{
    RequestScheduler *s = m_client->scheduler();
    const bool kept =
        std::any_of(m_users.cbegin(), m_users.cend(), [](const QPointer<QObject> &u) { return !u.isNull(); });
    const bool idle =
        !kept && s->inFlight() == 0 && s->queued(Priority::Interactive) == 0 && s->queued(Priority::Background) == 0;
    m_idleChecks = idle ? m_idleChecks + 1 : 0;
    if (m_idleChecks >= 2)
        deleteLater();
}

} // namespace portdesk
