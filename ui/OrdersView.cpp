#include "OrdersView.h"
#include "ui_OrdersView.h"

#include "AuthorizationRulesDialog.h"
#include "CustomerTextsDialog.h"
#include "ImportCsvDialog.h"
#include "OrdersItemDelegate.h"
#include "PendingImportOffer.h"
#include "StatusColors.h"
#include "UpdateOrderDialog.h"
#include "authorization/SignedLoaFile.h"
#include "bulk/BulkImport.h"
#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "domain/OrderStatus.h"
#include "models/CsvExport.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "models/OrdersSummary.h"
#include "orders/AgeChart.h"
#include "orders/OrderDetailPane.h"
#include "orders/OrderHistoryDialog.h"
#include "orders/TrackOrdersDialog.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace portdesk::ui {

namespace {
// updateActions() runs on every re-sort of the table: a text set again would lay the row out again.
void setTextIfChanged(QAbstractButton *button, const QString &text)
{
    if (button->text() != text)
        button->setText(text);
}
} // namespace

OrdersView::OrdersView(OrderRegistry *registry, PollPlanner *planner, OrderActions *actions, Clock *clock,
                       QWidget *parent)
    : QWidget(parent), m_registry(registry), m_planner(planner), m_actions(actions), m_clock(clock),
      m_ui(std::make_unique<Ui::OrdersView>()), m_model(new OrdersModel(registry, clock, this)),
      m_proxy(new OrdersFilterModel(this)), m_groups(new QButtonGroup(this)), m_summaryTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->importButton->hide(); // until enableImport()
    m_ui->resumeFrame->hide();
    m_ui->resumeLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setTextFormat(Qt::PlainText); // quotes the server
    m_proxy->setSourceModel(m_model);
    // A re-filter (group, search) that hides the selected order leaves no current row: the
    // actions must say so at once, not stay enabled for an order no longer shown.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OrdersView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OrdersView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersView::updateActions);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setItemDelegate(new OrdersItemDelegate(this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionsMovable(true);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->setAccessibleName(tr("Port-in orders"));
    m_ui->searchEdit->setAccessibleName(tr("Search orders"));
    m_ui->searchEdit->setAccessibleDescription(m_ui->searchEdit->placeholderText());
    // The clear button Qt adds to the field is an icon only: a screen reader needs its name.
    if (auto *clear = m_ui->searchEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear search"));
        clear->setToolTip(tr("Clear search"));
    }
    for (QToolButton *button : m_ui->searchEdit->findChildren<QToolButton *>()) {
        button->setAccessibleName(tr("Clear search"));
        button->setToolTip(tr("Clear search"));
    }

    // Column layout and sort order survive restarts.
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("orders/header")).toByteArray();
    if (header.isEmpty() || !m_ui->table->horizontalHeader()->restoreState(header)) {
        m_ui->table->sortByColumn(OrdersModel::Submitted, Qt::DescendingOrder);
        const std::pair<int, int> widths[] = {
            {OrdersModel::Number, 115}, {OrdersModel::Subscriber, 130}, {OrdersModel::Carrier, 100},
            {OrdersModel::Status, 185}, {OrdersModel::Message, 340},    {OrdersModel::Submitted, 135},
            {OrdersModel::Age, 115},    {OrdersModel::LastChecked, 95}, {OrdersModel::OrderId, 120}};
        for (const auto &[column, width] : widths) // never narrower than the (translated) header
            m_ui->table->setColumnWidth(column,
                                        std::max(width, m_ui->table->horizontalHeader()->sectionSizeHint(column)));
        // The medium date and the status labels are as long as the language makes them
        // ("31 de dic de 2026 23:59", "Pendiente de aprobación de la compañía"): show them whole.
        QFont bold = m_ui->table->font();
        bold.setBold(true); // as the delegate shows statuses and unseen changes
        const auto fit = [this, metrics = QFontMetrics(bold)](int column, const QStringList &texts) {
            int widest = m_ui->table->columnWidth(column);
            for (const QString &text : texts)
                widest = std::max(widest, metrics.horizontalAdvance(text) + 16);
            m_ui->table->setColumnWidth(column, widest);
        };
        fit(OrdersModel::Submitted, {mediumDateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))});
        fit(OrdersModel::Status, statusLabels());
    }
    // Needs me first unless the supervisor chose a column (and it is remembered either way).
    if (settings.value(QStringLiteral("orders/urgency"), true).toBool())
        showUrgencyOrder();
    connect(m_ui->table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_ui->table->horizontalHeader()->setSortIndicatorShown(true);
        m_ui->urgencyButton->setChecked(false);
    });
    connect(m_ui->urgencyButton, &QPushButton::clicked, this, &OrdersView::showUrgencyOrder);
    // The selected order's story beside the table, under its actions.
    m_pane = new OrderDetailPane(registry, clock, actions->who(), m_ui->detailPanel);
    m_ui->detailLayout->addWidget(m_pane, 1);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_splitterPlaced = m_ui->splitter->restoreState(settings.value(QStringLiteral("orders/splitter")).toByteArray());

    const std::pair<QToolButton *, OrdersFilterModel::Group> groups[] = {
        {m_ui->openButton, OrdersFilterModel::Group::Open},
        {m_ui->actionButton, OrdersFilterModel::Group::NeedsAction},
        {m_ui->completedButton, OrdersFilterModel::Group::Completed},
        {m_ui->cancelledButton, OrdersFilterModel::Group::Cancelled},
        {m_ui->allButton, OrdersFilterModel::Group::All},
    };
    for (const auto &[button, group] : groups)
        m_groups->addButton(button, int(group));
    m_groups->setExclusive(true);
    m_ui->openButton->setChecked(true);
    connect(m_groups, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setGroup(OrdersFilterModel::Group(id));
        updateActions();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &OrdersFilterModel::setSearchText);

    // The chart: open ports by age, so a stuck port stands out before the customer calls.
    m_ageChart = addAgeChart(m_ui->chartHost);

    // Counts change with every status answer: recompute at most twice a second.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(500);
    connect(m_summaryTimer, &QTimer::timeout, this, &OrdersView::refreshSummary);
    const auto scheduleSummary = [this] { m_summaryTimer->start(); };
    connect(registry, &OrderRegistry::ordersAdded, this, scheduleSummary);
    connect(registry, &OrderRegistry::ordersChanged, this, scheduleSummary);
    connect(registry, &OrderRegistry::storageFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    // "2 min ago" and ages move on their own.
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->refreshRelativeTimes();
        refreshSummary();
    });
    m_clockTimer->start(30'000);

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_model->markSeen(selectedOrderId()); // a highlighted change counts as seen once selected
        updateActions();
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersView::updateActions);
    connect(m_ui->table, &QTableView::doubleClicked, this, &OrdersView::showHistory);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OrdersView::refreshSelected);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &OrdersView::updateSelected);
    connect(m_ui->cancelOrderButton, &QPushButton::clicked, this, &OrdersView::cancelSelected);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &OrdersView::showHistory);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &OrdersView::copySelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->trackButton, &QPushButton::clicked, this, &OrdersView::trackExisting);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &OrdersView::resolveUnknownSelected);
    connect(m_ui->rulesButton, &QPushButton::clicked, this, [this] {
        AuthorizationRulesDialog dialog(m_registry, this);
        dialog.exec();
    });
    connect(m_ui->textsButton, &QPushButton::clicked, this, [this] {
        CustomerTextsDialog dialog(m_registry, m_client, this);
        dialog.exec();
    });
    connect(m_ui->attachLoaButton, &QPushButton::clicked, this, [this] { attachLoaSelected(); });
    connect(m_ui->loaReceivedButton, &QPushButton::clicked, this, &OrdersView::loaReceivedSelected);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &OrdersView::withdrawSelected);
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        if (const OrderRecord *r = m_registry->find(selectedOrderId()); r && r->awaitingAuthorization)
            emit continuePortInRequested(r->orderId);
    });
    connect(m_actions, &OrderActions::finished, this, &OrdersView::onActionFinished);
    connect(m_ui->importButton, &QPushButton::clicked, this, &OrdersView::startImport);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &OrdersView::resumePendingImport);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &OrdersView::discardPendingImport);
    refreshSummary();
    updateActions();
}

void OrdersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced)
        return;
    // First shown with no width remembered: the pane takes a third at most, the table the rest.
    m_splitterPlaced = true;
    const int total = m_ui->splitter->width();
    const int pane = std::max(m_ui->detailPanel->minimumSizeHint().width(), std::min(460, total / 3));
    m_ui->splitter->setSizes({total - pane, pane});
}

OrdersView::~OrdersView()
{
    QSettings settings;
    settings.setValue(QStringLiteral("orders/header"), m_ui->table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("orders/urgency"), m_proxy->isUrgencyOrder());
    settings.setValue(QStringLiteral("orders/splitter"), m_ui->splitter->saveState());
}

QString OrdersView::selectedOrderId() const
{
    // The single-order actions act on the current row, and only while it is the one selected.
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid() || m_ui->table->selectionModel()->selectedRows().size() > 1)
        return {};
    return current.data(OrdersModel::OrderIdRole).toString();
}

QStringList OrdersView::selectedOrderIds() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(OrdersModel::OrderIdRole).toString();
    if (ids.isEmpty() && m_ui->table->currentIndex().isValid())
        ids << m_ui->table->currentIndex().data(OrdersModel::OrderIdRole).toString();
    return ids;
}

void OrdersView::selectOrder(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Asked for by name (a notice, the wizard): show it whatever filter hid it.
        m_ui->searchEdit->clear();
        m_ui->allButton->setChecked(true);
        m_proxy->setGroup(OrdersFilterModel::Group::All);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_ui->table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(index);
}

void OrdersView::showUrgencyOrder()
{
    m_proxy->setUrgencyOrder();
    m_ui->table->horizontalHeader()->setSortIndicatorShown(false); // no column decides the order
    m_ui->urgencyButton->setChecked(true);
}

void OrdersView::refreshSummary()
{
    const OrdersSummary s = OrdersSummary::of(*m_registry, m_clock->nowUtc().toLocalTime().date());
    // Open is every order not finished (the filter shows them, needs action first).
    m_ui->openButton->setText(tr("Open: %1").arg(s.open + s.needsAction));
    m_ui->actionButton->setText(tr("Needs action: %1").arg(s.needsAction));
    m_ui->completedButton->setText(tr("Completed: %1").arg(s.completed));
    m_ui->cancelledButton->setText(tr("Cancelled: %1").arg(s.cancelled));
    m_ui->allButton->setText(tr("All: %1").arg(m_registry->count()));
    m_ui->oldestLabel->setText(s.oldestOpenBusinessDays < 0 ? tr("No open port")
                               : s.oldestOpenBusinessDays == 1
                                   ? tr("Oldest open port: %n business day", nullptr, 1)
                                   : tr("Oldest open port: %n business days", nullptr, s.oldestOpenBusinessDays));
    if (m_ageChart)
        m_ageChart->setOpenByAge(s.openByAge);
}

void OrdersView::updateActions()
{
    const QStringList ids = selectedOrderIds();
    showInPane(ids);
    if (ids.size() > 1) {
        // Many orders: refresh, cancel (those still open at Telegent), copy their ids, export.
        const int live = int(liveOrders(ids).size());
        for (QWidget *b : {m_ui->updateButton, m_ui->historyButton, m_ui->resolveButton, m_ui->attachLoaButton,
                           m_ui->loaReceivedButton, m_ui->continueButton, m_ui->withdrawButton})
            b->hide();
        for (QWidget *b : {m_ui->refreshButton, m_ui->cancelOrderButton, m_ui->copyButton})
            b->show();
        m_ui->refreshButton->setEnabled(live > 0);
        m_ui->cancelOrderButton->setEnabled(live > 0);
        m_ui->copyButton->setEnabled(true);
        setTextIfChanged(m_ui->copyButton, tr("Cop&y order IDs"));
        setTextIfChanged(m_ui->exportButton, tr("&Export selected..."));
        return;
    }
    setTextIfChanged(m_ui->copyButton, tr("Cop&y order ID"));
    setTextIfChanged(m_ui->exportButton, tr("&Export CSV..."));
    m_ui->updateButton->show();
    m_ui->historyButton->show();
    const OrderRecord *r = m_registry->find(selectedOrderId());
    const bool telegent = r && r->hasTelegentId();
    const bool final = r && isTerminal(r->group);
    m_ui->refreshButton->setEnabled(telegent && !final);
    m_ui->updateButton->setEnabled(telegent && !final);
    m_ui->cancelOrderButton->setEnabled(telegent && !final); // not offered on completed/cancelled orders
    m_ui->historyButton->setEnabled(r);
    m_ui->copyButton->setEnabled(telegent);
    m_ui->resolveButton->setVisible(r && r->outcomeUnknown && !final); // only unknown-outcome submits
    const bool awaiting = r && r->awaitingAuthorization && !final;
    const Authorization *consent = awaiting ? m_registry->authorization(r->orderId) : nullptr;
    const bool signedCopy = consent && consent->isRecorded();
    // A port-in not yet sent has nothing at Telegent to refresh, update, cancel or copy: its own
    // actions take their place (the row stays within a small screen's width).
    for (QWidget *b : {m_ui->refreshButton, m_ui->updateButton, m_ui->cancelOrderButton, m_ui->copyButton})
        b->setVisible(!awaiting);
    m_ui->attachLoaButton->setVisible(awaiting);
    m_ui->loaReceivedButton->setVisible(awaiting && !signedCopy);
    m_ui->continueButton->setVisible(awaiting && signedCopy);
    m_ui->withdrawButton->setVisible(awaiting);
}

void OrdersView::attachLoaSelected(const QString &fileName)
{
    const OrderRecord *r = m_registry->find(selectedOrderId());
    const Authorization *pending = r ? m_registry->authorization(r->orderId) : nullptr;
    if (!r || !r->awaitingAuthorization || !pending)
        return;
    const QString path = !fileName.isEmpty()
                             ? fileName
                             : QFileDialog::getOpenFileName(this, tr("Attach the signed LOA"), QString(),
                                                            tr("Signed LOA (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const SignedLoaFile::Check file = SignedLoaFile::check(path);
    if (!file.ok) {
        showMessage(file.error, true);
        return;
    }
    Authorization received = *pending;
    received.fileName = file.fileName;
    received.fileSha256 = QString::fromLatin1(file.sha256Hex);
    recordSignedLoa(*r, received, file.content);
}

void OrdersView::recordSignedLoa(const OrderRecord &waiting, Authorization received, const QByteArray &content)
{
    received.kind = Authorization::Kind::Written;
    received.agent = m_actions->who();
    received.atMs = m_clock->nowMs();
    QString error;
    const QString number = OrdersModel::formatNumber(waiting.number);
    if (!AuthorizationRecords(m_registry, m_actions->who())
             .recordReceived(waiting.orderId, received, content, m_clock->nowMs(), &error)) {
        showMessage(tr("The signed LOA was not recorded: %1").arg(error), true);
        return;
    }
    showMessage(tr("Signed LOA of %1 recorded: choose Continue port-in to submit it.").arg(number), false);
    updateActions();
}

void OrdersView::loaReceivedSelected()
{
    const OrderRecord *r = m_registry->find(selectedOrderId());
    const Authorization *pending = r ? m_registry->authorization(r->orderId) : nullptr;
    if (!r || !r->awaitingAuthorization || !pending)
        return;
    bool ok = false;
    const QString reference =
        QInputDialog::getText(
            this, tr("Signed LOA received"),
            tr("Where is the signed LOA kept? (a reference, for example a document or ticket number)"),
            QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || reference.isEmpty())
        return;
    Authorization received = *pending;
    received.reference = reference.left(200);
    recordSignedLoa(*r, received, {});
}

void OrdersView::withdrawSelected()
{
    const OrderRecord *r = m_registry->find(selectedOrderId());
    if (!r || !r->awaitingAuthorization || isTerminal(r->group))
        return;
    const QString number = OrdersModel::formatNumber(r->number);
    if (QMessageBox::question(
            this, tr("Withdraw the port-in"),
            tr("Withdraw the port-in of %1? Nothing was sent to Telegent; the number becomes free.").arg(number)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!AuthorizationRecords(m_registry, m_actions->who()).withdraw(r->orderId, m_clock->nowMs(), &error))
        showMessage(error, true);
    else
        showMessage(tr("Withdrawn: %1 is free.").arg(number), false);
    updateActions();
}

void OrdersView::enableImport(TelegentClient *client, const QString &who, const QString &storePath)
{
    m_client = client;
    m_importWho = who;
    m_importStore = storePath.isEmpty() ? PendingBatchStore::defaultPath() : storePath;
    m_ui->importButton->show();
    refreshPendingImportOffer();
}

void OrdersView::startImport()
{
    // A new file's batch replaces the saved one: never let unsent rows go without a word.
    const PendingBatch batch = m_importDialog ? PendingBatch() : BulkImport::pendingBatch(m_importStore);
    if (!batch.isEmpty()) {
        switch (PendingImportOffer::askBeforeReplacing(batch, this)) {
        case PendingImportOffer::Choice::Resume:
            resumePendingImport();
            return;
        case PendingImportOffer::Choice::Keep:
            return;
        case PendingImportOffer::Choice::Forget:
            PendingBatchStore(m_importStore).remove();
            break;
        }
    }
    openImport();
}

ImportCsvDialog *OrdersView::openImport()
{
    if (!m_client)
        return nullptr;
    if (!m_importDialog) {
        m_importDialog = new ImportCsvDialog(m_client, m_registry, m_clock, m_importWho, this, m_importStore);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &QDialog::finished, this, &OrdersView::refreshPendingImportOffer);
        connect(m_importDialog, &QObject::destroyed, this, &OrdersView::refreshPendingImportOffer,
                Qt::QueuedConnection);
    }
    // Not modal: a batch takes minutes within the budget, and the agent keeps working meanwhile.
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    m_ui->resumeFrame->hide(); // the dialog is where it happens now
    return m_importDialog;
}

ImportCsvDialog *OrdersView::resumePendingImport()
{
    const PendingBatch batch = BulkImport::pendingBatch(m_importStore);
    ImportCsvDialog *dialog = openImport();
    if (dialog && !batch.isEmpty())
        dialog->resumePending(batch);
    return dialog;
}

void OrdersView::discardPendingImport()
{
    const PendingBatch batch = BulkImport::pendingBatch(m_importStore);
    if (batch.isEmpty())
        return refreshPendingImportOffer();
    const auto answer = QMessageBox::question(
        this, tr("Discard unsent rows"),
        tr("Forget the %n row(s) of %1 that were not sent? The file itself is not changed; import it again to "
           "send them later.",
           nullptr, batch.pendingCount())
            .arg(QFileInfo(batch.sourcePath).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    PendingBatchStore(m_importStore).remove();
    refreshPendingImportOffer();
}

void OrdersView::refreshPendingImportOffer()
{
    const PendingBatch batch = m_client ? BulkImport::pendingBatch(m_importStore) : PendingBatch();
    if (batch.isEmpty() || m_importDialog) {
        m_ui->resumeFrame->hide();
        return;
    }
    QString text = PendingImportOffer::unsentText(batch);
    if (const int maybe = batch.interruptedCount())
        text += QLatin1Char(' ') +
                tr("%n row(s) may have been sent when PortDesk stopped: they are never sent again.", nullptr, maybe);
    m_ui->resumeLabel->setText(text);
    m_ui->resumeFrame->show();
}

void OrdersView::resolveUnknownSelected()
{
    const OrderRecord *r = m_registry->find(selectedOrderId());
    if (!r || r->hasTelegentId())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Submit not received"),
        tr("Did you check that Telegent never received the port-in of %1? The row is then closed and the number "
           "can be submitted again. If you found an order ID for it instead, use \"Track existing\".")
            .arg(OrdersModel::formatNumber(r->number)));
    if (answer != QMessageBox::Yes)
        return;
    if (m_registry->resolveUnknownOutcome(r->orderId, m_actions->who(), m_clock->nowMs()))
        showMessage(tr("Closed: %1 can be submitted again.").arg(OrdersModel::formatNumber(r->number)), false);
    updateActions();
}

void OrdersView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    // White, not palette(bright-text): dark themes often make that red, unreadable on red.
    m_ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { color: white; background: %1; padding: 4px; }").arg(alertColor().name())
              : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void OrdersView::showInPane(const QStringList &ids)
{
    // Called on every re-sort: the pane is only told when what it shows changes (it follows its
    // order's changes itself).
    const QString shows = ids.size() > 1                                    ? QStringLiteral("#%1").arg(ids.size())
                          : ids.size() == 1 && !selectedOrderId().isEmpty() ? ids.first()
                                                                            : QString();
    if (shows == m_paneShows)
        return;
    m_paneShows = shows;
    if (ids.size() > 1)
        m_pane->showSelectionCount(int(ids.size()));
    else if (!shows.isEmpty())
        m_pane->setOrder(shows);
    else
        m_pane->showNothing();
}

QStringList OrdersView::liveOrders(const QStringList &ids) const
{
    QStringList live;
    for (const QString &id : ids) {
        const OrderRecord *r = m_registry->find(id);
        if (r && r->hasTelegentId() && !isTerminal(r->group))
            live << id;
    }
    return live;
}

void OrdersView::refreshSelected()
{
    const QStringList ids = liveOrders(selectedOrderIds());
    if (ids.isEmpty())
        return;
    for (const QString &id : ids) // each through the scheduler, within the budget
        m_planner->refreshNow(id);
    showMessage(ids.size() == 1 ? tr("Checking %1 now...").arg(spokenName(ids.first()))
                                : tr("Checking %n order(s) now...", nullptr, int(ids.size())),
                false);
}

void OrdersView::copySelected()
{
    QStringList ids;
    for (const QString &id : selectedOrderIds()) {
        if (const OrderRecord *r = m_registry->find(id); r && r->hasTelegentId())
            ids << id;
    }
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    showMessage(ids.size() == 1 ? tr("Order ID %1 copied.").arg(ids.first())
                                : tr("%n order ID(s) copied.", nullptr, int(ids.size())),
                false);
}

QString OrdersView::spokenName(const QString &orderId) const
{
    // The number is what the agent knows and says on the phone; the OrderId only when there is none.
    const OrderRecord *r = m_registry->find(orderId);
    return r && !r->number.isEmpty() ? OrdersModel::formatNumber(r->number) : orderId;
}

void OrdersView::updateSelected()
{
    const OrderRecord *r = m_registry->find(selectedOrderId());
    if (!r)
        return;
    const QString id = r->orderId; // the registry may change (and move r) while the dialog is open
    UpdateOrderDialog dialog(*r, m_actions, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Update sent: %1 goes back to the carrier.").arg(spokenName(id)), false);
}

void OrdersView::cancelSelected()
{
    const QStringList ids = liveOrders(selectedOrderIds());
    if (ids.isEmpty())
        return;
    QStringList numbers;
    for (const QString &id : ids)
        numbers << spokenName(id);
    const QString question = ids.size() == 1
                                 ? tr("Cancel the port of %1 (%2)?").arg(spokenName(ids.first()), ids.first())
                                 : tr("Cancel the ports of these %n number(s)?", nullptr, int(ids.size()));
    QMessageBox box(QMessageBox::Warning, tr("Cancel port-in"), question, QMessageBox::NoButton, this);
    QString info = tr("Cancel is final: it cannot be undone. To port this number later, check its "
                      "eligibility again and submit a new port-in.");
    if (ids.size() > 1) {
        // Name every number, so nobody cancels a port they did not mean to select.
        constexpr int listed = 12;
        QString list = numbers.mid(0, listed).join(QStringLiteral(", "));
        if (numbers.size() > listed)
            list = tr("%1 and %n more", nullptr, int(numbers.size() - listed)).arg(list);
        info = list + QStringLiteral("\n\n") + info;
    }
    box.setInformativeText(info);
    QPushButton *confirm =
        box.addButton(ids.size() == 1 ? tr("Cancel the port") : tr("Cancel %n port(s)", nullptr, int(ids.size())),
                      QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(ids.size() == 1 ? tr("Keep it") : tr("Keep them"), QMessageBox::RejectRole);
    // Enter alone keeps the order (and Esc): cancelling is final, so only a deliberate choice
    // of the other button does it. The box lists buttons by role, not in the order added.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_pendingCancels = QSet<QString>(ids.cbegin(), ids.cend());
    m_cancelFailures.clear();
    m_cancelCount = int(ids.size());
    showMessage(ids.size() == 1 ? tr("Cancelling %1...").arg(spokenName(ids.first()))
                                : tr("Cancelling %n port(s)...", nullptr, int(ids.size())),
                false);
    for (const QString &id : ids)
        m_actions->cancel(id);
}

void OrdersView::onActionFinished(const QString &orderId, const ApiError &error)
{
    if (m_pendingCancels.remove(orderId)) {
        if (error.isError())
            m_cancelFailures << tr("%1: %2").arg(spokenName(orderId), error.message);
        if (m_pendingCancels.isEmpty()) {
            // One line for the whole cancel, once every answer is in.
            const int failed = int(m_cancelFailures.size());
            if (m_cancelCount == 1)
                showMessage(failed ? m_cancelFailures.first() : tr("%1 is cancelled.").arg(spokenName(orderId)),
                            failed > 0);
            else if (failed == 0)
                showMessage(tr("%n port(s) cancelled.", nullptr, m_cancelCount), false);
            else
                showMessage(tr("%1 of %2 port(s) cancelled. Not cancelled: %3")
                                .arg(m_cancelCount - failed)
                                .arg(m_cancelCount)
                                .arg(m_cancelFailures.join(QStringLiteral("; "))),
                            true);
        }
        updateActions();
        return;
    }
    if (!error.isError()) {
        updateActions();
        return;
    }
    showMessage(tr("%1: %2").arg(spokenName(orderId), error.message), true);
}

void OrdersView::showHistory()
{
    const QString id = selectedOrderId();
    const OrderRecord *r = m_registry->find(id);
    if (!r)
        return;
    OrderHistoryDialog dialog(*r, m_registry->events(id), this);
    dialog.exec();
}

void OrdersView::exportCsv(const QString &fileName)
{
    const QString path = fileName.isEmpty()
                             ? QFileDialog::getSaveFileName(this, tr("Export orders"), QStringLiteral("orders.csv"),
                                                            tr("CSV files (*.csv)"))
                             : fileName;
    if (path.isEmpty())
        return;
    // Several rows selected: those; otherwise the whole filtered view.
    QList<int> rows;
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    if (selected.size() > 1) {
        for (const QModelIndex &index : selected)
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << r;
    }
    QSaveFile file(path); // all or nothing: never a half-written export
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(*m_proxy, rows).toUtf8()) < 0 || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    showMessage(tr("%n order(s) exported to %1.", nullptr, int(rows.size())).arg(path), false);
}

void OrdersView::trackExisting()
{
    TrackOrdersDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList ids = dialog.orderIds();
    if (ids.isEmpty())
        return;
    m_actions->track(ids);
    showMessage(tr("Fetching %n order(s) from Telegent...", nullptr, int(ids.size())), false);
}

} // namespace portdesk::ui
