#pragma once
#include <QObject>

#include "domain/PortInTypes.h"
#include "telegent/ApiError.h"

namespace portdesk {

class Clock;
class OrderRegistry;
class TelegentClient;

// What a supervisor does to an order, each an API call whose answer lands in the registry.
// One place for the GUI and the CLI. Each call reports through finished(orderId, error).
class OrderActions : public QObject
{
    Q_OBJECT
public:
    OrderActions(OrderRegistry *registry, TelegentClient *client, QString who, QObject *parent = nullptr);

    void update(const UpdatePortInRequest &request);
    void cancel(const QString &orderId);
    // Orders created elsewhere: recorded at once, then fetched (interactive) to fill them in.
    void track(const QStringList &orderIds);
    // Who acts: written into each order's history.
    QString who() const { return m_who; }
    // The desk's clock (the client's): what "today" is for the dialogs that act on orders.
    Clock *clock() const;

signals:
    void finished(const QString &orderId, const portdesk::ApiError &error);

private:
    OrderRegistry *m_registry;
    TelegentClient *m_client;
    QString m_who;
};

} // namespace portdesk
