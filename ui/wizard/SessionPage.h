#pragma once
#include <QHash>
#include <QWizardPage>
#include <utility>

#include "wizard/PortInSession.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace portdesk::ui {

class FieldFeedback;

// A wizard page over the port-in session: each field is an editor, its feedback line under it,
// and the session's value; the page is complete when the session says so. The base of every page
// but the result.
class SessionPage : public QWizardPage
{
    Q_OBJECT
public:
    SessionPage(PortInSession *session, PortInSession::Page page, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    // The session's name for this page: the wizard maps its own page ids through it.
    PortInSession::Page sessionPage() const { return m_page; }
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    // "An unfinished port-in was restored: ask for the PIN again", on whichever page the restored
    // draft opens (0 hides it). Pages with fields put the banner at their top.
    void showRestoredDraft(qint64 savedAtMs);
    // Any other word for the agent in that banner (empty hides it).
    void showNotice(const QString &text);
    QString feedbackText(const QString &field) const;

protected:
    // Adds "label / editor / feedback" rows; the label's mnemonic focuses the editor.
    void addField(QFormLayout *form, const QString &label, QLineEdit *editor, const QString &field);
    void addField(QFormLayout *form, const QString &label, QComboBox *editor, const QString &field);
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field);
    // A text field for a layout of the page's own (a grid): its caption, whose mnemonic focuses
    // it, and the editor with its feedback line under it, to place; wired like addField's.
    std::pair<QLabel *, QWidget *> makeField(const QString &label, QLineEdit *editor, const QString &field);
    virtual void refresh();
    // Tells the wizard only when completeness flips: each completeChanged() makes QWizard hide
    // and show its whole content, which a screen reader hears as every widget vanishing.
    void updateComplete();

    PortInSession *m_session;
    PortInSession::Page m_page;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldFeedback *> m_feedback;
    QLabel *m_draftBanner;

private:
    std::pair<QLabel *, QWidget *> fieldParts(const QString &label, QWidget *editor, const QString &field);
    void followEdits(QLineEdit *editor, const QString &field);

    int m_lastComplete = -1; // unknown until first told
};

} // namespace portdesk::ui
