#include "FieldFeedback.h"
#include "StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace portdesk::ui {

FieldFeedback::FieldFeedback(QWidget *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    // Beside its icon, not centred below it: the label can be taller than its lines (its minimum
    // height follows the longest message it has shown).
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText); // messages may quote the server: never render markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QWidget::hide();
}

void FieldFeedback::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = m_text->heightForWidth(m_text->width());
    if (needed > 0 && m_text->minimumHeight() != needed)
        m_text->setMinimumHeight(needed);
}

QString FieldFeedback::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void FieldFeedback::show(const FieldIssues &issues)
{
    const FieldIssue *top = nullptr;
    for (auto severity : {FieldIssue::Severity::Error, FieldIssue::Severity::Warning, FieldIssue::Severity::Hint}) {
        for (const FieldIssue &i : issues) {
            if (i.severity == severity && !top)
                top = &i;
        }
    }
    if (!top) {
        hide();
        m_editor->setAccessibleDescription(m_editor->property("defaultDescription").toString());
        return;
    }
    m_severity = top->severity;
    QStringList lines;
    for (const FieldIssue &i : issues) {
        if (i.severity == top->severity)
            lines << i.message;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    const QStyle::StandardPixmap pixmap = top->severity == FieldIssue::Severity::Error ? QStyle::SP_MessageBoxCritical
                                          : top->severity == FieldIssue::Severity::Warning
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    const StatusGroup colourOf = top->severity == FieldIssue::Severity::Error     ? StatusGroup::NeedsAction
                                 : top->severity == FieldIssue::Severity::Warning ? StatusGroup::Unknown
                                                                                  : StatusGroup::Open;
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, statusColor(colourOf, palette()));
    m_text->setPalette(p);
    m_text->setText(text);
    m_editor->setAccessibleDescription(text);
    QWidget::show();
}

} // namespace portdesk::ui
