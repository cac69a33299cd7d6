#include "OrdersAgeChart.h"
#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace portdesk::ui {

OrdersAgeChart::OrdersAgeChart(QWidget *parent)
    : QChartView(new QChart, parent), m_ageSet(new QBarSet(tr("Open ports"))), m_ageAxis(new QValueAxis)
{
    QChart *chart = this->chart();
    *m_ageSet << 0 << 0 << 0 << 0 << 0 << 0;
    auto *series = new QBarSeries;
    series->append(m_ageSet);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                   QStringLiteral("4"), QStringLiteral("5+")});
    m_ageAxis->setLabelFormat(QStringLiteral("%d"));
    m_ageAxis->setTickType(QValueAxis::TicksDynamic); // whole ports only: 0, 1, 2... never 0.5
    m_ageAxis->setTickAnchor(0);
    m_ageAxis->setTickInterval(1);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    axisX->setLabelsFont(small);
    m_ageAxis->setLabelsFont(small);
    chart->setTitleFont(small);
    chart->setTitle(tr("Open ports by business days open"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(m_ageAxis, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(m_ageAxis);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundVisible(false);
    setRenderHint(QPainter::Antialiasing);
    followPalette(this); // readable on dark themes too
    setAccessibleName(tr("Open ports by age in business days"));
    // A QGraphicsView keeps Tab for its own items: focused, the chart trapped the keyboard (found
    // by the desktop tier). Its figures are in the filter buttons and the oldest-port line.
    setFocusPolicy(Qt::NoFocus);
}

void OrdersAgeChart::setOpenByAge(const QList<int> &counts)
{
    int top = 1;
    for (int i = 0; i < counts.size(); ++i) {
        m_ageSet->replace(i, counts.at(i));
        top = std::max(top, counts.at(i));
    }
    m_ageAxis->setRange(0, top);
    m_ageAxis->setTickInterval(std::max(1, (top + 3) / 4));
}

} // namespace portdesk::ui
