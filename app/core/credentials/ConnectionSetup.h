#pragma once
#include <QObject>
#include <functional>

namespace portdesk {

class AppContext;

// What the credentials dialog does with the desk's connection: try credentials, save them (and
// switch the running desk to them at once), forget them (and go back to training). Each answers
// once through `done` with whether it worked and a sentence that says what happened; nothing is
// answered once `context` is gone.
class ConnectionSetup : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit ConnectionSetup(AppContext *desk, QObject *parent = nullptr);

    // Asks Telegent for a token for the order endpoint with these values; nothing is saved.
    void testConnection(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                        QObject *context, Done done);
    // Secret to the keychain, address and AccountKey to the settings, then the desk works with
    // them: live, with a new client and tokens (AppContext::switchToLive).
    void saveCredentials(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                         QObject *context, Done done);
    // Deletes the keychain entry and the AccountKey; a live desk goes back to training at once.
    void forgetCredentials(QObject *context, Done done);

private:
    AppContext *m_desk;
};

} // namespace portdesk
