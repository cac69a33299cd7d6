#include "AuthorizationRulesDialog.h"

#include "authorization/VerbalScript.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderRegistry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portdesk::ui {

AuthorizationRulesDialog::AuthorizationRulesDialog(OrderRegistry *registry, QWidget *parent)
    : QDialog(parent), m_registry(registry),
      m_verbalAllowed(new QRadioButton(tr("A &verbal authorization or a signed LOA"), this)),
      m_writtenRequired(new QRadioButton(tr("Only a signed &LOA"), this)), m_provider(new QLineEdit(this)),
      m_script(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Authorization rules"));
    const AuthorizationSettings settings(registry);
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(
        registry && registry->isTeam()
            ? tr("These rules apply to every desk of the team database %1.").arg(registry->location())
            : tr("These rules are kept in the order database %1.").arg(registry ? registry->location() : QString()),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto *accepts = new QLabel(tr("Before a port-in is submitted, the team accepts:"), this);
    layout->addWidget(accepts);
    layout->addWidget(m_verbalAllowed);
    layout->addWidget(m_writtenRequired);
    (settings.policy() == AuthorizationPolicy::WrittenRequired ? m_writtenRequired : m_verbalAllowed)->setChecked(true);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *providerLabel = new QLabel(tr("&Provider's name:"), this);
    providerLabel->setBuddy(m_provider);
    m_provider->setAccessibleName(tr("Provider's name"));
    m_provider->setPlaceholderText(AuthorizationSettings(nullptr).providerOrDefault());
    m_provider->setText(settings.providerName());
    m_provider->setMaxLength(100);
    form->addRow(providerLabel, m_provider);

    auto *scriptLabel = new QLabel(tr("Verbal &script:"), this);
    scriptLabel->setBuddy(m_script);
    m_script->setAccessibleName(tr("Verbal script"));
    m_script->setTabChangesFocus(true);
    m_script->setPlaceholderText(VerbalScript::builtInText());
    m_script->setPlainText(settings.scriptText());
    form->addRow(scriptLabel, m_script);
    auto *help = new QLabel(tr("Empty: PortDesk's own script, in each agent's language. {number}, {carrier}, "
                               "{holder} and {provider} are filled in from the port-in. Each recorded verbal "
                               "authorization names the version of the script that was read."),
                            this);
    help->setWordWrap(true);
    form->addRow(QString(), help);
    m_script->setAccessibleDescription(help->text());

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(registry && registry->isOpen());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 460);
}

bool AuthorizationRulesDialog::save()
{
    AuthorizationSettings settings(m_registry);
    QString error;
    const bool ok = settings.setPolicy(m_writtenRequired->isChecked() ? AuthorizationPolicy::WrittenRequired
                                                                      : AuthorizationPolicy::VerbalAllowed,
                                       &error) &&
                    settings.setProviderName(m_provider->text(), &error) &&
                    settings.setScriptText(m_script->toPlainText(), &error);
    m_error->setText(ok ? QString() : tr("Not saved: %1").arg(error));
    m_error->setVisible(!ok);
    return ok;
}

} // namespace portdesk::ui
