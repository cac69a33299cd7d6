#include "RegistryDialog.h"
#include "StatusColors.h"

#include "registry/OrderRegistry.h"
#include "registry/RegistrySetup.h"
#include "registry/TeamDatabase.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portdesk::ui {

RegistryDialog::RegistryDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_setup(new RegistrySetup(context, this)), m_local(new QRadioButton(tr("This &computer"), this)),
      m_team(new QRadioButton(tr("T&eam database (PostgreSQL), shared by every desk of the account"), this)),
      m_teamFields(new QWidget(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)), m_chooseCaFile(new QPushButton(tr("C&hoose..."), this)),
      m_plaintext(new QCheckBox(tr("Without encr&yption (sslmode=disable)"), this)), m_transport(new QLabel(this)),
      m_result(new QLabel(this)), m_test(new QPushButton(tr("&Test connection"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Order registry"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Telegent cannot list an account's orders: PortDesk's registry is the only list "
                                "there is. With a team database every desk sees every order of the account, "
                                "and only one desk at a time checks their status, so the desks share one "
                                "request budget instead of each spending its own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_local);
    auto *localPath = new QLabel(QDir::toNativeSeparators(OrderRegistry::defaultSqlitePath()), this);
    localPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    localPath->setContentsMargins(24, 0, 0, 8);
    layout->addWidget(localPath);
    layout->addWidget(m_team);

    auto *form = new QFormLayout(m_teamFields);
    form->setContentsMargins(24, 0, 0, 0);
    const auto row = [&](const QString &text, QWidget *editor, const QString &accessible) {
        auto *label = new QLabel(text, m_teamFields);
        label->setBuddy(editor);
        editor->setAccessibleName(accessible);
        form->addRow(label, editor);
    };
    const AppSettings settings;
    const TeamDatabase saved = settings.teamDatabase();
    m_host->setText(saved.host);
    m_host->setPlaceholderText(tr("db.example.com, an address, or a socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(saved.port);
    m_database->setText(saved.database);
    m_user->setText(saved.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; empty: none or ~/.pgpass"));
    row(tr("Ser&ver:"), m_host, tr("Team database server"));
    row(tr("&Port:"), m_port, tr("Team database port"));
    row(tr("&Database:"), m_database, tr("Team database name"));
    row(tr("&User:"), m_user, tr("Team database user"));
    row(tr("Pass&word:"), m_password, tr("Team database password"));
    // A server on another computer is used over TLS with its certificate checked against this CA.
    m_caFile->setText(QDir::toNativeSeparators(saved.sslRootCert));
    m_caFile->setPlaceholderText(tr("PEM file; empty: ~/.postgresql/root.crt"));
    auto *caRow = new QWidget(m_teamFields);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_chooseCaFile);
    m_chooseCaFile->setAccessibleName(tr("Choose the CA certificate file"));
    auto *caLabel = new QLabel(tr("CA certi&ficate:"), m_teamFields);
    caLabel->setBuddy(m_caFile);
    m_caFile->setAccessibleName(tr("Team database CA certificate file"));
    form->addRow(caLabel, caRow);
    m_plaintext->setChecked(saved.sslMode == QLatin1String("disable"));
    m_plaintext->setAccessibleName(tr("Team database without encryption"));
    form->addRow(QString(), m_plaintext);
    m_transport->setWordWrap(true);
    m_transport->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_transport);
    layout->addWidget(m_teamFields);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // quotes the server
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (settings.useTeamRegistry() ? m_team : m_local)->setChecked(true);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &RegistryDialog::validate);
    connect(m_plaintext, &QCheckBox::toggled, this, &RegistryDialog::validate);
    connect(m_chooseCaFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate of the team database"),
                                                          QFileInfo(typed().sslRootCert).absolutePath(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    connect(m_team, &QRadioButton::toggled, this, &RegistryDialog::validate);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_busy = true;
        validate();
        m_result->setText(tr("Connecting to %1...").arg(typed().describe()));
        m_setup->testTeamDatabase(typed(), this, [this](bool ok, const QString &message) { showResult(ok, message); });
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_busy = true;
        validate();
        m_setup->saveRegistryChoice(m_team->isChecked(), typed(), this, [this](bool ok, const QString &message) {
            if (ok)
                m_password->clear();
            showResult(ok, message);
        });
    });
    setMinimumWidth(560);
    validate();
}

RegistryDialog::~RegistryDialog()
{
    m_password->clear();
}

void RegistryDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitContents();
}

void RegistryDialog::fitContents()
{
    // Qt opens a dialog at most 2/3 of the screen high, and its wrapped sentences (the warning,
    // the server's answer) grow after that: on a 1024x600 laptop they would overlap the fields.
    if (!isVisible() || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    const int room = screen()->availableGeometry().height() - 48; // the frame the window manager adds
    if (height() < needed)
        resize(width(), qMin(needed, room));
}

QString RegistryDialog::resultText() const
{
    return m_result->text();
}

TeamDatabase RegistryDialog::typed() const
{
    TeamDatabase team;
    team.host = m_host->text().trimmed();
    team.port = m_port->value();
    team.database = m_database->text().trimmed();
    team.user = m_user->text().trimmed();
    team.password = m_password->text();
    team.sslRootCert = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    team.sslMode = m_plaintext->isChecked() ? QStringLiteral("disable") : QString();
    return team;
}

QString RegistryDialog::transportText() const
{
    return m_transport->text();
}

void RegistryDialog::validate()
{
    const bool team = m_team->isChecked();
    m_teamFields->setEnabled(team);
    const TeamDatabase typedTeam = typed();
    // What the CA file and encryption rows mean for this server, at those rows.
    QString transport;
    bool usable = true;
    const QFileInfo ca(typedTeam.sslRootCert);
    if (!typedTeam.sslRootCert.isEmpty() && (!ca.isFile() || !ca.isReadable())) {
        transport = tr("There is no readable CA certificate file at this path.");
        usable = false;
    } else if (const QString refused = typedTeam.transportRefusal(); !refused.isEmpty()) {
        transport = refused;
        usable = false;
    } else if (typedTeam.isPlaintextOverNetwork()) {
        transport = typedTeam.plaintextWarning();
    } else if (!typedTeam.host.isEmpty() && !typedTeam.isLoopback()) {
        transport = tr("Over TLS, the server's certificate checked against the CA certificate (sslmode=verify-full).");
    }
    m_transport->setText(transport);
    m_transport->setVisible(!transport.isEmpty()); // no blank line under the check box
    QPalette p = m_transport->palette();
    p.setColor(
        QPalette::WindowText,
        statusColor(usable && !typedTeam.isPlaintextOverNetwork() ? StatusGroup::Completed : StatusGroup::NeedsAction,
                    palette()));
    m_transport->setPalette(p);
    m_caFile->setAccessibleDescription(usable ? QString() : transport);
    const bool complete = !team || (typedTeam.isComplete() && usable);
    m_test->setEnabled(!m_busy && team && complete);
    m_save->setEnabled(!m_busy && complete);
    fitContents();
}

void RegistryDialog::showResult(bool ok, const QString &message)
{
    m_busy = false;
    m_result->setText(message);
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, statusColor(ok ? StatusGroup::Completed : StatusGroup::NeedsAction, palette()));
    m_result->setPalette(p);
    validate();
}

} // namespace portdesk::ui
