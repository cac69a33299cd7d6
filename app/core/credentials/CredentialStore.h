#pragma once
#include <QObject>
#include <QPointer>
#include <functional>

namespace portdesk {

// The only door to the OS keychain (QtKeychain). Policy, after the best Qt clients:
//  - every job has a timeout: a locked keyring with an invisible unlock prompt never hangs us;
//  - every failure has a named cause (not found / no backend / denied / timed out / other);
//  - there is no plaintext fallback, ever.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Denied,
        TimedOut,
        Failed
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // only for a successful read
        QString message; // why not, in words for the user
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QString service = QStringLiteral("PortDesk"), int timeoutMs = 10'000,
                             QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback);
    void write(const QString &key, const QString &secret, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    // Keys are namespaced by API host and AccountKey: "telegent/api.telegent.com/DID-...".
    static QString keyFor(const QString &apiHost, const QString &accountKey);
    static QString statusName(Status status);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace portdesk
