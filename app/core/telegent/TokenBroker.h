#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

#include "ApiError.h"
#include "SharedTokens.h"
#include <QSet>

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
// 30 s of it remain; concurrent callers for one endpoint share a single token request. On a team
// (SharedTokens) the token comes from the team first, and a renewal is single-flight across
// every desk of the account.
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
    // Tokens from and for the team from now on (nullptr: this desk's own). It must outlive the
    // broker or be unset first.
    void setShared(SharedTokens *shared);

    // How many token requests were sent per endpoint (a figure for tests and benchmarks).
    int requestsSent(const QString &endpoint) const { return m_requestCount.value(endpoint); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void claimShared(const QString &endpoint);
    void requestNew(const QString &endpoint, bool forTeam);
    void onFetched(const QString &endpoint, RequestToken *op);
    void deliver(const QString &endpoint, const std::optional<Token> &token, const ApiError &error);

    TelegentClient *m_client;
    QHash<QString, Token> m_tokens;
    QHash<QString, QPointer<RequestToken>> m_inFlight;
    QHash<QString, QList<Waiter>> m_waiters;
    QHash<QString, int> m_requestCount;
    SharedTokens *m_shared = nullptr;
    QSet<QString> m_claiming;        // a claim to the team is on its way (or waiting to be asked again)
    QSet<QString> m_renewingForTeam; // this desk holds the team's renewal for these endpoints
    quint64 m_generation = 0;        // answers from before clear() or setShared() are ignored
};

} // namespace portdesk
