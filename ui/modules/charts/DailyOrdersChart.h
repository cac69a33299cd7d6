#pragma once
#include "dashboard/ThroughputChart.h"

#include <QChartView>

QT_FORWARD_DECLARE_CLASS(QCategoryAxis)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

namespace portdesk::ui {

// The Dashboard's chart: port-ins submitted (solid) and completed (dashed) per business day,
// so a drop in completions shows beside the submits. Follows the palette; takes no keyboard
// focus (its figures are in the table beside it).
class DailyOrdersChart : public QChartView, public ThroughputChart
{
    Q_OBJECT
public:
    explicit DailyOrdersChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    void setDays(const QStringList &labels, const QList<int> &submitted, const QList<int> &completed) override;

private:
    QLineSeries *m_submitted;
    QLineSeries *m_completed;
    QCategoryAxis *m_days;
    QValueAxis *m_counts;
};

} // namespace portdesk::ui
