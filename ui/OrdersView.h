#pragma once
#include <QWidget>
#include <memory>

class QButtonGroup;
class QTimer;

namespace QtCharts {}
QT_FORWARD_DECLARE_CLASS(QBarSet)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

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
struct ApiError;
}

namespace portdesk::ui {

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
    QString selectedOrderId() const;
    void selectOrder(const QString &orderId);

    void refreshSelected();
    void updateSelected();
    void cancelSelected();
    void showHistory();
    void exportCsv(const QString &fileName = {});
    void trackExisting();
    void resolveUnknownSelected();

private:
    void refreshSummary();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void onActionFinished(const QString &orderId, const ApiError &error);

    OrderRegistry *m_registry;
    PollPlanner *m_planner;
    OrderActions *m_actions;
    Clock *m_clock;
    std::unique_ptr<Ui::OrdersView> m_ui;
    OrdersModel *m_model;
    OrdersFilterModel *m_proxy;
    QButtonGroup *m_groups;
    QBarSet *m_ageSet = nullptr;
    QValueAxis *m_ageAxis = nullptr;
    QTimer *m_summaryTimer;
    QTimer *m_clockTimer;
    QString m_pendingCancel;
    QString m_userName;
};

} // namespace portdesk::ui
