#pragma once
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace portdesk {
class AppContext;
class RegistrySetup;
struct TeamDatabase;
} // namespace portdesk

namespace portdesk::ui {

// Where this desk keeps its orders: on this computer (SQLite) or in the team's PostgreSQL
// database, which every desk of the account shares. "Test" connects with what is typed, off the
// GUI thread; "Save" writes the choice to the settings and a password to the keychain only.
// A server on another computer is reached over verified TLS (the CA file picked here), or in
// plaintext only when the agent ticks it, and the dialog then says so.
class RegistryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistryDialog(AppContext *context, QWidget *parent = nullptr);
    ~RegistryDialog() override;

    QRadioButton *localChoice() const { return m_local; }
    QRadioButton *teamChoice() const { return m_team; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *plaintextCheck() const { return m_plaintext; }
    // What the dialog says under the CA file and encryption rows (empty when nothing to say).
    QString transportText() const;
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QString resultText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Tall enough for what its labels now say, within the screen.
    void fitContents();
    TeamDatabase typed() const;
    void validate();
    void showResult(bool ok, const QString &message);

    RegistrySetup *m_setup;
    QRadioButton *m_local;
    QRadioButton *m_team;
    QWidget *m_teamFields;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QPushButton *m_chooseCaFile;
    QCheckBox *m_plaintext;
    QLabel *m_transport;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
    bool m_busy = false;
};

} // namespace portdesk::ui
