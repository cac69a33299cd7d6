#pragma once
#include <QSortFilterProxyModel>

namespace portdesk {

// Filters the orders table by status group and a search text (number in any format, name,
// OrderId), and sorts by the raw values of OrdersModel::SortRole.
class OrdersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Group { All, Open, NeedsAction, Completed, Cancelled };
    Q_ENUM(Group)

    explicit OrdersFilterModel(QObject *parent = nullptr);

    void setGroup(Group group);
    Group group() const { return m_group; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Group m_group = Group::Open;
    QString m_text;
    QString m_digits;
};

} // namespace portdesk
