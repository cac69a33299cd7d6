#include "CustomerTextsDialog.h"

#include "FieldFeedback.h"
#include "domain/CarrierCodes.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/NumberRules.h"
#include "messaging/SmsLength.h"
#include "messaging/TextTemplates.h"
#include "registry/OrderRegistry.h"
#include "telegent/RequestScheduler.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/CheckEligibility.h"
#include "telegent/operations/GetNumberDetails.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk::ui {

namespace {

const QString kFromField = QStringLiteral("texts.from");
const QString kTextField = QStringLiteral("texts.template");

// The characters of a body that GSM-7 cannot carry (at most four, each once): why it is UCS-2.
QStringList notInGsm7(const QString &body)
{
    QStringList out;
    for (qsizetype i = 0; i < body.size() && out.size() < 4;) {
        const qsizetype n = body.at(i).isHighSurrogate() && i + 1 < body.size() ? 2 : 1;
        const QString c = body.mid(i, n);
        i += n;
        if (!out.contains(c) && SmsLength::of(c).encoding == SmsLength::Encoding::Ucs2)
            out << c;
    }
    return out;
}

// "1 segment · GSM-7 · 112 characters left", or UCS-2 with the characters that made it so.
QString lengthLine(const QString &body)
{
    const SmsLength length = SmsLength::of(body);
    if (length.segments == 0)
        return CustomerTextsDialog::tr("Empty");
    const QString segments = CustomerTextsDialog::tr("%n segment(s)", nullptr, length.segments);
    if (length.encoding == SmsLength::Encoding::Gsm7)
        return CustomerTextsDialog::tr("%1 · GSM-7 · %n character(s) left", nullptr, length.unitsLeft).arg(segments);
    return CustomerTextsDialog::tr("%1 · UCS-2 because of %2 · %n character(s) left", nullptr, length.unitsLeft)
               .arg(segments, notInGsm7(body).join(QLatin1Char(' '))) +
           QLatin1Char('\n') +
           CustomerTextsDialog::tr("é, ñ, ü… are in the GSM-7 alphabet, these are not: the whole text then goes as "
                                   "UCS-2, 70 characters a segment instead of 160.");
}

} // namespace

CustomerTextsDialog::CustomerTextsDialog(OrderRegistry *registry, TelegentClient *client, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_client(client), m_from(new QLineEdit(this)),
      m_check(new QPushButton(tr("C&heck number"), this)), m_fromFeedback(new FieldFeedback(m_from, this)),
      m_brand(new QLineEdit(this)), m_language(new QComboBox(this)), m_trigger(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_length(new QLabel(this)), m_textFeedback(new FieldFeedback(m_text, this)),
      m_preview(new QLabel(this)), m_restore(new QPushButton(tr("Restore &default"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Customer texts"));
    const bool open = registry && registry->isOpen();
    auto *layout = new QVBoxLayout(this);
    auto *where =
        new QLabel(!open ? tr("The order registry is not open: the texts cannot be changed.")
                   : registry->isTeam()
                       ? tr("These texts are sent by every desk of the team database %1.").arg(registry->location())
                       : tr("These texts are kept in the order database %1.").arg(registry->location()),
                   this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    layout->addWidget(where);

    // From: a number of the account, accepted only on Telegent's word.
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *fromLabel = new QLabel(tr("&From number:"), this);
    fromLabel->setBuddy(m_from);
    m_from->setAccessibleName(tr("From number"));
    m_from->setPlaceholderText(tr("A number of the account enabled for messaging"));
    m_from->setMaxLength(32);
    m_savedFrom = open ? registry->meta(QString::fromLatin1(TextTemplates::kFromKey)) : QString();
    m_acceptedFrom = m_savedFrom; // accepted when it was saved
    m_from->setText(formatNationalNumber(m_savedFrom));
    m_check->setAccessibleDescription(tr("Asks Telegent whether the number may send texts"));
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(m_check);
    form->addRow(fromLabel, fromRow);
    m_fromFeedback->setAccessibleName(tr("From number check"));
    form->addRow(QString(), m_fromFeedback);

    auto *brandLabel = new QLabel(tr("&Brand:"), this);
    brandLabel->setBuddy(m_brand);
    m_brand->setAccessibleName(tr("Brand"));
    m_brand->setAccessibleDescription(tr("The name the texts give the team, where they say {brand}"));
    m_brand->setPlaceholderText(tr("{brand} in the texts, e.g. Acme Mobile"));
    m_brand->setMaxLength(TextTemplates::kMaxBrandLength); // the texts' lengths are checked with the longest
    m_savedBrand = open ? registry->meta(QString::fromLatin1(TextTemplates::kBrandKey)) : QString();
    m_brand->setText(m_savedBrand);
    form->addRow(brandLabel, m_brand);

    // The texts: one language and moment at a time.
    auto *texts = new QGroupBox(tr("Texts"), this);
    layout->addWidget(texts, 1);
    auto *textsForm = new QFormLayout(texts);
    auto *languageLabel = new QLabel(tr("&Language:"), texts);
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language of the text"));
    for (const QString &language : TextTemplates::languages())
        m_language->addItem(TextTemplates::languageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(QLocale().name().left(2))));
    auto *triggerLabel = new QLabel(tr("Sent &when:"), texts);
    triggerLabel->setBuddy(m_trigger);
    m_trigger->setAccessibleName(tr("When the text is sent"));
    for (TextTrigger trigger : allTextTriggers())
        m_trigger->addItem(textTriggerLabel(trigger), int(trigger));
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_language);
    chooseRow->addSpacing(12);
    chooseRow->addWidget(triggerLabel);
    chooseRow->addWidget(m_trigger, 1);
    textsForm->addRow(languageLabel, chooseRow);

    auto *textLabel = new QLabel(tr("&Text:"), texts);
    textLabel->setBuddy(m_text);
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4); // two segments: a few lines
    const QString help = tr("{last4}: the last four digits of the number; {brand}: the brand above; {fix}: what the "
                            "customer should do (texts sent when something needs their action).");
    m_text->setProperty("defaultDescription", help); // FieldFeedback puts it back once the text is fine
    m_text->setAccessibleDescription(help);
    textsForm->addRow(textLabel, m_text);
    m_length->setAccessibleName(tr("Length"));
    m_length->setAccessibleDescription(tr("How many SMS segments the text takes once filled in with sample facts, "
                                          "in which alphabet, and the room left in the last segment"));
    m_length->setWordWrap(true);
    m_length->setTextFormat(Qt::PlainText);
    textsForm->addRow(QString(), m_length);
    m_textFeedback->setAccessibleName(tr("Problem with the text"));
    m_textFeedback->setAccessibleDescription(tr("Why this text cannot be saved"));
    textsForm->addRow(QString(), m_textFeedback);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(
        tr("The text as a customer would read it, with the number ending in %1").arg(QLatin1String(kSampleLast4)));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    auto *helpLabel = new QLabel(help, texts);
    helpLabel->setWordWrap(true);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(helpLabel, 1);
    restoreRow->addWidget(m_restore, 0, Qt::AlignTop);
    m_restore->setAccessibleDescription(tr("Puts PortDesk's own text back for this language and moment"));
    textsForm->addRow(QString(), m_preview);
    textsForm->addRow(QString(), restoreRow);

    for (const QString &language : TextTemplates::languages())
        for (TextTrigger trigger : allTextTriggers())
            m_saved.insert({language, trigger}, TextTemplates::load(open ? registry : nullptr, trigger, language));
    m_edited = m_saved;

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_from, &QLineEdit::textChanged, this, &CustomerTextsDialog::onFromEdited);
    connect(m_check, &QPushButton::clicked, this, &CustomerTextsDialog::checkNumber);
    connect(m_brand, &QLineEdit::textChanged, this, &CustomerTextsDialog::refreshTemplateLines);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CustomerTextsDialog::showTemplate);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &CustomerTextsDialog::showTemplate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CustomerTextsDialog::onTemplateEdited);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const Key key = currentKey();
        m_text->setPlainText(TextTemplates::defaultTemplate(key.trigger, key.language));
        m_text->setFocus(Qt::OtherFocusReason);
    });
    showTemplate();
    showFromState();
    refreshSave();
    // Smaller, the wrapped lines under the text would not have the height they need.
    setMinimumSize(620, 520);
    resize(680, 540); // fits a 1024x600 screen with its title bar
}

CustomerTextsDialog::~CustomerTextsDialog() = default;

CustomerTextsDialog::Key CustomerTextsDialog::currentKey() const
{
    return {m_language->currentData().toString(), TextTrigger(m_trigger->currentData().toInt())};
}

void CustomerTextsDialog::showTemplate()
{
    m_showing = true;
    m_text->setPlainText(m_edited.value(currentKey()));
    m_showing = false;
    refreshTemplateLines();
    refreshSave();
}

void CustomerTextsDialog::onTemplateEdited()
{
    if (m_showing)
        return;
    m_edited.insert(currentKey(), m_text->toPlainText());
    refreshTemplateLines();
    refreshSave();
}

void CustomerTextsDialog::refreshTemplateLines()
{
    const Key key = currentKey();
    const QString text = m_text->toPlainText();
    // The facts of a customer who must call back about the PIN: the longest a sample gets.
    const TextFacts facts{QString::fromLatin1(kSampleLast4), m_brand->text().trimmed(),
                          TextTemplates::customerFix(CarrierCodeAdvice::Fix::Pin, key.language)};
    const QString body = TextTemplates::render(text, facts);
    const QString problem = TextTemplates::problem(text, key.language);
    m_textFeedback->show(problem.isEmpty() ? FieldIssues{}
                                           : FieldIssues{{FieldIssue::Severity::Error, kTextField,
                                                          QStringLiteral("texts.problem"), problem}});
    m_length->setText(lengthLine(body));
    m_preview->setText(tr("Preview: %1").arg(body));
    m_restore->setEnabled(text != TextTemplates::defaultTemplate(key.trigger, key.language));
}

QString CustomerTextsDialog::typedFrom() const
{
    const NumberCheck check = checkPortInNumber(m_from->text());
    return hasErrors(check.issues) ? QString() : check.e164;
}

bool CustomerTextsDialog::fromMaySave() const
{
    if (m_from->text().trimmed().isEmpty())
        return true; // no number: no text is sent
    const QString e164 = typedFrom();
    return !e164.isEmpty() && e164 == m_acceptedFrom;
}

void CustomerTextsDialog::onFromEdited()
{
    showFromState();
    refreshSave();
}

void CustomerTextsDialog::showFromState()
{
    using Severity = FieldIssue::Severity;
    const QString text = m_from->text().trimmed();
    FieldIssues issues;
    QString e164;
    if (text.isEmpty()) {
        issues << FieldIssue{Severity::Hint, kFromField, QStringLiteral("texts.from-none"),
                             tr("No number: no text is sent to customers.")};
    } else {
        // The number rules' structural errors; their port-in warnings (toll-free...) are not the sender's.
        const NumberCheck check = checkPortInNumber(text);
        for (const FieldIssue &issue : check.issues)
            if (issue.severity == Severity::Error)
                issues << FieldIssue{Severity::Error, kFromField, issue.code, issue.message};
        if (issues.isEmpty())
            e164 = check.e164;
    }
    if (!e164.isEmpty()) {
        if (m_op && m_op->request().number == e164)
            issues << FieldIssue{Severity::Hint, kFromField, QStringLiteral("texts.from-checking"),
                                 tr("Checking the number with Telegent...")};
        else if (e164 == m_checkedFrom && !m_checkIssue.message.isEmpty())
            issues << m_checkIssue;
        else if (e164 == m_acceptedFrom)
            issues << FieldIssue{Severity::Hint, kFromField, QStringLiteral("texts.from-accepted"),
                                 tr("Telegent reports this number as enabled for messaging and Active.")};
        else
            issues << FieldIssue{Severity::Warning, kFromField, QStringLiteral("texts.from-unchecked"),
                                 tr("Check the number with Telegent: only a number it reports as enabled for "
                                    "messaging can be saved.")};
    }
    m_fromFeedback->show(issues);
    m_check->setEnabled(m_client && !e164.isEmpty() && !m_op);
}

void CustomerTextsDialog::checkNumber()
{
    const QString e164 = typedFrom();
    if (e164.isEmpty() || !m_client || m_op)
        return;
    auto *op = new GetNumberDetails(m_client, NumberQuery{e164}, this);
    // A person waits for it: first in the queue, and an answer or a Timeout within the deadline.
    op->setPriority(Priority::Interactive);
    op->setDeadlineMs(std::max(CheckEligibility::kDeadlineMs, m_client->scheduler()->timeoutMs()));
    m_op = op;
    connect(op, &ApiOperation::finished, this, [this, op] { onNumberChecked(op); });
    connect(op, &ApiOperation::finished, op, &QObject::deleteLater);
    op->start();
    showFromState();
    refreshSave();
}

void CustomerTextsDialog::onNumberChecked(GetNumberDetails *op)
{
    using Severity = FieldIssue::Severity;
    if (m_op != op)
        return;
    m_op = nullptr;
    const QString number = op->request().number;
    m_checkedFrom = number;
    m_checkIssue = {};
    const auto refuse = [&](const char *code, const QString &why) {
        m_checkIssue = {Severity::Error, kFromField, QLatin1String(code), why};
        if (m_acceptedFrom == number)
            m_acceptedFrom.clear(); // Telegent's word now, whatever was saved before
    };
    if (op->ok()) {
        const NumberDetails &details = op->result();
        if (!details.messageEnabled)
            refuse("texts.from-not-enabled", tr("Telegent reports this number as not enabled for messaging "
                                                "(MessageEnabled: false)."));
        else if (details.status.compare(QLatin1String("Active"), Qt::CaseInsensitive) != 0)
            refuse("texts.from-not-active",
                   tr("Telegent reports this number as enabled for messaging, but its status is %1.")
                       .arg(details.status.isEmpty() ? tr("not given") : details.status));
        else
            m_acceptedFrom = number;
    } else if (op->error().kind == ApiError::Kind::NotFound) {
        // Telegent's own words: the number is not one of this account's.
        refuse("texts.from-not-found", op->error().message.isEmpty()
                                           ? tr("Telegent does not know this number for this account.")
                                           : tr("Telegent answers: %1").arg(op->error().message));
    } else {
        // Not Telegent's verdict on the number (network, timeout, credentials): try again later.
        const ApiError &error = op->error();
        m_checkIssue = {Severity::Warning, kFromField, QStringLiteral("texts.from-unchecked"),
                        tr("The number could not be checked with Telegent: %1")
                            .arg(error.message.isEmpty() ? error.summary() : error.message)};
    }
    showFromState();
    refreshSave();
}

QString CustomerTextsDialog::firstTemplateProblem() const
{
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it) {
        if (it.value() == m_saved.value(it.key()))
            continue; // as the registry holds it: not saved again
        const QString problem = TextTemplates::problem(it.value(), it.key().language);
        if (!problem.isEmpty())
            return tr("%1, %2: %3")
                .arg(TextTemplates::languageName(it.key().language), textTriggerLabel(it.key().trigger), problem);
    }
    return {};
}

void CustomerTextsDialog::refreshSave()
{
    const bool open = m_registry && m_registry->isOpen();
    const QString problem = firstTemplateProblem();
    m_save->setEnabled(open && fromMaySave() && problem.isEmpty());
    // The text on screen says its own problem under it; another one's is said here.
    const bool elsewhere =
        !problem.isEmpty() && TextTemplates::problem(m_text->toPlainText(), currentKey().language).isEmpty();
    if (!open)
        m_error->setText(tr("The order registry is not open: nothing can be saved."));
    else
        m_error->setText(elsewhere ? tr("Another text cannot be saved: %1").arg(problem) : QString());
    m_error->setVisible(!m_error->text().isEmpty());
}

bool CustomerTextsDialog::save()
{
    if (!m_registry || !m_registry->isOpen() || !fromMaySave() || !firstTemplateProblem().isEmpty()) {
        refreshSave();
        return false;
    }
    QString error;
    const QString from = m_from->text().trimmed().isEmpty() ? QString() : typedFrom();
    const QString brand = m_brand->text().trimmed();
    bool ok = from == m_savedFrom || m_registry->setMeta(QString::fromLatin1(TextTemplates::kFromKey), from, &error);
    if (ok)
        m_savedFrom = from;
    ok = ok &&
         (brand == m_savedBrand || m_registry->setMeta(QString::fromLatin1(TextTemplates::kBrandKey), brand, &error));
    if (ok)
        m_savedBrand = brand;
    for (auto it = m_edited.cbegin(); ok && it != m_edited.cend(); ++it) {
        if (it.value() == m_saved.value(it.key()))
            continue;
        ok = TextTemplates::save(m_registry, it.key().trigger, it.key().language, it.value(), &error);
        if (ok)
            m_saved.insert(it.key(), it.value());
    }
    refreshSave();
    if (!ok) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
    }
    return ok;
}

} // namespace portdesk::ui
