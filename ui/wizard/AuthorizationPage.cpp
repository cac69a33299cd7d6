#include "AuthorizationPage.h"

#include "authorization/LoaDocument.h"
#include "common/DisplayDates.h"
#include "domain/validation/FieldNames.h"
#include "wizard/TextConsentStep.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace portdesk::ui {

using namespace FieldName;

AuthorizationPage::AuthorizationPage(PortInSession *session, QWidget *parent)
    : SessionPage(session, PortInSession::Page::Authorization, parent),
      m_verbal(new QRadioButton(tr("&Verbal authorization: read the script to the customer"), this)),
      m_written(new QRadioButton(tr("&Written LOA: the customer signs a letter of authorization"), this)),
      m_script(new QTextBrowser(this)), m_agreed(new QCheckBox(tr("The customer a&greed to the script"), this)),
      m_policy(new QLabel(this)), m_createLoa(new QPushButton(tr("Create the LOA &PDF..."), this)),
      m_park(new QPushButton(tr("&Keep it waiting for the signature"), this)), m_recorded(new QLabel(this)),
      m_texts(new QGroupBox(tr("Texts about this port"), this)),
      m_textsAgreed(new QCheckBox(tr("The customer agrees to &receive text messages about this port"), m_texts)),
      m_textLanguage(new QComboBox(m_texts))
{
    setTitle(tr("Customer's authorization"));
    setSubTitle(tr("Telegent expects the account holder's consent before a port-in is submitted."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    // The holder's names and the verbal choice on the left; the question about texts beside
    // them, where the short name fields leave room: the page needs no more height (1024x600).
    auto *top = new QGridLayout;
    layout->addLayout(top);
    auto *form = new QFormLayout;
    top->addLayout(form, 0, 0);
    buildTexts();
    top->addWidget(m_texts, 0, 1, 2, 1, Qt::AlignTop);
    top->setColumnStretch(0, 3);
    top->setColumnStretch(1, 2);
    addField(form, tr("Account &holder:"), new QLineEdit(this), AccountHolder);
    auto *person = new QLineEdit(this);
    person->setPlaceholderText(tr("Only if someone else authorizes for the holder"));
    addField(form, tr("Authori&zing person:"), person, AuthorizingPerson);

    auto *methods = new QButtonGroup(this);
    methods->addButton(m_verbal);
    methods->addButton(m_written);
    m_verbal->setChecked(true);
    top->addWidget(m_verbal, 1, 0);
    m_script->setAccessibleName(tr("Script to read"));
    m_script->setOpenLinks(false);
    m_script->setTabChangesFocus(true); // Tab moves on; the agent reads, never types here
    // Read aloud: a little larger than the form, as tall as a long script needs and no taller.
    QFont larger = m_script->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_script->setFont(larger);
    const int line = QFontMetrics(larger).lineSpacing();
    m_script->setMinimumHeight(4 * line);
    m_script->setMaximumHeight(9 * line);
    layout->addWidget(m_script);
    layout->addWidget(m_agreed);
    layout->addWidget(m_written);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createLoa);
    buttons->addWidget(m_park);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_policy->setWordWrap(true);
    m_policy->setAccessibleName(tr("Team rule"));
    layout->addWidget(m_policy);
    m_recorded->setWordWrap(true);
    m_recorded->setAccessibleName(tr("Authorization recorded"));
    layout->addWidget(m_recorded);
    layout->addStretch();
    for (QPushButton *b : {m_createLoa, m_park})
        b->setAutoDefault(false);

    connect(m_verbal, &QRadioButton::toggled, this, &AuthorizationPage::refresh);
    connect(m_agreed, &QCheckBox::toggled, this, [this](bool on) {
        if (on != (m_session->authorization().kind == Authorization::Kind::Verbal))
            m_session->recordVerbalAuthorization(on);
    });
    connect(m_createLoa, &QPushButton::clicked, this, [this] { createLoa(); });
    connect(m_park, &QPushButton::clicked, this, &AuthorizationPage::park);
    setTabOrder(m_editors.value(AccountHolder), person);
    setTabOrder(person, m_textsAgreed);
    setTabOrder(m_textsAgreed, m_editors.value(TextTo));
    setTabOrder(m_editors.value(TextTo), m_textLanguage);
    setTabOrder(m_textLanguage, m_verbal);
    setTabOrder(m_verbal, m_script);
    setTabOrder(m_script, m_agreed);
    setTabOrder(m_agreed, m_written);
    setTabOrder(m_written, m_createLoa);
    setTabOrder(m_createLoa, m_park);
}

void AuthorizationPage::buildTexts()
{
    // One line for the question, one for the number and the language.
    auto *grid = new QGridLayout(m_texts);
    grid->setContentsMargins(6, 2, 6, 2);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_textsAgreed, 0, 0, 1, 4);
    auto *number = new QLineEdit(m_texts);
    // A whole number in view, as the app writes them, however narrow the group gets.
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("(000) 000-0000")) + 16);
    const auto [numberLabel, numberCell] = makeField(tr("Number to te&xt:"), number, TextTo);
    grid->addWidget(numberLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(numberCell, 1, 1);
    auto *languageLabel = new QLabel(tr("Language &of the texts:"), m_texts);
    languageLabel->setBuddy(m_textLanguage);
    grid->addWidget(languageLabel, 1, 2, Qt::AlignTop);
    grid->addWidget(m_textLanguage, 1, 3, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    // Each language in its own words, as the customer would pick it: not translated.
    m_textLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_textLanguage->addItem(QString::fromUtf8("Espa\u00f1ol"), QStringLiteral("es"));
    m_textLanguage->addItem(QString::fromUtf8("Fran\u00e7ais"), QStringLiteral("fr"));
    m_texts->setObjectName(QStringLiteral("texts"));
    m_textsAgreed->setObjectName(QStringLiteral("textsAgreed"));
    m_textLanguage->setObjectName(QStringLiteral("textLanguage"));
    m_textLanguage->setAccessibleName(tr("Language of the texts"));
    m_textsAgreed->setAccessibleName(tr("The customer agrees to receive text messages about this port"));
    connect(m_textsAgreed, &QCheckBox::toggled, this, [this](bool on) { m_session->answerTextConsent(on); });
    connect(m_textLanguage, &QComboBox::activated, this,
            [this] { m_session->setValue(TextLanguage, m_textLanguage->currentData().toString()); });
}

bool AuthorizationPage::validatePage()
{
    if (!SessionPage::validatePage())
        return false;
    m_session->answerTextConsent(m_textsAgreed->isChecked()); // seen and left unticked: a "no"
    return true;
}

bool AuthorizationPage::verbalChosen() const
{
    return m_verbal->isChecked() && m_verbal->isEnabled();
}

void AuthorizationPage::initializePage()
{
    m_loaPath.clear();
    m_session->readAuthorizationRules(); // as the team's rules are when the agent arrives here
    const Authorization &a = m_session->authorization();
    const bool verbalAllowed = m_session->authorizationStep().policy() == AuthorizationPolicy::VerbalAllowed;
    if (a.kind == Authorization::Kind::Written || !verbalAllowed)
        m_written->setChecked(true);
    else
        m_verbal->setChecked(true);
    SessionPage::initializePage();
}

QString AuthorizationPage::scriptText() const
{
    return m_script->toPlainText();
}

QString AuthorizationPage::recordedText() const
{
    return m_recorded->text();
}

void AuthorizationPage::refresh()
{
    SessionPage::refresh();
    const AuthorizationStep &step = m_session->authorizationStep();
    const bool verbalAllowed = step.policy() == AuthorizationPolicy::VerbalAllowed;
    const Authorization &a = m_session->authorization();
    const bool resumed = !m_session->resuming().isEmpty();
    m_verbal->setEnabled(verbalAllowed && !resumed);
    m_policy->setText(verbalAllowed ? QString()
                                    : tr("Your team requires a signed LOA for every port-in: verbal authorization "
                                         "is not available."));
    m_policy->setVisible(!verbalAllowed);
    const bool verbal = verbalChosen();
    const QString script = step.scriptFor({{PortInNumber, m_session->value(PortInNumber)},
                                           {CurrentCarrierName, m_session->value(CurrentCarrierName)},
                                           {AccountHolder, m_session->value(AccountHolder)}});
    if (m_script->toPlainText() != script)
        m_script->setPlainText(script);
    m_script->setAccessibleDescription(script);
    m_script->setVisible(verbal);
    m_agreed->setVisible(verbal);
    const bool holderOk = !hasErrors(m_session->issuesFor(AccountHolder));
    m_agreed->setEnabled(holderOk);
    {
        const QSignalBlocker quiet(m_agreed);
        m_agreed->setChecked(a.kind == Authorization::Kind::Verbal && a.isRecorded());
    }
    m_createLoa->setVisible(!verbal && !resumed);
    m_park->setVisible(!verbal && !resumed);
    m_createLoa->setEnabled(holderOk);
    m_park->setEnabled(holderOk && !m_loaPath.isEmpty());
    QString recorded;
    if (a.isRecorded())
        recorded =
            tr("Recorded: %1, by %2 at %3.")
                .arg(a.describe(), a.agent, mediumDateTime(QDateTime::fromMSecsSinceEpoch(a.atMs).toLocalTime()));
    else if (!verbal && !m_loaPath.isEmpty())
        recorded = tr("The LOA is saved as %1. Send it to the customer, then keep the port-in waiting for the "
                      "signature: it is listed in the orders view, where the signed copy is attached.")
                       .arg(QDir::toNativeSeparators(m_loaPath));
    else if (!verbal)
        recorded = tr("Create the LOA, send it to the customer for signature, then keep the port-in waiting.");
    m_recorded->setText(recorded);
    m_recorded->setAccessibleDescription(recorded);
    const TextConsent texts = m_session->textConsent();
    {
        const QSignalBlocker quiet(m_textsAgreed);
        m_textsAgreed->setChecked(texts.agreed);
    }
    m_editors.value(TextTo)->setEnabled(texts.agreed);
    m_textLanguage->setEnabled(texts.agreed);
    m_textLanguage->setCurrentIndex(
        m_textLanguage->findData(TextConsentStep::languageOf({{TextLanguage, m_session->value(TextLanguage)}})));
    updateComplete();
}

void AuthorizationPage::createLoa(const QString &chosenPath)
{
    m_session->touchPage(m_page);
    if (hasErrors(m_session->issuesFor(AccountHolder)))
        return;
    const PortInRequest r = m_session->request();
    LoaContent content;
    content.numbers = {r.portInNumber};
    content.currentCarrier = r.currentCarrierName;
    content.accountHolder = m_session->value(AccountHolder).trimmed();
    content.authorizingPerson = m_session->value(AuthorizingPerson).trimmed();
    content.address = r.currentBillingAddress;
    content.accountNumber = r.currentAccountNumber;
    content.date = QDate::currentDate();
    content.newProvider = m_session->authorizationStep().providerName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("LOA %1.pdf").arg(QString(r.portInNumber).remove(QLatin1Char('+'))));
    const QString path = !chosenPath.isEmpty()
                             ? chosenPath
                             : QFileDialog::getSaveFileName(this, tr("Save the LOA"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!LoaDocument::write(content, path, &error)) {
        QMessageBox::warning(this, tr("LOA not saved"), tr("The LOA could not be saved: %1").arg(error));
        return;
    }
    m_loaPath = path;
    refresh();
    m_park->setFocus();
}

void AuthorizationPage::park()
{
    QString error;
    const QString id = m_session->parkAwaitingLoa(&error);
    if (id.isEmpty()) {
        QMessageBox::warning(this, tr("Not kept"), tr("The port-in could not be kept waiting: %1").arg(error));
        return;
    }
    m_loaPath.clear();
    emit parked(id);
}

} // namespace portdesk::ui
