#pragma once
#include <QWidget>

#include "domain/validation/FieldIssue.h"

class QLabel;

namespace portdesk::ui {

// The line under a field that says what is wrong with it: icon + text, and the same words as
// the field's accessible description so a screen reader says them too. Errors first, then
// warnings, then coaching hints.
class FieldFeedback : public QWidget
{
    Q_OBJECT
public:
    FieldFeedback(QWidget *editor, QWidget *parent = nullptr);
    void show(const FieldIssues &issues);
    QString text() const;
    FieldIssue::Severity severity() const { return m_severity; }

protected:
    // A wrapped message needs the height of all its lines, whatever layout the field sits in.
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_editor;
    QLabel *m_icon;
    QLabel *m_text;
    FieldIssue::Severity m_severity = FieldIssue::Severity::Hint;
};

} // namespace portdesk::ui
