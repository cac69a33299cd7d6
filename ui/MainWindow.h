#pragma once
#include <QMainWindow>
#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace portdesk {
class AppContext;
}

namespace portdesk::ui {

class OrdersView;
class PortInWizard;
class TrayNotifier;

// The desk's main window. For now it shows whether PortDesk talks to the real Telegent API or
// to the training simulator, whether the connection works, and how much of the account's
// per-minute request budget is in use.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void checkConnection();
    OrdersView *ordersView() const { return m_ordersView; } // null until the Orders tab was shown
    PortInWizard *wizard() const { return m_wizard; }
    // Ctrl+N: the wizard, on a fresh port-in unless one is being typed.
    void newPortIn();
    void editCredentials();
    // Brings the orders view to the front (e.g. --show orders).
    void showOrders();
    // The widget the user sees first on the current tab (for first-paint measurements).
    QWidget *currentTabWidget() const;

signals:
    // A connection check finished (either way); the state line says how it went.
    void connectionChecked(bool connected);

private:
    void onModeChanged(); // the context started (or changed mode): fill the window for it
    void showMode();
    void refreshBudget();
    void attachOrders();
    void ensureOrdersView();
    void showNextCheck();
    void showRegistry();
    // "N rows of FILE were not sent": Resume / Later, at start (bulk import, issue 6).
    void offerPendingImport();
    QString importStorePath() const;

    AppContext *m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_statusMode;
    QLabel *m_statusBudget;
    QLabel *m_statusPoll;
    OrdersView *m_ordersView = nullptr;
    bool m_ordersFailed = false;
    bool m_importOffered = false;
    PortInWizard *m_wizard = nullptr;
    TrayNotifier *m_tray = nullptr;
    QTimer *m_budgetTimer;
};

} // namespace portdesk::ui
