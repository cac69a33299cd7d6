#pragma once
#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace portdesk {

class Clock;
class OrderRegistry;
struct OrderRecord;

// The order registry as a table. Rows follow the registry: an added order is an inserted row,
// a changed order is dataChanged() for its row only - never a reset - so a supervisor's
// selection and scroll position survive every refresh.
class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Subscriber,
        Carrier,
        Status,
        Message,
        Submitted,
        Age,
        LastChecked,
        OrderId,
        Agent,
        Authorization, // the customer's consent (PortDesk's record: Telegent takes no document)
        Notes,         // the latest note shown; every note (when, who, what) exported
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value to sort by
        OrderIdRole,
        StatusGroupRole,    // int(StatusGroup): the view colours by it
        UnseenChangeRole,   // bool: changed since the supervisor last looked at it
        NotFoundRole,       // bool
        OutcomeUnknownRole, // bool
        // qlonglong, ascending = most urgent first: needs action (a Telegent error or rejection,
        // an unknown outcome, not found), then open orders past their due date, then the rest;
        // oldest first within each.
        UrgencyRole,
        OverdueRole // bool: still open after its due date (domain/BusinessDays)
    };

    OrdersModel(OrderRegistry *registry, Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &orderId) const { return m_rowOf.value(orderId, -1); }
    QString orderIdAt(int row) const;
    int unseenCount() const { return int(m_unseen.size()); }
    void markSeen(const QString &orderId);
    // "2 min ago" and ages move with time: dataChanged for those columns only.
    void refreshRelativeTimes();

    static QString formatNumber(const QString &e164);
    // The urgency tier of an order (0 = needs someone now, 1 = overdue, 2 = the rest).
    static int urgencyTier(const OrderRecord &r, const QDate &today);
    static bool isOverdue(const OrderRecord &r, const QDate &today);

signals:
    void unseenCountChanged(int count);

private:
    void onAdded(const QStringList &ids);
    void onChanged(const QStringList &ids);
    QVariant display(const OrderRecord &r, int column) const;
    QVariant sortValue(const OrderRecord &r, int column) const;
    QString age(const OrderRecord &r) const;
    QDate today() const;

    OrderRegistry *m_registry;
    Clock *m_clock;
    QStringList m_ids;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_unseen;
    QHash<QString, int> m_noteCount; // notes of each order as last shown
};

} // namespace portdesk
