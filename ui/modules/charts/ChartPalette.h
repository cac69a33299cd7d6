#pragma once

class QChartView;

namespace portdesk::ui {

// Qt Charts draws with its own light theme; this makes a chart's title, axis labels, grid and
// bars follow the view's palette (dark themes included), now and whenever the palette changes.
void followPalette(QChartView *view);

} // namespace portdesk::ui
