#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portdesk {
class AppContext;
}

namespace portdesk::ui {

class FieldFeedback;

// Telegent's address and the account's key pair. The AccountSecret goes to the OS keychain only;
// "Test connection" asks Telegent for a token with what is typed, before anything is saved.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialsDialog(AppContext *context, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    QString resultText() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *forgetButton() const { return m_forget; }

private:
    void validate();
    void showResult(bool ok, const QString &message);
    void setBusy(bool busy);

    AppContext *m_context;
    QLineEdit *m_address;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    FieldFeedback *m_addressFeedback;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_forget;
    bool m_busy = false;
};

} // namespace portdesk::ui
