#pragma once
#include <QColor>
#include <QPalette>

#include "domain/OrderStatus.h"

namespace portdesk::ui {

// The colour of a status group, readable on the current palette (light or dark).
QColor statusColor(StatusGroup group, const QPalette &palette);

} // namespace portdesk::ui
