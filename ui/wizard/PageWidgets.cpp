#include "PageWidgets.h"

#include <QLabel>

namespace portdesk::ui {

QLabel *makeBanner(QWidget *parent, const QColor &background)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // banners quote the server
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 8px; border-radius: 4px; }")
                             .arg(background.name()));
    label->hide();
    return label;
}

QLabel *captionFor(QWidget *parent, const QString &text, QWidget *value)
{
    auto *caption = new QLabel(text, parent);
    caption->setBuddy(value);
    return caption;
}

} // namespace portdesk::ui
