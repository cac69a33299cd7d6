#include "SessionPage.h"
#include "FieldFeedback.h"
#include "PageWidgets.h"

#include "common/DisplayDates.h"
#include "domain/validation/FieldNames.h"
#include "wizard/TextConsentStep.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk::ui {

using namespace FieldName;

namespace {
// What each field is for, read by screen readers when nothing is wrong with it.
QString fieldHelp(const QString &field)
{
    static const QHash<QString, const char *> help = {
        {PortInNumber, QT_TRANSLATE_NOOP("SessionPage", "The customer's 10-digit US number, in any format.")},
        {TargetPortinClassification, QT_TRANSLATE_NOOP("SessionPage", "Mobile line or IoT device.")},
        {CurrentCarrierName, QT_TRANSLATE_NOOP("SessionPage", "The carrier the number leaves, as on the bill.")},
        {CurrentAccountNumber, QT_TRANSLATE_NOOP("SessionPage", "The account number on the current carrier's bill.")},
        {CurrentAccountPassword,
         QT_TRANSLATE_NOOP("SessionPage",
                           "The Number Transfer PIN, or the account passcode if the carrier has none. Never saved.")},
        {SubscriberName, QT_TRANSLATE_NOOP("SessionPage", "The name on the current carrier's account, exactly.")},
        {Street1, QT_TRANSLATE_NOOP("SessionPage", "Street address of the billing address. No PO box.")},
        {Street2, QT_TRANSLATE_NOOP("SessionPage", "Apartment, suite or unit, if any.")},
        {City, QT_TRANSLATE_NOOP("SessionPage", "City of the billing address.")},
        {State, QT_TRANSLATE_NOOP("SessionPage", "State or territory; type its two letters.")},
        {Zip, QT_TRANSLATE_NOOP("SessionPage", "5-digit ZIP code, or ZIP+4.")},
        {Iccid, QT_TRANSLATE_NOOP("SessionPage", "Optional: the 19 or 20 digits printed on the SIM card.")},
        {AccountHolder,
         QT_TRANSLATE_NOOP("SessionPage", "The person who holds the account at the current carrier. Taken from the "
                                          "subscriber name; change it if someone else holds the account.")},
        {AuthorizingPerson,
         QT_TRANSLATE_NOOP("SessionPage", "Optional: the person giving the authorization, when it is not the "
                                          "account holder (for example, an authorized user of a business account).")},
        {TextTo, QT_TRANSLATE_NOOP("SessionPage", "The mobile number the customer wants the texts about this port on: "
                                                  "the number being ported unless they give another.")},
    };
    return QCoreApplication::translate("SessionPage", help.value(field, ""));
}
} // namespace

SessionPage::SessionPage(PortInSession *session, PortInSession::Page page, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_page(page), m_draftBanner(makeBanner(this, QColor(0x8a, 0x5a, 0x00)))
{
    m_draftBanner->setAccessibleName(tr("Restored draft"));
    connect(session, &PortInSession::changed, this, &SessionPage::refresh);
    connect(session, &PortInSession::eligibilityChanged, this, &SessionPage::refresh);
}

std::pair<QLabel *, QWidget *> SessionPage::fieldParts(const QString &label, QWidget *editor, const QString &field)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(editor); // the label's mnemonic (Alt+letter) jumps to the field
    // trimmed(): French puts a no-break space before the colon.
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    editor->setProperty("defaultDescription", fieldHelp(field));
    editor->setAccessibleDescription(fieldHelp(field));
    auto *feedback = new FieldFeedback(editor, this);
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(feedback);
    m_editors.insert(field, editor);
    m_feedback.insert(field, feedback);
    return {title, cell};
}

void SessionPage::addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field)
{
    const auto [title, cell] = fieldParts(label, editor, field);
    form->addRow(title, cell);
}

std::pair<QLabel *, QWidget *> SessionPage::makeField(const QString &label, QLineEdit *editor, const QString &field)
{
    const auto parts = fieldParts(label, editor, field);
    followEdits(editor, field);
    return parts;
}

void SessionPage::followEdits(QLineEdit *editor, const QString &field)
{
    connect(editor, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { m_session->setValue(field, text); });
    connect(editor, &QLineEdit::editingFinished, this, [this, field] { m_session->touch(field); });
}

void SessionPage::addField(QFormLayout *form, const QString &label, QLineEdit *editor, const QString &field)
{
    addRow(form, label, editor, field);
    followEdits(editor, field);
}

void SessionPage::addField(QFormLayout *form, const QString &label, QComboBox *editor, const QString &field)
{
    addRow(form, label, editor, field);
    connect(editor, &QComboBox::activated, this, [this, editor, field] {
        m_session->setValue(field, editor->currentData().toString());
        m_session->touch(field); // a choice, not typing: nothing more is coming
    });
}

QString SessionPage::feedbackText(const QString &field) const
{
    const FieldFeedback *f = m_feedback.value(field);
    return f ? f->text() : QString();
}

void SessionPage::refresh()
{
    const FieldIssues all = m_session->issues(); // one validation for the whole page, not one per field
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = m_session->value(it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (edit->text() != value && !(edit->hasFocus() && !value.isEmpty()))
                edit->setText(value); // prefill, restore or reset - never under the agent's cursor
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            const int index = combo->findData(value);
            if (index != combo->currentIndex())
                combo->setCurrentIndex(index);
        }
        // Problems show once the field was left (or typing in it paused) or its page left, not
        // while the agent is still typing; coaching hints (the big carriers' transfer PIN) and
        // Telegent's eligibility answer show at once.
        FieldIssues shown = issuesFor(all, it.key());
        if (!m_session->isTouched(it.key()))
            shown.erase(std::remove_if(shown.begin(), shown.end(),
                                       [](const FieldIssue &i) {
                                           return i.severity != FieldIssue::Severity::Hint &&
                                                  !i.code.startsWith(QLatin1String("eligibility."));
                                       }),
                        shown.end());
        m_feedback.value(it.key())->show(shown);
    }
    updateComplete();
}

void SessionPage::updateComplete()
{
    const int complete = isComplete() ? 1 : 0;
    if (complete == m_lastComplete)
        return;
    m_lastComplete = complete;
    emit completeChanged();
}

bool SessionPage::isComplete() const
{
    return m_session->isPageComplete(m_page);
}

bool SessionPage::validatePage()
{
    m_session->touchPage(m_page);
    if (isComplete())
        return true;
    // Send the agent to the first field that blocks, with its message already under it.
    for (const QString &field : PortInSession::fieldsOf(m_page)) {
        if (hasErrors(m_session->issuesFor(field))) {
            m_editors.value(field)->setFocus();
            break;
        }
    }
    return false;
}

void SessionPage::initializePage()
{
    refresh();
}

void SessionPage::showRestoredDraft(qint64 savedAtMs)
{
    showNotice(savedAtMs > 0 ? tr("An unfinished port-in from %1 was restored. Ask the customer for the transfer "
                                  "PIN again: it is never saved.")
                                   .arg(mediumDateTime(QDateTime::fromMSecsSinceEpoch(savedAtMs).toLocalTime()))
                             : QString());
}

void SessionPage::showNotice(const QString &text)
{
    m_draftBanner->setText(text);
    m_draftBanner->setAccessibleDescription(text); // read, not only named
    m_draftBanner->setVisible(!text.isEmpty());
}

} // namespace portdesk::ui
