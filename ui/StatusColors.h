#pragma once
#include <QColor>
#include <QPalette>

#include "domain/OrderStatus.h"

namespace portdesk::ui {

// The colour of a status group, readable on the current palette (light or dark).
QColor statusColor(StatusGroup group, const QPalette &palette);

// An open port past its due date, as text: readable on the current palette (light or dark).
QColor overdueColor(const QPalette &palette);

// The red of what must not be missed: errors and the training-mode banner, as the background of
// white text (6.5:1) on every palette, or as text on a light one.
QColor alertColor();

} // namespace portdesk::ui
