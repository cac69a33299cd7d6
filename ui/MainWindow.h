#pragma once
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace portdesk {
class AppContext;
class PollPlanner;
class RequestScheduler;
} // namespace portdesk

namespace portdesk::ui {

class ConnectionTab;
class OrdersView;
class PendingImportOffer;
class PortInWizard;
class TrayNotifier;

// The desk's main window: the port-in wizard, the Orders view, the Dashboard and the Connection tab (training or
// live, whether the connection works, how much of the account's per-minute budget is in use).
// When the desk switches connection (credentials saved or forgotten) every part follows at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void checkConnection();
    OrdersView *ordersView() const { return m_ordersView; } // null until the Orders tab was shown
    PortInWizard *wizard() const { return m_wizard; }
    // The orders view's "Continue port-in": the wizard takes the port-in whose LOA came back.
    void continuePortIn(const QString &awaitingId);
    // Ctrl+N: the wizard, on a fresh port-in unless one is being typed.
    void newPortIn();
    // The settings; opened because Telegent refused the credentials, with the cursor in the secret.
    void editCredentials(bool refused = false);
    // Brings the orders view to the front (e.g. --show orders).
    void showOrders();
    // A tray notice or the wizard's duplicate-number error was clicked: the window to the front,
    // on the Orders tab with that order current and the table focused (empty: no order chosen).
    void showOrder(const QString &orderId);
    // Builds what the first paint does not show: the Connection tab and the status bar. Runs
    // after the first paint, or as soon as something needs them (the desk started, the
    // Connection tab was opened); once.
    void completeStartup();

signals:
    // The current tab's page has been painted for the first time: the time to start the rest.
    void firstPainted();
    // A connection check finished (either way); the state line says how it went.
    void connectionChecked(bool connected);

protected:
    // A port-in or a CSV batch on its way: ask before closing (default: keep the window).
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Follows the context's current client and planner (they change when the desk switches).
    void wireConnection();
    // The Orders view and tray of a connection the desk no longer uses; a CSV batch still
    // sending keeps its (hidden) view until it is done.
    void dropOrdersView();
    // Whether something is still on its way to Telegent, in words for the close question.
    QString workOnItsWay() const;
    void onModeChanged(); // the context started (or changed mode): fill the window for it
    void focusIntoCurrentTab();
    void showMode();
    void refreshBudget();
    void attachWizard();
    void attachOrders();
    void ensureOrdersView();
    void showNextCheck();
    // "N rows of FILE were not sent": Resume / Later, at start (bulk import, issue 6).
    void offerPendingImport();
    QString importStorePath() const;

    AppContext *m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionTab *m_connectionTab = nullptr;
    QLabel *m_statusMode = nullptr;
    QLabel *m_statusBudget = nullptr;
    QLabel *m_statusPoll = nullptr;
    bool m_paintWatched = false; // the first-paint filter was installed (it removes itself)
    OrdersView *m_ordersView = nullptr;
    bool m_ordersFailed = false;
    PendingImportOffer *m_importOffer = nullptr; // built when the rows could first be offered
    PortInWizard *m_wizard = nullptr;
    TrayNotifier *m_tray = nullptr;
    QLabel *m_ordersError = nullptr;
    QTimer *m_budgetTimer = nullptr;
    QPointer<RequestScheduler> m_wiredScheduler;
    QPointer<PollPlanner> m_wiredPlanner;
    PollPlanner *m_shownPlanner = nullptr; // the connection the Orders view and tray were built on
};

} // namespace portdesk::ui
