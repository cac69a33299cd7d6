#include "WizardPages.h"
#include "FieldFeedback.h"
#include "StatusColors.h"

#include "domain/AsYouTypeNumber.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/NumberRules.h"
#include "domain/validation/Carriers.h"
#include "domain/validation/FieldNames.h"
#include "domain/validation/UsStates.h"
#include "models/OrdersModel.h"

#include <QApplication>
#include <QHash>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk::ui {

using namespace FieldName;

namespace {
QLabel *banner(QWidget *parent, const char *background)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // banners quote the server
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 8px; border-radius: 4px; }")
                             .arg(QLatin1String(background)));
    label->hide();
    return label;
}
// The caption of a read-only value: its buddy is the value, so a screen reader that meets the
// value hears what it is (AT-SPI "labelled by").
QLabel *captionFor(QWidget *parent, const QString &text, QWidget *value)
{
    auto *caption = new QLabel(text, parent);
    caption->setBuddy(value);
    return caption;
}

// What each field is for, read by screen readers when nothing is wrong with it.
QString fieldHelp(const QString &field)
{
    static const QHash<QString, const char *> help = {
        {PortInNumber, QT_TRANSLATE_NOOP("SessionPage", "The customer's 10-digit US number, in any format.")},
        {TargetPortinClassification, QT_TRANSLATE_NOOP("SessionPage", "Mobile line or IoT device.")},
        {CurrentCarrierName, QT_TRANSLATE_NOOP("SessionPage", "The carrier the number leaves, as on the bill.")},
        {CurrentAccountNumber, QT_TRANSLATE_NOOP("SessionPage", "The account number on the current carrier's bill.")},
        {CurrentAccountPassword, QT_TRANSLATE_NOOP("SessionPage", "The account or number transfer PIN. Never saved.")},
        {SubscriberName, QT_TRANSLATE_NOOP("SessionPage", "The name on the current carrier's account, exactly.")},
        {Street1, QT_TRANSLATE_NOOP("SessionPage", "Street address of the billing address. No PO box.")},
        {Street2, QT_TRANSLATE_NOOP("SessionPage", "Apartment, suite or unit, if any.")},
        {City, QT_TRANSLATE_NOOP("SessionPage", "City of the billing address.")},
        {State, QT_TRANSLATE_NOOP("SessionPage", "State or territory; type its two letters.")},
        {Zip, QT_TRANSLATE_NOOP("SessionPage", "5-digit ZIP code, or ZIP+4.")},
        {Iccid, QT_TRANSLATE_NOOP("SessionPage", "Optional: the 19 or 20 digits printed on the SIM card.")},
    };
    return QCoreApplication::translate("SessionPage", help.value(field, ""));
}

} // namespace

// --- SessionPage ---

SessionPage::SessionPage(PortInSession *session, PortInSession::Page page, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_page(page), m_draftBanner(banner(this, "#8a5a00"))
{
    m_draftBanner->setAccessibleName(tr("Restored draft"));
    connect(session, &PortInSession::changed, this, &SessionPage::refresh);
    connect(session, &PortInSession::eligibilityChanged, this, &SessionPage::refresh);
}

void SessionPage::addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(editor); // the label's mnemonic (Alt+letter) jumps to the field
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    editor->setProperty("defaultDescription", fieldHelp(field));
    editor->setAccessibleDescription(fieldHelp(field));
    auto *feedback = new FieldFeedback(editor, this);
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(feedback);
    form->addRow(title, cell);
    m_editors.insert(field, editor);
    m_feedback.insert(field, feedback);
}

void SessionPage::addField(QFormLayout *form, const QString &label, QLineEdit *editor, const QString &field)
{
    addRow(form, label, editor, field);
    connect(editor, &QLineEdit::textEdited, this, [this, field](const QString &text) { m_session->setValue(field, text); });
    connect(editor, &QLineEdit::editingFinished, this, [this, field] { m_session->touch(field); });
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
                                           return i.severity != FieldIssue::Severity::Hint
                                                  && !i.code.startsWith(QLatin1String("eligibility."));
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

// --- NumberPage ---

NumberPage::NumberPage(PortInSession *session, bool training, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Number, parent),
      m_number(new QLineEdit(this)),
      m_classification(new QComboBox(this)),
      m_eligibility(new QLabel(this)),
      m_trainingHelp(new QLabel(tr("Training: numbers ending in 0000 are not eligible, 0008 / 0006 / 0009 / 0007 "
                                   "are rejected by the carrier later. The Connection tab lists every scenario."), this)),
      m_credentials(new QPushButton(tr("Check the cr&edentials..."), this))
{
    setTitle(tr("Number to port"));
    setSubTitle(tr("Type or paste the customer's number. Its eligibility is checked as soon as it is complete."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_number->setPlaceholderText(tr("(801) 555-2345"));
    addRow(form, tr("&Phone number:"), m_number, PortInNumber);
    m_editors.insert(PortInNumber, m_number);
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString formatted = formatAsYouType(text);
        if (formatted != text && m_number->cursorPosition() == text.size())
            m_number->setText(formatted); // formatted as typed, only when typing at the end
        m_session->setValue(PortInNumber, m_number->text(),
                            m_number->cursorPosition() == m_number->text().size() ? PortInSession::Cursor::AtEnd
                                                                                   : PortInSession::Cursor::Inside);
    });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { m_session->touch(PortInNumber); });
    m_form = form;
    m_classification->addItem(tr("Mobile line (MVNO)"), Classification::Mvno);
    m_classification->addItem(tr("IoT device"), Classification::Iot);
    addField(form, tr("&Classification:"), m_classification, TargetPortinClassification);
    m_eligibility->setWordWrap(true);
    m_eligibility->setTextFormat(Qt::PlainText);
    m_eligibility->setAccessibleName(tr("Eligibility"));
    form->addRow(captionFor(this, tr("Eligibility:"), m_eligibility), m_eligibility);
    form->setRowVisible(m_eligibility, false); // until there is something to say
    // Refused credentials: the way to correct them, right under the sentence that says so.
    m_credentials->setAutoDefault(false);
    m_credentials->hide();
    connect(m_credentials, &QPushButton::clicked, this, &NumberPage::credentialsRequested);
    form->addRow(QString(), m_credentials);
    m_trainingHelp->setWordWrap(true);
    layout->addWidget(m_trainingHelp);
    setTraining(training);
    layout->addStretch();
}

void NumberPage::setTraining(bool training)
{
    m_trainingHelp->setVisible(training);
}

void SessionPage::showRestoredDraft(qint64 savedAtMs)
{
    m_draftBanner->setText(tr("An unfinished port-in from %1 was restored. Ask the customer for the account PIN "
                              "again: it is never saved.")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(savedAtMs).toLocalTime(), QLocale::ShortFormat)));
    m_draftBanner->setAccessibleDescription(m_draftBanner->text()); // read, not only named
    m_draftBanner->setVisible(savedAtMs > 0);
}

void NumberPage::refresh()
{
    SessionPage::refresh();
    using E = PortInSession::Eligibility;
    const E e = m_session->eligibility();
    // Until the field's own problems may show, the line under it says how far the typing is.
    const QString number = m_session->value(PortInNumber);
    const QString progress = portInNumberProgress(number);
    if (!m_session->isTouched(PortInNumber) && !progress.isEmpty())
        m_feedback.value(PortInNumber)->show({{FieldIssue::Severity::Hint, PortInNumber, QStringLiteral("number.progress"), progress}});
    // "Not eligible" and "could not check" are told under the number, where the agent acts on
    // them: the eligibility row shows only the pending check and the good answer.
    const bool atTheField = e == E::NotEligible || e == E::Unreachable;
    const QString text = atTheField ? QString() : m_session->eligibilityText();
    m_eligibility->setText(text);
    m_eligibility->setAccessibleDescription(text);
    m_form->setRowVisible(m_eligibility, !text.isEmpty());
    m_credentials->setVisible(e == E::Refused);
    QPalette p = m_eligibility->palette();
    p.setColor(QPalette::WindowText, statusColor(e == E::Eligible      ? StatusGroup::Completed
                                                 : e == E::NotEligible || e == E::Refused ? StatusGroup::NeedsAction
                                                 : e == E::Unreachable ? StatusGroup::Unknown
                                                                       : StatusGroup::Open,
                                                 palette()));
    m_eligibility->setPalette(p);
}

// --- AccountPage ---

AccountPage::AccountPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Account, parent)
{
    setTitle(tr("Account at the current carrier"));
    setSubTitle(tr("Exactly as on the customer's bill: carriers reject ports whose details do not match."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *carrier = new QLineEdit(this);
    auto *completer = new QCompleter(knownCarriers(), carrier);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    carrier->setCompleter(completer);
    addField(form, tr("Current &carrier:"), carrier, CurrentCarrierName);
    addField(form, tr("&Account number:"), new QLineEdit(this), CurrentAccountNumber);
    auto *pin = new QLineEdit(this);
    pin->setEchoMode(QLineEdit::Password);
    pin->setPlaceholderText(tr("transfer PIN or account PIN"));
    addField(form, tr("Account &PIN:"), pin, CurrentAccountPassword);
    addField(form, tr("&Subscriber name:"), new QLineEdit(this), SubscriberName);
    auto *show = new QCheckBox(tr("Sho&w PIN"), this);
    connect(show, &QCheckBox::toggled, pin, [pin](bool on) { pin->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(QString(), show);
    layout->addStretch();
    // The show toggle comes last: Tab goes from field to field.
    setTabOrder(m_editors.value(CurrentCarrierName), m_editors.value(CurrentAccountNumber));
    setTabOrder(m_editors.value(CurrentAccountNumber), pin);
    setTabOrder(pin, m_editors.value(SubscriberName));
    setTabOrder(m_editors.value(SubscriberName), show);
}

void AccountPage::initializePage()
{
    SessionPage::initializePage(); // the wizard puts the cursor where the typing starts
}

// --- AddressPage ---

AddressPage::AddressPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Address, parent), m_state(new QComboBox(this))
{
    setTitle(tr("Billing address and SIM"));
    setSubTitle(tr("The service address on the current carrier's bill. No PO boxes."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addField(form, tr("Street &1:"), new QLineEdit(this), Street1);
    addField(form, tr("Street &2 (optional):"), new QLineEdit(this), Street2);
    addField(form, tr("Ci&ty:"), new QLineEdit(this), City);
    m_state->addItem(QString(), QString());
    for (const QString &code : allowedStateCodes())
        m_state->addItem(QStringLiteral("%1 \u2014 %2").arg(code, stateName(code)), code); // typing "ut" finds "UT"
    addField(form, tr("Stat&e:"), m_state, State);
    addField(form, tr("&ZIP code:"), new QLineEdit(this), Zip);
    auto *iccid = new QLineEdit(this);
    iccid->setPlaceholderText(tr("optional: 19 or 20 digits from the SIM card"));
    addField(form, tr("SIM &ICCID:"), iccid, Iccid);
    layout->addStretch();
    // Tab follows the form, whatever order the widgets were created in.
    const QStringList order = {Street1, Street2, City, State, Zip, Iccid};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(m_editors.value(order.at(i - 1)), m_editors.value(order.at(i)));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setValue(State, m_state->currentData().toString());
    });
}

void AddressPage::refresh()
{
    QSignalBlocker block(m_state); // the session's value must not echo back as an edit
    SessionPage::refresh();
}

// --- ReviewPage ---

ReviewPage::ReviewPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Review, parent),
      m_banner(banner(this, "#b3261e")),
      m_credentials(new QPushButton(tr("Check the &credentials..."), this)),
      m_progress(new QLabel(this))
{
    setTitle(tr("Review and submit"));
    setSubTitle(tr("This is exactly what goes to Telegent. Ctrl+Enter submits."));
    setButtonText(QWizard::CommitButton, tr("&Submit port-in"));
    setCommitPage(true); // after a submit, Back makes no sense
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_credentials->setAutoDefault(false);
    m_credentials->hide();
    connect(m_credentials, &QPushButton::clicked, this, &ReviewPage::credentialsRequested);
    layout->addWidget(m_credentials, 0, Qt::AlignLeft);
    const char *sections[] = {QT_TR_NOOP("Number"), QT_TR_NOOP("Carrier account"), QT_TR_NOOP("Billing address and SIM")};
    const char *editTexts[] = {QT_TR_NOOP("Change n&umber"), QT_TR_NOOP("Change acc&ount"), QT_TR_NOOP("Change a&ddress")};
    const int targets[] = {NumberPageId, AccountPageId, AddressPageId};
    for (int i = 0; i < 3; ++i) {
        auto *row = new QHBoxLayout;
        m_summary[i] = new QLabel(this);
        m_summary[i]->setTextFormat(Qt::RichText);
        m_summary[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary[i]->setAccessibleName(tr(sections[i]));
        auto *edit = new QPushButton(tr(editTexts[i]), this);
        edit->setAutoDefault(false);
        const int target = targets[i];
        connect(edit, &QPushButton::clicked, this, [this, target] { emit editRequested(target); });
        row->addWidget(m_summary[i], 1);
        row->addWidget(edit, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addStretch();
    connect(session, &PortInSession::submitStateChanged, this, &ReviewPage::refresh);
}

QString ReviewPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    const PortInRequest r = m_session->request();
    using Rows = QList<std::pair<QString, QString>>;
    // One summary, two forms: a table for the eye, "label: value" lines for a screen reader
    // (a rich-text label's accessible text would be its markup or nothing).
    const auto show = [](QLabel *summary, const Rows &rows) {
        QString html = QStringLiteral("<table>");
        QStringList plain;
        for (const auto &[label, value] : rows) {
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("\u2014") : value.toHtmlEscaped());
            plain << tr("%1: %2").arg(label, value.isEmpty() ? tr("none") : value);
        }
        summary->setText(html + QStringLiteral("</table>"));
        summary->setAccessibleDescription(plain.join(QLatin1Char('\n')));
    };
    show(m_summary[0], {{tr("Number"), formatNationalNumber(r.portInNumber)},
                        {tr("Classification"), r.targetPortinClassification}});
    show(m_summary[1], {{tr("Carrier"), r.currentCarrierName},
                        {tr("Account number"), r.currentAccountNumber},
                        {tr("PIN"), QString(r.currentAccountPassword.size(), QChar(0x2022))},
                        {tr("Subscriber"), r.subscriberName}});
    const BillingAddress &a = r.currentBillingAddress;
    show(m_summary[2], {{tr("Street"), a.street1}, {tr("Street 2"), a.street2}, {tr("City"), a.city},
                        {tr("State"), a.state}, {tr("ZIP"), a.zip}, {tr("ICCID"), r.iccid}});
    using S = PortInSession::Submit;
    const S s = m_session->submitState();
    m_banner->setVisible(s == S::UnknownOutcome || s == S::Failed);
    const ApiError &e = m_session->submitError();
    const QString createdId = m_session->submitResult().orderId;
    if (s == S::UnknownOutcome && !createdId.isEmpty()) // answered, but the answer could not be recorded
        m_banner->setText(tr("Telegent created order %1, but PortDesk could not record it: %2 Write the order ID "
                             "down: the orders view lists this port-in as \"Outcome unknown\" until it is resolved "
                             "with that ID. Nothing is sent again by itself.").arg(createdId, e.message));
    else if (s == S::UnknownOutcome)
        m_banner->setText(tr("This port-in may or may not have reached Telegent. Check the orders view before "
                             "resubmitting: it is listed there as \"Outcome unknown\". Nothing is sent again by itself."));
    else if (s == S::Failed && e.kind == ApiError::Kind::Storage)
        m_banner->setText(tr("Nothing was sent: PortDesk could not record the port-in before sending it. %1 The data "
                             "here is kept; submit again once the order registry can be written.").arg(e.message));
    else if (s == S::Failed)
        m_banner->setText(e.kind == ApiError::Kind::Authentication || e.kind == ApiError::Kind::Permission
                              ? tr("Telegent refused PortDesk's credentials: %1 The data here is kept; check the "
                                   "credentials, then submit again.").arg(e.message)
                              : tr("Telegent did not accept the port-in: %1").arg(e.message));
    const bool credentials = s == S::Failed && (m_session->submitError().kind == ApiError::Kind::Authentication
                                                || m_session->submitError().kind == ApiError::Kind::Permission);
    m_credentials->setVisible(credentials);
    m_progress->setText(s == S::Sending ? m_session->waitingText() : QString());
    updateComplete();
}

bool ReviewPage::validatePage()
{
    using S = PortInSession::Submit;
    if (m_session->submitState() == S::Done)
        return true;
    m_session->submit(); // asynchronous: the wizard moves on when the answer arrives
    refresh();
    return false;
}

// --- ResultPage ---

ResultPage::ResultPage(PortInSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_orderId(new QLabel(this)), m_number(new QLabel(this)),
      m_status(new QLabel(this))
{
    setTitle(tr("Port-in submitted"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_orderId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_orderId->setAccessibleName(tr("Order ID"));
    QFont big = m_orderId->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_orderId->setFont(big);
    auto *copy = new QPushButton(tr("&Copy order ID"), this);
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(orderId()); });
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_orderId, 1);
    idRow->addWidget(copy);
    form->addRow(captionFor(this, tr("Order ID:"), m_orderId), idRow);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setAccessibleName(tr("Number"));
    form->addRow(captionFor(this, tr("Number:"), m_number), m_number);
    m_status->setAccessibleName(tr("Status"));
    form->addRow(captionFor(this, tr("Status:"), m_status), m_status);
    auto *next = new QLabel(tr("Ports usually complete in 1 to 5 business days. The order is in the Orders tab, "
                               "where its status is checked automatically; a carrier rejection shows there with "
                               "what to fix."), this);
    next->setWordWrap(true);
    layout->addWidget(next);
    layout->addStretch();
}

QString ResultPage::orderId() const
{
    return m_session->submitResult().orderId;
}

void ResultPage::initializePage()
{
    const SubmitResult &r = m_session->submitResult();
    // The agent knows the customer by the number: it stands beside the order ID it was given.
    const QString number = formatNationalNumber(m_session->request().portInNumber);
    m_orderId->setText(r.orderId);
    m_orderId->setAccessibleDescription(r.orderId); // the name says what it is, this what it says
    m_number->setText(number);
    m_number->setAccessibleDescription(number);
    m_status->setText(r.status);
    m_status->setAccessibleDescription(r.status);
}

} // namespace portdesk::ui
