#pragma once
#include "orders/AgeChart.h"

#include <QChartView>
#include <QList>

QT_FORWARD_DECLARE_CLASS(QBarSet)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

namespace portdesk::ui {

// The Orders view's chart: open ports by business days open (0 to 5+), so a stuck port stands
// out before the customer calls. Follows the palette; takes no keyboard focus.
class OrdersAgeChart : public QChartView, public AgeChart
{
    Q_OBJECT
public:
    explicit OrdersAgeChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    void setOpenByAge(const QList<int> &counts) override;

private:
    QBarSet *m_ageSet;
    QValueAxis *m_ageAxis;
};

} // namespace portdesk::ui
