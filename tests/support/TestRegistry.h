#pragma once
#include <QTest>

#include "TestRequests.h"
#include "registry/OrderRegistry.h"

namespace portdesk::test {

// Records a submitted order as if Telegent had just answered.
inline bool recordOrder(OrderRegistry &registry, const QString &orderId, const QString &number, qint64 nowMs,
                        const QString &status = QStringLiteral("Pending"))
{
    SubmitResult result;
    result.orderId = orderId;
    result.status = status;
    result.phoneNumber = number;
    return registry.recordSubmitted(samplePortIn(number), result, QStringLiteral("agent1"), nowMs);
}

inline OrderDetails details(const QString &orderId, const QString &status, const QString &message = {})
{
    OrderDetails d;
    d.orderId = orderId;
    d.orderStatus = status;
    d.orderStatusMessage = message;
    return d;
}

// Takes a registry of the latest schema back to schema 3, as a PortDesk of that version left it
// (SQLite and PostgreSQL alike): the migrations from 4 on run again at the next open.
inline QStringList backToSchema3()
{
    return {QStringLiteral("DELETE FROM schema_migrations WHERE version >= 4"),
            QStringLiteral("ALTER TABLE orders DROP COLUMN awaiting_authorization"),
            QStringLiteral("ALTER TABLE orders DROP COLUMN requested_port_date"),
            QStringLiteral("ALTER TABLE send_intents DROP COLUMN consent"),
            QStringLiteral("DROP TABLE authorization_files"),
            QStringLiteral("DROP TABLE customer_texts")};
}

// 10-digit test numbers in a valid NPA, distinct for i in [0, 10^6).
inline QString numberFor(int i)
{
    return QStringLiteral("+1801%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

} // namespace portdesk::test
