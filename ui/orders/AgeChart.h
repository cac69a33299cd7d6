#pragma once
#include <QList>
#include <QtPlugin>

class QWidget;

namespace portdesk::ui {

// The Orders view's chart of open ports by business days open. It is drawn with Qt Charts, which
// (with OpenGL) lives in the "charts" module (ui/modules/charts), loaded with the Orders view
// after the first paint instead of at launch.
class AgeChart
{
public:
    virtual ~AgeChart() = default;
    // The chart's widget, owned by the parent it was created with.
    virtual QWidget *widget() = 0;
    // One count per bar: 0, 1, 2, 3, 4 and 5+ business days.
    virtual void setOpenByAge(const QList<int> &counts) = 0;
};

// The module's root object: makes charts.
class AgeChartFactory
{
public:
    virtual ~AgeChartFactory() = default;
    virtual AgeChart *createAgeChart(QWidget *parent) const = 0;
};

// Loads the module and fills host with a chart; when the module cannot be loaded, with a line
// saying so (the counts above the table still show) and nullptr.
AgeChart *addAgeChart(QWidget *host);

} // namespace portdesk::ui

#define PORTDESK_AGE_CHART_FACTORY_IID "io.portdesk.AgeChartFactory/1"
Q_DECLARE_INTERFACE(portdesk::ui::AgeChartFactory, PORTDESK_AGE_CHART_FACTORY_IID)
