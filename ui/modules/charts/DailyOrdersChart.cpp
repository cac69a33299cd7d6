#include "DailyOrdersChart.h"
#include "ChartPalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace portdesk::ui {

DailyOrdersChart::DailyOrdersChart(QWidget *parent)
    : QChartView(new QChart, parent), m_submitted(new QLineSeries), m_completed(new QLineSeries),
      m_days(new QCategoryAxis), m_counts(new QValueAxis)
{
    QChart *chart = this->chart();
    m_submitted->setName(tr("Submitted"));
    m_completed->setName(tr("Completed"));
    m_submitted->setPointsVisible(true);
    m_completed->setPointsVisible(true);
    chart->addSeries(m_submitted);
    chart->addSeries(m_completed);
    // A date under every fifth day: thirty dates do not fit under a dashboard's chart.
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTickType(QValueAxis::TicksDynamic); // whole ports only
    m_counts->setTickAnchor(0);
    m_counts->setTickInterval(1);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_days->setLabelsFont(small);
    m_counts->setLabelsFont(small);
    chart->setTitleFont(small);
    chart->legend()->setFont(small);
    chart->setTitle(tr("Port-ins per business day"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    for (QLineSeries *series : {m_submitted, m_completed}) {
        series->attachAxis(m_days);
        series->attachAxis(m_counts);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(0, 0, 30, 0)); // the last day's date is centred on its point
    chart->setBackgroundVisible(false);
    setRenderHint(QPainter::Antialiasing);
    followPalette(this); // readable on dark themes too; completed dashed, not only another colour
    setAccessibleName(tr("Port-ins submitted and completed per business day"));
    setFocusPolicy(Qt::NoFocus); // a QGraphicsView would keep Tab for itself
}

void DailyOrdersChart::setDays(const QStringList &labels, const QList<int> &submitted, const QList<int> &completed)
{
    m_submitted->clear();
    m_completed->clear();
    for (const QString &label : m_days->categoriesLabels())
        m_days->remove(label);
    int top = 1;
    const qsizetype n = std::min({labels.size(), submitted.size(), completed.size()});
    for (qsizetype i = 0; i < n; ++i) {
        m_submitted->append(double(i), submitted.at(i));
        m_completed->append(double(i), completed.at(i));
        top = std::max({top, submitted.at(i), completed.at(i)});
        if ((n - 1 - i) % 5 == 0) // the last day always has its date
            m_days->append(labels.at(i), double(i));
    }
    m_days->setStartValue(-0.5);
    m_days->setRange(-0.5, std::max<double>(0.5, double(n) - 0.5));
    m_counts->setRange(0, top);
    m_counts->setTickInterval(std::max(1, (top + 3) / 4));
}

} // namespace portdesk::ui
