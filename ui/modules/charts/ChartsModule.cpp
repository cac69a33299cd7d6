#include "ChartsModule.h"
#include "DailyOrdersChart.h"
#include "OrdersAgeChart.h"

namespace portdesk::ui {

AgeChart *ChartsModule::createAgeChart(QWidget *parent) const
{
    return new OrdersAgeChart(parent);
}

ThroughputChart *ChartsModule::createThroughputChart(QWidget *parent) const
{
    return new DailyOrdersChart(parent);
}

} // namespace portdesk::ui
