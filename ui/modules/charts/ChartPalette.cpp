#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QXYSeries>

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
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    int lines = 0;
    for (QAbstractSeries *series : chart->series()) {
        // Lines: the first in the highlight colour, the others in the text colour and dashed, so
        // they differ by more than colour.
        if (auto *line = qobject_cast<QXYSeries *>(series)) {
            QPen pen(lines++ == 0 ? palette.color(QPalette::Highlight) : text, 2);
            if (lines > 1)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            continue;
        }
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
