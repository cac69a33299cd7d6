#include "StatusColors.h"

namespace portdesk::ui {

QColor statusColor(StatusGroup group, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (group) {
    case StatusGroup::Open: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case StatusGroup::NeedsAction: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case StatusGroup::Completed: return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case StatusGroup::Cancelled: return palette.color(QPalette::Disabled, QPalette::Text);
    case StatusGroup::Unknown: return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb3, 0x50, 0x00);
    }
    return palette.color(QPalette::Text);
}

} // namespace portdesk::ui
