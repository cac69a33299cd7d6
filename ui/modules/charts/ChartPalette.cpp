#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>

namespace portdesk::ui {

namespace {

void apply(QChartView *view)
{
    QChart *chart = view->chart();
    const QPalette &palette = view->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.25);
    chart->setTitleBrush(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(palette.color(QPalette::Highlight));
                set->setBorderColor(palette.color(QPalette::Highlight));
            }
        }
    }
}

class PaletteWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            apply(static_cast<QChartView *>(watched));
        return false;
    }
};

} // namespace

void followPalette(QChartView *view)
{
    apply(view);
    view->installEventFilter(new PaletteWatcher(view));
}

} // namespace portdesk::ui
