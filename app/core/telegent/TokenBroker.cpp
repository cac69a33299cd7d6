#include "TokenBroker.h"
#include "TelegentClient.h"
#include "common/Logging.h"
#include "operations/RequestToken.h"

namespace portdesk {

TokenBroker::TokenBroker(TelegentClient *client) : QObject(client), m_client(client) {}

TokenBroker::~TokenBroker() = default;

bool TokenBroker::isFresh(const Token &token) const
{
    return token.expiresAtMs - m_client->clock()->nowMs() > kRenewBeforeMs;
}

std::optional<Token> TokenBroker::cached(const QString &endpoint) const
{
    const auto it = m_tokens.constFind(endpoint);
    if (it == m_tokens.constEnd() || !isFresh(*it))
        return std::nullopt;
    return *it;
}

void TokenBroker::fetch(const QString &endpoint, QObject *context, Callback callback)
{
    m_waiters[endpoint].append({context, std::move(callback)});
    if (m_inFlight.value(endpoint))
        return; // single flight: the request under way serves this caller too
    auto *op = new RequestToken(m_client, endpoint, this);
    m_inFlight.insert(endpoint, op);
    m_requestCount[endpoint] += 1;
    connect(op, &ApiOperation::finished, this, [this, endpoint, op] { onFetched(endpoint, op); });
    op->start();
}

void TokenBroker::onFetched(const QString &endpoint, RequestToken *op)
{
    op->deleteLater();
    if (m_inFlight.value(endpoint) != op)
        return; // cleared while under way (credentials or base URL changed)
    m_inFlight.remove(endpoint);
    std::optional<Token> token;
    if (op->ok()) {
        token = op->token();
        const qint64 lifeMs = token->expiresAtMs - m_client->clock()->nowMs();
        if (lifeMs <= 0) {
            // Expired on arrival (by the server's own Date, or unreadable): the callers waiting
            // now use it once each; the next call asks for a new one.
            m_tokens.remove(endpoint);
            qCWarning(lcToken).noquote()
                << "token issued for" << endpoint
                << "came with a tokenExpiry already past by the server's Date (or unreadable): used once, not kept";
        } else {
            m_tokens.insert(endpoint, *token);
            qCInfo(lcToken).noquote() << "token issued for" << endpoint << "valid for" << lifeMs / 1000 << "s";
        }
    } else {
        qCWarning(lcToken).noquote() << "token request for" << endpoint << "failed:" << op->error().summary();
    }
    const QList<Waiter> waiters = m_waiters.take(endpoint);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(token, op->error());
    }
}

void TokenBroker::invalidate(const QString &endpoint, const QString &value)
{
    const auto it = m_tokens.find(endpoint);
    if (it != m_tokens.end() && it->value == value)
        m_tokens.erase(it);
}

void TokenBroker::clear()
{
    m_tokens.clear();
    m_inFlight.clear(); // answers still under way are ignored in onFetched
    const auto waiters = std::exchange(m_waiters, {});
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Configuration;
    cancelled.message = tr("The connection settings changed while the request was waiting.");
    for (const QList<Waiter> &list : waiters) {
        for (const Waiter &w : list) {
            if (w.context)
                w.callback(std::nullopt, cancelled);
        }
    }
}

} // namespace portdesk
