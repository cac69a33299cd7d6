#pragma once
#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "domain/OrderRecord.h"

namespace portdesk {

class OrderRegistry;

// One order's story, oldest first: every event of its history (submitted, each status with
// Telegent's message and what to do, updates with the fields they changed, notes, checks...)
// with its time, what happened, the details in a sentence, and who. It follows the registry:
// new events are inserted rows, never a reset (only setOrder() resets). The wording of an event
// lives here once; the history dialog uses it too.
class OrderTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        What,
        Details,
        Who,
        ColumnCount
    };
    enum Role
    {
        AtMsRole = Qt::UserRole + 1, // qint64 ms since the epoch: sort or compare by it
        KindRole,                    // the stored kind ("note", "status"...), for code, never shown
    };

    explicit OrderTimelineModel(OrderRegistry *registry, QObject *parent = nullptr);

    void setOrder(const QString &orderId); // empty: no order, no rows
    QString orderId() const { return m_orderId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What happened, in the reader's language ("Status changed", "Note"); never the stored kind.
    static QString whatOf(const QString &kind);
    // The event's message in the reader's language: a note verbatim, an authorization as a
    // sentence, PortDesk's codes in words, Telegent's words as they came.
    static QString messageOf(const OrderEvent &event);
    // The whole story of one event in a sentence: the status change, the message and, for a
    // carrier code, what to do about it.
    static QString detailsOf(const OrderEvent &event);

private:
    void follow(const QStringList &orderIds);

    OrderRegistry *m_registry;
    QString m_orderId;
    QList<OrderEvent> m_events;
};

} // namespace portdesk
