#pragma once
#include "dashboard/ThroughputChart.h"
#include "orders/AgeChart.h"

#include <QObject>

namespace portdesk::ui {

// The "charts" module's root object. Qt Charts and the OpenGL libraries it pulls in cost a bare
// window's start-up a tenth again: the programs do not link them, the Orders view and the
// Dashboard load this (qobject_cast to the factory they need).
class ChartsModule : public QObject, public AgeChartFactory, public ThroughputChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PORTDESK_AGE_CHART_FACTORY_IID)
    Q_INTERFACES(portdesk::ui::AgeChartFactory portdesk::ui::ThroughputChartFactory)
public:
    AgeChart *createAgeChart(QWidget *parent) const override;
    ThroughputChart *createThroughputChart(QWidget *parent) const override;
};

} // namespace portdesk::ui
