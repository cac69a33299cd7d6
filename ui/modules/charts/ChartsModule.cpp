#include "ChartsModule.h"
#include "OrdersAgeChart.h"

namespace portdesk::ui {

AgeChart *ChartsModule::createAgeChart(QWidget *parent) const
{
    return new OrdersAgeChart(parent);
}

} // namespace portdesk::ui
