#include "OrderHistoryDialog.h"

#include "common/DisplayDates.h"
#include "domain/OrderRecord.h"
#include "models/OrderTimelineModel.h"
#include "models/OrdersModel.h"
#include "registry/OrderTexts.h"

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
        const bool changed = !e.oldStatus.isEmpty() && e.oldStatus != e.newStatus;
        // Labels in the agent's language; Telegent's own words in the tooltip. PortDesk's own
        // texts are stored as codes (OrderTexts) and shown in the agent's language too.
        const QString status =
            changed ? tr("%1 \u2192 %2").arg(OrderTexts::status(e.oldStatus), OrderTexts::status(e.newStatus))
                    : OrderTexts::status(e.newStatus);
        const QString exact =
            changed ? tr("%1 \u2192 %2").arg(OrderTexts::display(e.oldStatus), OrderTexts::display(e.newStatus))
                    : OrderTexts::display(e.newStatus);
        // The events' wording lives with the timeline (an authorization as a sentence, a note verbatim).
        const QStringList cells = {mediumDateTime(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime()),
                                   OrderTimelineModel::whatOf(e.kind), status, OrderTimelineModel::messageOf(e), e.who};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (!exact.isEmpty())
            table->item(i, 2)->setToolTip(tr("Telegent status: %1").arg(exact));
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
