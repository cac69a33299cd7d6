#pragma once
#include <QAbstractTableModel>

#include "BulkRow.h"

namespace portdesk {

struct BulkResult;

// The rows of a bulk import for the preview and its results: each row's check (the field and
// the message when it fails), the customer's authorization it carries and, once sent, its status,
// OrderId or error.
class BulkRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Number,
        Subscriber,
        Consent, // the customer's authorization ("Authorization")
        Check,
        Result,
        OrderId,
        Message,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(BulkRow::State): the view colours by it
        RowNumberRole,                // the file's row number
    };

    explicit BulkRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const BulkRows &rows);
    const BulkRows &rows() const { return m_rows; }
    const BulkRow *rowByNumber(int row) const;
    // Position of a file row in the model, -1 when absent.
    int indexOf(int row) const;
    void setState(int row, BulkRow::State state, const QString &error = {});
    void applyResult(const BulkResult &result);
    int count(BulkRow::State state) const;

    // Words for a state, as the Result column shows them.
    static QString stateText(const BulkRow &row);

private:
    void changed(int index);
    BulkRows m_rows;
};

} // namespace portdesk
