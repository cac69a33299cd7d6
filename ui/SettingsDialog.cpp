#include "SettingsDialog.h"
#include "FieldFeedback.h"
#include "StatusColors.h"

#include "AppContext.h"
#include "common/Translations.h"
#include "credentials/ConnectionSetup.h"
#include "settings/AppSettings.h"
#include "telegent/ApiBaseUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QSpinBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace portdesk::ui {

SettingsDialog::SettingsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_setup(new ConnectionSetup(context, this)), m_address(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_addressFeedback(new FieldFeedback(m_address, this)),
      m_result(new QLabel(this)), m_test(new QPushButton(tr("&Test connection"), this)),
      m_save(new QPushButton(tr("&Save"), this)), m_forget(new QPushButton(tr("&Forget credentials"), this)),
      m_budget(new QSpinBox(this)), m_timeout(new QSpinBox(this)), m_share(new QSpinBox(this)),
      m_language(new QComboBox(this))
{
    setWindowTitle(tr("PortDesk settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The AccountSecret is kept in this computer's keychain, never in a file. "
                                "Without credentials PortDesk runs in training mode."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const AppSettings settings;
    m_address->setText(settings.apiBaseUrl());
    m_address->setAccessibleName(tr("API address"));
    auto *addressCell = new QWidget(this);
    auto *addressLayout = new QVBoxLayout(addressCell);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_address);
    addressLayout->addWidget(m_addressFeedback);
    auto *addressLabel = new QLabel(tr("API &address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressCell);
    m_key->setText(settings.accountKey());
    m_key->setPlaceholderText(QStringLiteral("DID-..."));
    m_key->setAccessibleName(tr("AccountKey"));
    auto *keyLabel = new QLabel(tr("Account&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("AccountSecret"));
    m_secret->setPlaceholderText(tr("kept in the system keychain"));
    auto *secretLabel = new QLabel(tr("AccountS&ecret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, m_secret);
    auto *show = new QCheckBox(tr("Sho&w secret"), this);
    connect(show, &QCheckBox::toggled, m_secret,
            [this](bool on) { m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(QString(), show);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // quotes the server
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    // How requests are paced; applied as soon as they change.
    auto *requests = new QGroupBox(tr("Requests"), this);
    auto *requestForm = new QFormLayout(requests);
    m_budget->setRange(1, 10'000);
    m_budget->setSuffix(tr(" per minute"));
    m_budget->setValue(settings.ratePerMinute());
    m_budget->setAccessibleName(tr("Account request budget"));
    m_budget->setToolTip(tr("Telegent's standard tier allows 50 requests a minute for the whole account."));
    m_share->setRange(10, 100);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setValue(int(std::lround(settings.backgroundShare() * 100)));
    m_share->setAccessibleName(tr("Share of the budget for background status checks"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.requestTimeoutSeconds());
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English (United States)"), QStringLiteral("en_US"));
    for (const QString &name : shippedLanguages()) { // each in its own language, as people look for it
        // As the catalogue's target says it: "español" (US), "français", "français canadien". The
        // target is also what is saved: es_US, so a US agent's dates and times are the US ones.
        const QString target = catalogueTarget(name);
        QString native = QLocale(target).nativeLanguageName();
        m_language->addItem(native.left(1).toUpper() + native.mid(1), target);
    }
    int current = m_language->findData(settings.language());
    for (int i = 2; current < 0 && i < m_language->count(); ++i) { // saved before: "es", "fr"
        if (QLocale(m_language->itemData(i).toString()).language() == QLocale(settings.language()).language())
            current = i;
    }
    m_language->setCurrentIndex(std::max(0, current));
    m_language->setAccessibleName(tr("Language"));
    const auto row = [&](const QString &text, QWidget *editor) {
        auto *label = new QLabel(text, requests);
        label->setBuddy(editor);
        requestForm->addRow(label, editor);
    };
    row(tr("Request &budget:"), m_budget);
    row(tr("Back&ground share:"), m_share);
    row(tr("Request t&imeout:"), m_timeout);
    row(tr("&Language (at next start):"), m_language);
    // Tab follows the screen (share is shown above timeout), not the order of creation.
    setTabOrder(m_budget, m_share);
    setTabOrder(m_share, m_timeout);
    setTabOrder(m_timeout, m_language);
    layout->addWidget(requests);
    for (QSpinBox *spin : {m_budget, m_share, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::applyRequestSettings);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::applyRequestSettings);
    layout->addStretch(); // room for messages under the fields without resizing the dialog
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_address, m_key, m_secret}) {
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_testFailed = false; });
    }
    connect(m_test, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_result->setText(tr("Asking Telegent for a token..."));
        m_setup->testConnection(m_address->text(), m_key->text(), m_secret->text(), this,
                                [this](bool ok, const QString &message) {
                                    m_testFailed = !ok;
                                    showResult(ok, message);
                                });
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_setup->forgetCredentials(this, [this](bool ok, const QString &message) {
            if (ok)
                m_key->clear();
            showResult(ok, message);
        });
    });
    setMinimumWidth(640);
    resize(680, 480);
    validate();
}

SettingsDialog::~SettingsDialog()
{
    m_secret->clear();
}

void SettingsDialog::save()
{
    if (m_testFailed && !confirmSaveAfterFailedTest())
        return;
    setBusy(true);
    m_setup->saveCredentials(m_address->text(), m_key->text(), m_secret->text(), this,
                             [this](bool ok, const QString &message) {
                                 if (ok) {
                                     m_secret->clear();
                                     m_testFailed = false;
                                 }
                                 showResult(ok, message);
                             });
}

bool SettingsDialog::confirmSaveAfterFailedTest()
{
    QMessageBox box(QMessageBox::Warning, tr("Save credentials that failed the test?"),
                    tr("Telegent did not accept these credentials a moment ago. Saved, they replace the ones "
                       "the desk works with now, and every request is sent with them."),
                    QMessageBox::NoButton, this);
    QPushButton *save = box.addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Do not save"), QMessageBox::RejectRole);
    box.setDefaultButton(keep); // Enter alone never replaces working credentials
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == save;
}

void SettingsDialog::focusSecret()
{
    m_secret->setFocus();
}

QString SettingsDialog::resultText() const
{
    return m_result->text();
}

void SettingsDialog::applyRequestSettings()
{
    AppSettings settings;
    settings.setRatePerMinute(m_budget->value());
    settings.setBackgroundShare(m_share->value() / 100.0);
    settings.setRequestTimeoutSeconds(m_timeout->value());
    settings.setLanguage(m_language->currentData().toString());
    m_context->applyRequestSettings();
}

void SettingsDialog::validate()
{
    const ApiBaseUrl base = ApiBaseUrl::parse(m_address->text());
    FieldIssues issues;
    if (!base.ok())
        issues.append({FieldIssue::Severity::Error, QStringLiteral("ApiBaseUrl"), QStringLiteral("url"), base.error});
    m_addressFeedback->show(issues);
    const bool complete = base.ok() && !m_key->text().trimmed().isEmpty() && !m_secret->text().isEmpty();
    m_test->setEnabled(!m_busy && complete);
    m_save->setEnabled(!m_busy && complete);
    m_forget->setEnabled(!m_busy && !AppSettings().accountKey().isEmpty());
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void SettingsDialog::showResult(bool ok, const QString &message)
{
    m_result->setText(message);
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, statusColor(ok ? StatusGroup::Completed : StatusGroup::NeedsAction, palette()));
    m_result->setPalette(p);
    setBusy(false);
}

} // namespace portdesk::ui
