#pragma once
#include <QCoreApplication>
#include <QString>

#include "domain/OrderRecord.h"

namespace portdesk {

class OrderRegistry;

// Notes an agent or supervisor writes on an order ("customer will call back with a new transfer
// PIN"): events of kind "note" in the order's history, stored and shared like every other event,
// the text kept verbatim (never read as a PortDesk code). A note never holds a secret: one that
// looks like a PIN or holds the order's account number is refused (domain/SecretText).
class OrderNotes
{
    Q_DECLARE_TR_FUNCTIONS(OrderNotes)

public:
    static constexpr int kMaxLength = 1000;

    explicit OrderNotes(OrderRegistry *registry);

    // Why this text can not be a note of this order, in the reader's language; empty when it can.
    static QString check(const OrderRecord &order, const QString &text);
    // Adds the note (checked first) in one transaction and tells the team's other desks; false
    // with *error saying why (the check's message, or the storage's) and nothing written.
    bool add(const QString &orderId, const QString &text, const QString &who, qint64 nowMs, QString *error);

private:
    OrderRegistry *m_registry;
};

} // namespace portdesk
