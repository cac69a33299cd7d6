#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

#include "ApiError.h"

namespace portdesk {

class TelegentClient;
class RequestToken;

struct Token
{
    QString value;
    QString endpoint;       // the ApiEndpoint it is scoped to
    qint64 expiresAtMs = 0; // on our clock
};

// One token per endpoint URL, in memory only. A cached token is handed out only while more than
// 30 s of it remain; concurrent callers for one endpoint share a single token request.
class TokenBroker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRenewBeforeMs = 30'000;
    using Callback = std::function<void(const std::optional<Token> &, const ApiError &)>;

    explicit TokenBroker(TelegentClient *client);
    ~TokenBroker() override;

    // The cached token for endpoint, if more than 30 s of it remain.
    std::optional<Token> cached(const QString &endpoint) const;
    bool isFresh(const Token &token) const;
    // Calls back with a token (or the error that prevented one). Single flight per endpoint.
    void fetch(const QString &endpoint, QObject *context, Callback callback);
    // The server refused `value` for endpoint: forget it unless a newer token replaced it.
    void invalidate(const QString &endpoint, const QString &value);
    void clear();

    // How many token requests were sent per endpoint (a figure for tests and benchmarks).
    int requestsSent(const QString &endpoint) const { return m_requestCount.value(endpoint); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void onFetched(const QString &endpoint, RequestToken *op);

    TelegentClient *m_client;
    QHash<QString, Token> m_tokens;
    QHash<QString, QPointer<RequestToken>> m_inFlight;
    QHash<QString, QList<Waiter>> m_waiters;
    QHash<QString, int> m_requestCount;
};

} // namespace portdesk
