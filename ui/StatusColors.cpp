#include "StatusColors.h"

namespace portdesk::ui {

namespace {
// `a` moved towards `b` by `share` (0..1), channel by channel.
QColor mixed(const QColor &a, const QColor &b, double share)
{
    const auto channel = [share](int x, int y) { return int(x + (y - x) * share + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}
} // namespace

QColor statusColor(StatusGroup group, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Each colour keeps WCAG AA contrast (4.5:1) on both Base and Window (tst_darkpalette).
    switch (group) {
    case StatusGroup::Open:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case StatusGroup::NeedsAction:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case StatusGroup::Completed:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x27, 0x6b, 0x2b);
    // Recedes, but stays legible: the palette's disabled text is too faint on many themes.
    case StatusGroup::Cancelled:
        return mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    case StatusGroup::Unknown:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x45, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor overdueColor(const QPalette &palette)
{
    // Deep orange: apart from the red of needs action, and AA (4.5:1) on Base and Window.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xab, 0x91) : QColor(0xbf, 0x36, 0x0c);
}

QColor alertColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace portdesk::ui
