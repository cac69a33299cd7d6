#pragma once
#include <QList>
#include <QStringList>
#include <QtPlugin>

class QWidget;

namespace portdesk::ui {

// The Dashboard's chart of port-ins submitted and completed per business day. Drawn with Qt
// Charts in the "charts" module (ui/modules/charts), loaded when the Dashboard is first shown,
// like the Orders view's age chart (orders/AgeChart.h).
class ThroughputChart
{
public:
    virtual ~ThroughputChart() = default;
    // The chart's widget, owned by the parent it was created with.
    virtual QWidget *widget() = 0;
    // One entry per business day, oldest first: its label, the port-ins submitted and completed.
    virtual void setDays(const QStringList &labels, const QList<int> &submitted, const QList<int> &completed) = 0;
};

// Also implemented by the module's root object.
class ThroughputChartFactory
{
public:
    virtual ~ThroughputChartFactory() = default;
    virtual ThroughputChart *createThroughputChart(QWidget *parent) const = 0;
};

} // namespace portdesk::ui

#define PORTDESK_THROUGHPUT_CHART_FACTORY_IID "io.portdesk.ThroughputChartFactory/1"
Q_DECLARE_INTERFACE(portdesk::ui::ThroughputChartFactory, PORTDESK_THROUGHPUT_CHART_FACTORY_IID)
