#include "OrderNotes.h"
#include "OrderRegistry.h"
#include "domain/ControlChars.h"
#include "domain/SecretText.h"

#include <QSqlError>

namespace portdesk {

OrderNotes::OrderNotes(OrderRegistry *registry) : m_registry(registry) {}

QString OrderNotes::check(const OrderRecord &order, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The note is empty: write what the next person should know.");
    if (text.size() > kMaxLength)
        return tr("A note holds at most %1 characters; this one has %2.").arg(kMaxLength).arg(text.size());
    if (const auto c = firstControlOrFormat(text))
        return tr("The note contains a character that is not text (%1): remove it.")
            .arg(escapeControls(QString::fromUcs4(&*c, 1)));
    if (holdsAccountNumber(text, order.accountNumber))
        return tr("The note contains the order's account number: notes are read by the whole team, "
                  "so leave it out.");
    if (looksLikePin(text))
        return tr("The note looks like it holds a PIN or password: PortDesk never keeps one, so leave "
                  "the digits out (\"new PIN to come\" is fine).");
    return {};
}

bool OrderNotes::add(const QString &orderId, const QString &text, const QString &who, qint64 nowMs, QString *error)
{
    const OrderRecord *order = m_registry->find(orderId);
    if (!order) {
        *error = tr("Order %1 is not in the registry.").arg(orderId);
        return false;
    }
    *error = check(*order, text);
    if (!error->isEmpty())
        return false;
    QSqlDatabase &db = m_registry->m_db;
    m_registry->m_lastError.clear(); // what a failure below says, not an older one
    if (!db.isOpen() || !db.transaction()) {
        *error = tr("Could not save the note: %1").arg(db.lastError().text());
        return false;
    }
    const OrderEvent e{0, orderId, nowMs, QStringLiteral("note"), {}, {}, text, who};
    if (!m_registry->addEvent(e) || !m_registry->notifyPeers({orderId}) || !db.commit()) {
        *error = m_registry->lastError().isEmpty() ? tr("Could not save the note: %1").arg(db.lastError().text())
                                                   : m_registry->lastError();
        db.rollback();
        m_registry->m_unsignalledHistory.removeAll(orderId);
        return false;
    }
    QString why;
    if (!m_registry->loadNotes({orderId}, &why)) // the stored note, with its id
        m_registry->m_notes[orderId].append(e);
    m_registry->signalHistory();
    return true;
}

} // namespace portdesk
