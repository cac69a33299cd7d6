#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppContext.h"
#include "ConnectionTab.h"
#include "ImportCsvDialog.h"
#include "OrdersView.h"
#include "PendingImportOffer.h"
#include "RegistryDialog.h"
#include "SettingsDialog.h"
#include "StatusColors.h"
#include "TrayNotifier.h"
#include "bulk/BulkImport.h"
#include "dashboard/DashboardTab.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"
#include "settings/AppSettings.h"
#include "wizard/PortInSession.h"
#include "wizard/PortInWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace portdesk::ui {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_ui(std::make_unique<Ui::MainWindow>())
{
    // Only what the first paint shows is built here: the tabs and the wizard's first page. The
    // Connection tab, the status bar and the Orders view come after it (completeStartup()).
    m_ui->setupUi(this);
    // The banner must be impossible to miss: trainees must never believe a port is real.
    m_ui->trainingBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 10px; border-radius: 4px; }")
            .arg(alertColor().name()));
    m_ui->trainingBanner->setAccessibleName(tr("Training mode notice")); // its text: the description
    m_ui->trainingBanner->hide();
    m_ui->trainingBanner->setTextFormat(Qt::PlainText);

    connect(m_context, &AppContext::pollRoleChanged, this, [this] {
        completeStartup();
        m_connectionTab->showRegistry();
        showNextCheck();
    });
    connect(m_context, &AppContext::modeChanged, this, &MainWindow::onModeChanged);
    connect(m_context, &AppContext::sharedBudgetChanged, this, [this](bool shared, const QString &why) {
        if (!m_statusBudget)
            return;
        refreshBudget();
        statusBar()->showMessage(shared ? tr("Back on the team's shared request budget.") : why, 15'000);
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->ordersPage)
            ensureOrdersView();
        else if (m_ui->tabs->currentWidget() == m_ui->connectionPage)
            completeStartup();
    });
    new DashboardTab(m_context, m_ui->tabs, m_ui->dashboardPage); // built when first shown
    auto *newPortIn = new QAction(tr("New port-in"), this);
    newPortIn->setShortcut(QKeySequence::New);
    connect(newPortIn, &QAction::triggered, this, &MainWindow::newPortIn);
    addAction(newPortIn);
    // Tabs carry no Alt+letter: the wizard's pages and the orders view need every letter they
    // have (tst_mnemonics). Ctrl+1..4 switch tabs instead, as in browsers; the tab's tooltip says so.
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        auto *go = new QAction(this);
        go->setShortcut(keys);
        connect(go, &QAction::triggered, this, [this, i] {
            m_ui->tabs->setCurrentIndex(i);
            focusIntoCurrentTab();
        });
        addAction(go);
        m_ui->tabs->setTabToolTip(i, keys.toString(QKeySequence::NativeText));
    }
    attachWizard();
    // Queued: whoever starts the desk on the first paint goes first (the start needs the tab
    // anyway and builds it then); a window nobody starts builds it on the next turn.
    connect(this, &MainWindow::firstPainted, this, &MainWindow::completeStartup, Qt::QueuedConnection);
    // A window opened on a context that has already started gets what modeChanged would have given it.
    if (m_context->mode() != AppContext::Mode::Starting)
        onModeChanged();
}

void MainWindow::completeStartup()
{
    if (m_connectionTab)
        return;
    m_wizard->addLaterPages();
    m_connectionTab = new ConnectionTab(m_context, m_ui->connectionPage);
    m_ui->connectionPageLayout->addWidget(m_connectionTab);
    connect(m_connectionTab, &ConnectionTab::connectionChecked, this, &MainWindow::connectionChecked);
    connect(m_connectionTab, &ConnectionTab::credentialsRequested, this, [this] { editCredentials(); });
    m_statusMode = new QLabel(this);
    m_statusPoll = new QLabel(this);
    m_statusBudget = new QLabel(this);
    statusBar()->addWidget(m_statusMode, 1);
    statusBar()->addPermanentWidget(m_statusPoll);
    statusBar()->addPermanentWidget(m_statusBudget);
    wireConnection();
    // The window slides even when nothing is sent.
    m_budgetTimer = new QTimer(this);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::refreshBudget);
    m_budgetTimer->start(1000);
    refreshBudget();
    showMode();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_paintWatched) {
        m_paintWatched = true;
        qApp->installEventFilter(this); // only until the first paint: then it is removed
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        QWidget *page = m_ui->tabs->currentWidget();
        // The page counts once something inside it (its fields, the table) has painted.
        if (widget && page && page->isAncestorOf(widget) && widget->window() == this) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, &MainWindow::firstPainted); // once this paint is on screen
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onModeChanged()
{
    // A switch (credentials saved or forgotten) brings a new client, planner and order actions,
    // and from or to training a new registry: everything shown follows now, so banner, status
    // bar and tabs agree, and no view keeps what the old connection is about to delete.
    completeStartup();
    wireConnection();
    if (m_shownPlanner && m_shownPlanner != m_context->planner())
        dropOrdersView();
    m_wizard->setTraining(m_context->mode() == AppContext::Mode::Training);
    showMode();
    attachOrders();
    checkConnection();
    if (m_context->credentialsMissing()) // the keychain lost them: ask, do not just fall back
        QTimer::singleShot(0, this, [this] { editCredentials(); });
}

MainWindow::~MainWindow()
{
    // An import dialog closing with rows on their way records them (unknown outcome) in the
    // registry, whose signals reach the Orders view: that view must still be whole, so the
    // dialogs go first (its own teardown would delete them after its timers).
    qDeleteAll(findChildren<ImportCsvDialog *>());
}

void MainWindow::wireConnection()
{
    RequestScheduler *scheduler = m_context->client()->scheduler();
    if (scheduler != m_wiredScheduler) {
        if (m_wiredScheduler)
            m_wiredScheduler->disconnect(this);
        m_wiredScheduler = scheduler;
        connect(scheduler, &RequestScheduler::budgetChanged, this, &MainWindow::refreshBudget);
        connect(scheduler, &RequestScheduler::activityChanged, this, &MainWindow::refreshBudget);
        refreshBudget();
    }
    PollPlanner *planner = m_context->planner();
    if (planner != m_wiredPlanner) {
        if (m_wiredPlanner)
            m_wiredPlanner->disconnect(this);
        m_wiredPlanner = planner;
        connect(planner, &PollPlanner::nextCheckChanged, this, &MainWindow::showNextCheck);
    }
}

void MainWindow::dropOrdersView()
{
    delete m_tray;
    m_tray = nullptr;
    delete m_ordersError;
    m_ordersError = nullptr;
    m_ordersFailed = false;
    if (m_importOffer)
        m_importOffer->rearm(); // the new mode's unsent rows are offered once too
    m_shownPlanner = nullptr;
    if (!m_ordersView)
        return;
    OrdersView *old = std::exchange(m_ordersView, nullptr);
    m_ui->ordersLayout->removeWidget(old);
    old->hide();
    // A batch still sending records its rows where it started; its view goes with its dialog.
    for (ImportCsvDialog *dialog : old->findChildren<ImportCsvDialog *>()) {
        if (dialog->import()->isRunning()) {
            m_context->keepRetiredConnectionFor(dialog);
            connect(dialog, &QObject::destroyed, old, &QObject::deleteLater);
            return;
        }
    }
    old->deleteLater();
}

QString MainWindow::workOnItsWay() const
{
    QStringList what;
    if (m_context->portInSession() && m_context->portInSession()->submitState() == PortInSession::Submit::Sending)
        what << tr("A port-in is being sent to Telegent; closing now may leave its outcome unknown.");
    for (ImportCsvDialog *dialog : findChildren<ImportCsvDialog *>()) {
        if (dialog->import()->isRunning()) {
            what << tr(
                "A CSV import is sending its rows; the rows not sent yet are kept and offered at the next start.");
            break;
        }
    }
    return what.join(QLatin1Char('\n'));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QString work = workOnItsWay();
    if (!work.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Close PortDesk?"), work, QMessageBox::NoButton, this);
        QPushButton *close = box.addButton(tr("&Close anyway"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
        box.setDefaultButton(keep); // Enter alone never abandons a submit
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != close) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::focusIntoCurrentTab()
{
    // A tab reached by keyboard puts the cursor in its first control, as a person expects; left
    // to QTabWidget, the focus landed on the page itself (an unnamed stop for a screen reader).
    QWidget *page = m_ui->tabs->currentWidget();
    if (page == m_ui->wizardPage && m_wizard) {
        m_wizard->focusFirstField();
        return;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::showOrders()
{
    m_ui->tabs->setCurrentWidget(m_ui->ordersPage);
    ensureOrdersView();
}

void MainWindow::showOrder(const QString &orderId)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    showOrders();
    if (!m_ordersView)
        return; // the registry could not be opened: the tab says why
    if (!orderId.isEmpty())
        m_ordersView->selectOrder(orderId); // reveals the row if a filter or search hid it
    if (auto *table = m_ordersView->findChild<QWidget *>(QStringLiteral("table")))
        table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::editCredentials(bool refused)
{
    SettingsDialog dialog(m_context, this);
    if (refused)
        dialog.focusSecret(); // the address is rarely what is wrong
    dialog.exec();
}

void MainWindow::newPortIn()
{
    m_ui->tabs->setCurrentWidget(m_ui->wizardPage);
    if (!m_wizard)
        return;
    if (m_context->portInSession()->submitState() != PortInSession::Submit::Idle ||
        !m_context->portInSession()->hasData())
        m_wizard->startNew();
    m_wizard->focusFirstField();
}

void MainWindow::attachWizard()
{
    m_wizard = new PortInWizard(m_context->portInSession(), m_context->mode() == AppContext::Mode::Training,
                                m_ui->wizardPage, PortInWizard::Build::FirstPageFirst);
    m_wizard->setWindowFlags(Qt::Widget); // a page of the main window, not a dialog
    connect(m_wizard, &PortInWizard::credentialsRequested, this, [this] { editCredentials(true); });
    connect(m_wizard, &PortInWizard::showOrderRequested, this, &MainWindow::showOrder);
    m_ui->wizardLayout->addWidget(m_wizard);
    // The draft depends on the mode: the session brings it back once the mode is known (unless
    // the agent typed meanwhile), after this first paint - or before, for a desk already started.
    PortInSession *session = m_context->portInSession();
    connect(session, &PortInSession::draftRestored, m_wizard, &PortInWizard::announceRestoredDraft);
    session->restoreDraftOnConnect();
    if (session->isConnected() && !session->hasData() && session->restoreDraft())
        m_wizard->announceRestoredDraft();
    m_wizard->show();
}

void MainWindow::attachOrders()
{
    if (m_context->mode() != AppContext::Mode::Starting)
        m_shownPlanner = m_context->planner();
    if (!m_tray && m_context->registry()->isOpen()) {
        m_tray = new TrayNotifier(m_context->registry(), windowIcon(), this);
        connect(m_tray, &TrayNotifier::orderActivated, this, &MainWindow::showOrder);
        connect(m_tray, &TrayNotifier::ordersRequested, this, [this] { showOrder({}); });
    }
    showNextCheck();
    if (m_ui->tabs->currentWidget() == m_ui->ordersPage)
        ensureOrdersView();
    offerPendingImport();
}

QString MainWindow::importStorePath() const
{
    return PendingBatchStore::defaultPath(m_context->mode() == AppContext::Mode::Training);
}

void MainWindow::offerPendingImport()
{
    // Once per start, and only when the rows can be sent now (the registry records them).
    if (m_context->mode() == AppContext::Mode::Starting || !m_context->registry()->isOpen())
        return;
    if (!m_importOffer) {
        m_importOffer = new PendingImportOffer(this);
        connect(m_importOffer, &PendingImportOffer::resumeRequested, this, [this] {
            showOrders();
            if (m_ordersView)
                m_ordersView->resumePendingImport();
        });
    }
    m_importOffer->offerOnce(importStorePath());
}

void MainWindow::ensureOrdersView()
{
    // Built when first shown: the agent's wizard must not wait for the supervisor's table and chart.
    if (m_ordersView || m_ordersFailed || m_context->mode() == AppContext::Mode::Starting)
        return;
    if (!m_context->registry()->isOpen()) {
        auto *error = new QLabel(tr("The order registry could not be opened, so orders cannot be shown or "
                                    "recorded: %1")
                                     .arg(m_context->registryError()),
                                 m_ui->ordersPage);
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        m_ui->ordersLayout->addWidget(error);
        m_ordersError = error;
        m_ordersFailed = true;
        return;
    }
    m_ordersView = new OrdersView(m_context->registry(), m_context->planner(), m_context->actions(), m_context->clock(),
                                  m_ui->ordersPage);
    m_ui->ordersLayout->addWidget(m_ordersView);
    m_ordersView->enableImport(m_context->client(), m_context->userName(), importStorePath());
    connect(m_ordersView, &OrdersView::continuePortInRequested, this, &MainWindow::continuePortIn);
    m_ordersView->show();
}

void MainWindow::continuePortIn(const QString &awaitingId)
{
    if (!m_wizard)
        return;
    PortInSession *session = m_context->portInSession();
    if (session->hasData() && session->submitState() != PortInSession::Submit::Done &&
        session->resuming() != awaitingId &&
        QMessageBox::question(
            this, tr("Continue port-in"),
            tr("The port-in being typed in the wizard is not sent. Replace it with %1?").arg(awaitingId)) !=
            QMessageBox::Yes)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->wizardPage);
    QString error;
    if (!m_wizard->resume(awaitingId, &error))
        QMessageBox::warning(this, tr("Continue port-in"), error);
    m_wizard->focusFirstField();
}

void MainWindow::showNextCheck()
{
    if (m_context->pollRole() == AppContext::PollRole::TeamOtherDesk) {
        m_statusPoll->setText(tr("Status checks: another desk of the team"));
        return;
    }
    const qint64 at = m_context->planner()->nextCheckAtMs();
    if (at < 0)
        m_statusPoll->setText(tr("No open orders to check"));
    else if (at == 0 || at <= m_context->clock()->nowMs())
        m_statusPoll->setText(tr("Checking order status..."));
    else
        m_statusPoll->setText(tr("Next status check at %1")
                                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime().time(),
                                                          QLocale::ShortFormat)));
}

void MainWindow::showMode()
{
    const AppContext::Mode mode = m_context->mode();
    const bool training = mode == AppContext::Mode::Training;
    m_ui->trainingBanner->setVisible(training);
    const QString banner = tr("TRAINING MODE: every request goes to PortDesk's built-in Telegent simulator. No number "
                              "is ported and no carrier is contacted. %1")
                               .arg(m_context->modeReason());
    m_ui->trainingBanner->setText(banner);
    m_ui->trainingBanner->setAccessibleDescription(training ? banner : QString()); // what a screen reader reads
    switch (mode) {
    case AppContext::Mode::Starting:
        m_statusMode->setText(tr("Starting"));
        break;
    case AppContext::Mode::Training:
        m_statusMode->setText(tr("Training mode"));
        break;
    case AppContext::Mode::Live:
        m_statusMode->setText(tr("Live"));
        break;
    }
    m_connectionTab->showMode();
}

void MainWindow::checkConnection()
{
    completeStartup();
    m_connectionTab->checkConnection();
}

void MainWindow::refreshBudget()
{
    RequestScheduler *scheduler = m_context->client()->scheduler();
    m_connectionTab->showBudget();
    const int used = scheduler->usedInWindow();
    const QString problem = scheduler->sharedBudgetProblem();
    if (!problem.isEmpty()) {
        // Cut off from the team's budget: this desk keeps to its share, and says so.
        m_statusBudget->setText(
            tr("This desk alone: %1/%2 per min").arg(used).arg(scheduler->budget().interactiveLimit()));
        m_statusBudget->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(alertColor().name()));
    } else {
        m_statusBudget->setText(scheduler->usingSharedBudget()
                                    ? tr("Team: %1/%2 per min").arg(used).arg(scheduler->budget().perMinute())
                                    : tr("%1/%2 per min").arg(used).arg(scheduler->budget().perMinute()));
        m_statusBudget->setStyleSheet({});
    }
    m_statusBudget->setToolTip(problem);
    m_statusBudget->setAccessibleDescription(problem);
}

} // namespace portdesk::ui
