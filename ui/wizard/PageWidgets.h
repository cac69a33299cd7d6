#pragma once
#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace portdesk::ui {

// The pieces more than one wizard page builds the same way.

// A hidden, word-wrapped banner: white plain text on `background` (banners quote the server).
QLabel *makeBanner(QWidget *parent, const QColor &background);

// The caption of a read-only value: its buddy is the value, so a screen reader that meets the
// value hears what it is (AT-SPI "labelled by").
QLabel *captionFor(QWidget *parent, const QString &text, QWidget *value);

} // namespace portdesk::ui
