#pragma once
#include <QObject>
#include <QPointer>

class QLabel;
class QTabWidget;
class QWidget;

namespace portdesk {
class AppContext;
class OrderRegistry;
} // namespace portdesk

namespace portdesk::ui {

class DashboardView;

// Keeps the main window's Dashboard page filled: the view is built when the page is first shown
// (the agent's wizard must not wait for the supervisor's figures and charts), and built again
// on the new registry when the desk switches between training and live.
class DashboardTab : public QObject
{
    Q_OBJECT
public:
    DashboardTab(AppContext *context, QTabWidget *tabs, QWidget *page);

private:
    void ensureView();

    AppContext *m_context;
    QTabWidget *m_tabs;
    QWidget *m_page;
    QPointer<DashboardView> m_view;
    QPointer<QLabel> m_error;
    QPointer<OrderRegistry> m_shownRegistry;
};

} // namespace portdesk::ui
