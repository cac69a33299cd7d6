#pragma once
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace portdesk {

// Filters the orders table by status group and a search text (number in any format, name,
// OrderId), and sorts either by urgency (the default: what needs someone now first, see
// OrdersModel::UrgencyRole) or, once a header is clicked, by the raw values of that column's
// OrdersModel::SortRole.
//
// Rows hold still while statuses change: a shown row keeps the place it was given and stays
// shown, so an order the agent just cancelled or updated (or that the poller moved to another
// group) stays under the pointer and the keyboard selection, showing its new status, and the
// selection never slides onto another order. Orders that come into the group (new ones, or a
// status change that now matches) are inserted at their sorted place. Rows settle on the
// agent's own request: a sort (header click) orders the shown rows by their live values; a
// group or a search text also filters them again. Until then a shown row whose order left the
// group says so in its Status cell, so a supervisor sees why it will go.
class OrdersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Group
    {
        All,
        Open,
        NeedsAction,
        Completed,
        Cancelled
    };
    Q_ENUM(Group)

    explicit OrdersFilterModel(QObject *parent = nullptr);

    // setGroup re-applies the filter and the sort to every row, even for the group already
    // shown: clicking it again is how the agent asks for the live table.
    void setGroup(Group group);
    Group group() const { return m_group; }
    void setSearchText(const QString &text);
    // A column sort (a header click) leaves the urgency order; this comes back to it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setUrgencyOrder();
    bool isUrgencyOrder() const { return m_urgency; }
    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsLive(int sourceRow) const;
    QVariant heldSortValue(const QModelIndex &index) const;
    void releaseHeld();
    void settle();

    Group m_group = Group::Open;
    bool m_urgency = false;
    QString m_text;
    QString m_digits;
    // By source row: OrdersModel only ever appends rows, so a row number names one order.
    mutable QSet<int> m_heldRows; // shown: they stay until the agent filters again
    mutable QHash<int, QVariant> m_heldSortValue;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace portdesk
