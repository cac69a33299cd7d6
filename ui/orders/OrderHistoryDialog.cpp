#include "OrderHistoryDialog.h"

#include "domain/OrderRecord.h"
#include "models/OrdersModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portdesk::ui {

OrderHistoryDialog::OrderHistoryDialog(const OrderRecord &order, const QList<OrderEvent> &events, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(order.orderId));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1 \u2014 %2").arg(OrdersModel::formatNumber(order.number), order.subscriber), this));
    auto *table = new QTableWidget(int(events.size()), 5, this);
    table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Status"), tr("Message"), tr("Who")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAccessibleName(windowTitle());
    table->verticalHeader()->hide();
    for (int i = 0; i < events.size(); ++i) {
        const OrderEvent &e = events.at(i);
        const QString status = e.oldStatus.isEmpty() || e.oldStatus == e.newStatus
                                   ? e.newStatus
                                   : tr("%1 \u2192 %2").arg(e.oldStatus, e.newStatus);
        const QStringList cells = {
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), QLocale::ShortFormat), e.kind,
            status, e.message, e.who};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace portdesk::ui
