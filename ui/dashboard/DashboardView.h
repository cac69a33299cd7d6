#pragma once
#include <QWidget>

#include "models/TeamFigures.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace portdesk {
class Clock;
class OrderRegistry;
} // namespace portdesk

namespace portdesk::ui {

class AgeChart;
class ThroughputChart;

// The Dashboard tab: the team's numbers (TeamFigures) as labelled text and tables a screen reader
// reads, with charts beside them when the charts module loads (without it, the tables still show
// everything). Follows the registry (at most once a second) and the date; exports the figures as
// CSV.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(OrderRegistry *registry, Clock *clock, QWidget *parent = nullptr);

    const TeamFigures &figures() const { return m_figures; }
    // Recomputes and shows the figures now (the registry's signals do it a second later).
    void refresh();
    // Writes toCsv() to fileName (asked for when empty); says where it went, or why not.
    void exportCsv(const QString &fileName = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCharts(QWidget *host);
    void showFigures(const TeamFigures &f);
    void showMessage(const QString &text, bool error);
    // Re-checks the date at the next midnight (at most an hour away): the window moves with it.
    void watchTheDate();

    OrderRegistry *m_registry;
    Clock *m_clock;
    TeamFigures m_figures;
    QTimer *m_refreshTimer;
    QLabel *m_asOf;
    QLabel *m_open;
    QLabel *m_overdue;
    QLabel *m_needsAction;
    QLabel *m_median;
    QLabel *m_message;
    QPushButton *m_exportButton;
    QTableWidget *m_daysTable;
    QTableWidget *m_ageTable;
    QTableWidget *m_rejectionsTable;
    QTableWidget *m_agentsTable;
    ThroughputChart *m_throughputChart = nullptr;
    AgeChart *m_ageChart = nullptr;
    bool m_stale = false; // the registry changed while the view was hidden
};

} // namespace portdesk::ui
