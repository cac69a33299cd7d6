#include "BulkRowsModel.h"

#include "BulkSubmission.h"
#include "models/OrdersModel.h"

namespace portdesk {

BulkRowsModel::BulkRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

int BulkRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkRowsModel::stateText(const BulkRow &row)
{
    switch (row.state) {
    case BulkRow::State::Invalid:
        return tr("Not sent: fix the file");
    case BulkRow::State::Ready:
        return tr("Ready to send");
    case BulkRow::State::Sending:
        return tr("Sending...");
    case BulkRow::State::Submitted:
        return row.status.isEmpty() ? tr("Submitted") : tr("Submitted: %1").arg(row.status);
    case BulkRow::State::Failed:
        return tr("Failed");
    case BulkRow::State::Unknown:
        return tr("Outcome unknown: check before resending");
    case BulkRow::State::Refused:
        return tr("Not sent: row changed");
    }
    return {};
}

QVariant BulkRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BulkRow &r = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(r.state);
    case RowNumberRole:
        return r.row;
    case Qt::ToolTipRole:
        if (index.column() == Consent && r.authorization.kind != Authorization::Kind::None)
            return r.authorization.describe(); // whole, a signed file's SHA-256 included
        if (r.state == BulkRow::State::Invalid)
            return r.problems.join(QLatin1Char('\n'));
        return r.error.isEmpty() ? QVariant() : QVariant(r.error);
    case Qt::TextAlignmentRole:
        return index.column() == Row ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Row:
            return r.row;
        case Number:
            return r.state == BulkRow::State::Invalid ? r.request.portInNumber
                                                      : OrdersModel::formatNumber(r.request.portInNumber);
        case Subscriber:
            return r.request.subscriberName;
        case Consent:
            return r.authorization.describe();
        case Check:
            if (r.state == BulkRow::State::Refused)
                return tr("Changed");
            if (r.state != BulkRow::State::Invalid)
                return tr("OK");
            // The short name ("Street1"); the message and the tooltip give the whole one.
            return r.problemField.isEmpty() ? tr("Error")
                                            : tr("Error: %1").arg(r.problemField.section(QLatin1Char('.'), -1));
        case Result:
            return stateText(r);
        case OrderId:
            return r.orderId;
        case Message:
            return r.error;
        }
        return {};
    }
    return {};
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Number:
        return tr("Number");
    case Subscriber:
        return tr("Subscriber");
    case Consent:
        return tr("Authorization");
    case Check:
        return tr("Check");
    case Result:
        return tr("Result");
    case OrderId:
        return tr("Order ID");
    case Message:
        return tr("Message");
    }
    return {};
}

void BulkRowsModel::setRows(const BulkRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BulkRowsModel::indexOf(int row) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).row == row)
            return i;
    return -1;
}

const BulkRow *BulkRowsModel::rowByNumber(int row) const
{
    const int i = indexOf(row);
    return i < 0 ? nullptr : &m_rows.at(i);
}

void BulkRowsModel::changed(int i)
{
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void BulkRowsModel::setState(int row, BulkRow::State state, const QString &error)
{
    const int i = indexOf(row);
    if (i < 0)
        return;
    m_rows[i].state = state;
    if (!error.isEmpty())
        m_rows[i].error = error;
    changed(i);
}

void BulkRowsModel::applyResult(const BulkResult &result)
{
    const int i = indexOf(result.row);
    if (i < 0)
        return;
    BulkRow &r = m_rows[i];
    r.state = result.state;
    r.orderId = result.orderId;
    r.status = result.status;
    r.error = result.error.message;
    r.request.currentAccountPassword.clear(); // sent: the PIN is not needed any more
    changed(i);
}

int BulkRowsModel::count(BulkRow::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const BulkRow &r) { return r.state == state; }));
}

} // namespace portdesk
