#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace portdesk {
class AppContext;
class ConnectionSetup;
} // namespace portdesk

namespace portdesk::ui {

class FieldFeedback;

// PortDesk's settings: Telegent's address and the account's key pair (the AccountSecret goes to
// the OS keychain only; "Test connection" asks Telegent for a token with what is typed, before
// anything is saved; Save switches the running desk to them), and how requests are paced.
// Non-secret values live in QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext *context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString resultText() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *forgetButton() const { return m_forget; }
    QSpinBox *budgetSpin() const { return m_budget; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QSpinBox *shareSpin() const { return m_share; }
    QComboBox *languageCombo() const { return m_language; }
    // Saves the non-secret request settings and applies them at once.
    void applyRequestSettings();
    // Opened because Telegent refused the credentials: the cursor starts in the AccountSecret.
    void focusSecret();

private:
    void validate();
    void save();
    // Saving what the last Test connection just failed with asks first (default: do not save).
    bool confirmSaveAfterFailedTest();
    void showResult(bool ok, const QString &message);
    void setBusy(bool busy);

    AppContext *m_context;
    ConnectionSetup *m_setup;
    QLineEdit *m_address;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    FieldFeedback *m_addressFeedback;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_forget;
    QSpinBox *m_budget;
    QSpinBox *m_timeout;
    QSpinBox *m_share;
    QComboBox *m_language;
    bool m_busy = false;
    bool m_testFailed = false; // the last Test connection failed with exactly what is typed
};

} // namespace portdesk::ui
