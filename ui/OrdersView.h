#pragma once
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>
#include <memory>

class QButtonGroup;
class QTimer;

namespace Ui {
class OrdersView;
}

namespace portdesk {
class Clock;
class OrderActions;
class OrderRegistry;
class OrdersFilterModel;
class OrdersModel;
class PollPlanner;
class TelegentClient;
struct ApiError;
struct Authorization;
struct OrderRecord;
} // namespace portdesk

namespace portdesk::ui {

class ImportCsvDialog;
class AgeChart;
class OrderDetailPane;

// The supervisor's live table of every order: summary counts (each a filter), the oldest open
// port, a chart of open ports by age, search, and the actions on the selected order.
class OrdersView : public QWidget
{
    Q_OBJECT
public:
    OrdersView(OrderRegistry *registry, PollPlanner *planner, OrderActions *actions, Clock *clock,
               QWidget *parent = nullptr);
    ~OrdersView() override;

    OrdersModel *model() const { return m_model; }
    OrdersFilterModel *proxy() const { return m_proxy; }
    // The order the single-order actions act on: the current row when it alone is selected.
    QString selectedOrderId() const;
    // Every selected order, in table order (the bulk actions: refresh, cancel, copy, export).
    QStringList selectedOrderIds() const;
    // Makes the order current and selected, showing it whatever filter or search hid it.
    void selectOrder(const QString &orderId);
    // Needs me first: the default order of the table (a header click sorts by its column).
    void showUrgencyOrder();

    void refreshSelected();
    void copySelected();
    void updateSelected();
    void cancelSelected();
    void showHistory();
    void exportCsv(const QString &fileName = {});
    void trackExisting();
    void resolveUnknownSelected();
    // The port-ins awaiting authorization: the signed LOA attached (a file: empty asks for it),
    // its arrival recorded by reference, or the port-in withdrawn.
    void attachLoaSelected(const QString &fileName = {});
    void loaReceivedSelected();
    void withdrawSelected();

    // "Import CSV...": shown once the view knows the client to send with; offers the rows an
    // earlier import left unsent (storePath: where BulkImport keeps them).
    void enableImport(TelegentClient *client, const QString &who, const QString &storePath = {});
    // The import dialog (opened, or the one already open); resumePendingImport() opens it on
    // the rows left unsent, discardPendingImport() forgets them.
    ImportCsvDialog *openImport();
    // The Import button: asks first when rows of an earlier import are still unsent.
    void startImport();
    ImportCsvDialog *resumePendingImport();
    void discardPendingImport();
    // Shows or hides "N rows of FILE were not sent - Resume / Discard".
    void refreshPendingImportOffer();

signals:
    // "Continue port-in": the wizard takes the port-in whose signed LOA came back.
    void continuePortInRequested(const QString &awaitingId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshSummary();
    void updateActions();
    void showMessage(const QString &text, bool error);
    // How a status line names an order: its number, formatted; its OrderId when it has none.
    QString spokenName(const QString &orderId) const;
    void onActionFinished(const QString &orderId, const ApiError &error);
    // The pane tells the story of the one selected order, or how many are selected.
    void showInPane(const QStringList &ids);
    // Of these, the orders still open at Telegent (what refresh and cancel can act on).
    QStringList liveOrders(const QStringList &ids) const;
    // The signed copy of a waiting port-in came back (a file's content, or none for a reference).
    void recordSignedLoa(const OrderRecord &waiting, Authorization received, const QByteArray &content);

    OrderRegistry *m_registry;
    PollPlanner *m_planner;
    OrderActions *m_actions;
    Clock *m_clock;
    std::unique_ptr<Ui::OrdersView> m_ui;
    OrdersModel *m_model;
    OrdersFilterModel *m_proxy;
    QButtonGroup *m_groups;
    AgeChart *m_ageChart = nullptr;
    OrderDetailPane *m_pane = nullptr;
    bool m_splitterPlaced = false; // the pane's width: remembered, or set at the first show
    QString m_paneShows;           // the order id shown, "#count" for a multi-selection, or empty
    QTimer *m_summaryTimer;
    QTimer *m_clockTimer;
    TelegentClient *m_client = nullptr;
    QString m_importWho;
    QString m_importStore;
    QPointer<ImportCsvDialog> m_importDialog;
    QSet<QString> m_pendingCancels; // sent, answer awaited
    QStringList m_cancelFailures;
    int m_cancelCount = 0;
};

} // namespace portdesk::ui
