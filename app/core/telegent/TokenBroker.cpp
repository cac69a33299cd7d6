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

void TokenBroker::setShared(SharedTokens *shared)
{
    clear();
    m_shared = shared;
    if (m_shared) {
        // Another desk's 401/403: the copy held here is no good either.
        m_shared->setInvalidationHandler(this, [this](const QString &endpoint) { m_tokens.remove(endpoint); });
    }
}

void TokenBroker::fetch(const QString &endpoint, QObject *context, Callback callback)
{
    m_waiters[endpoint].append({context, std::move(callback)});
    if (m_inFlight.value(endpoint) || m_claiming.contains(endpoint))
        return; // single flight: the request under way serves this caller too
    if (m_shared)
        claimShared(endpoint);
    else
        requestNew(endpoint, false);
}

void TokenBroker::claimShared(const QString &endpoint)
{
    m_claiming.insert(endpoint);
    const quint64 generation = m_generation;
    m_shared->claim(endpoint, kRenewBeforeMs, this, [this, endpoint, generation](const SharedTokens::Claim &claim) {
        if (generation != m_generation)
            return;
        switch (claim.kind) {
        case SharedTokens::Claim::Kind::Token: {
            m_claiming.remove(endpoint);
            const Token token{claim.value, endpoint, m_client->clock()->nowMs() + claim.remainingMs};
            m_tokens.insert(endpoint, token);
            deliver(endpoint, token, {});
            return;
        }
        case SharedTokens::Claim::Kind::Renew:
            m_claiming.remove(endpoint);
            requestNew(endpoint, true);
            return;
        case SharedTokens::Claim::Kind::Wait:
            // Another desk is asking Telegent: its token, not a second request, serves this desk.
            m_client->clock()->callAfter(std::max<qint64>(1, claim.waitMs), this, [this, endpoint, generation] {
                if (generation != m_generation)
                    return;
                m_claiming.remove(endpoint);
                if (!m_waiters.value(endpoint).isEmpty())
                    claimShared(endpoint);
            });
            return;
        case SharedTokens::Claim::Kind::Unavailable:
            m_claiming.remove(endpoint);
            qCWarning(lcToken).noquote() << "team token for" << endpoint << "not usable (" << claim.why
                                         << "): this desk asks for its own";
            requestNew(endpoint, false);
            return;
        }
    });
}

void TokenBroker::requestNew(const QString &endpoint, bool forTeam)
{
    auto *op = new RequestToken(m_client, endpoint, this);
    m_inFlight.insert(endpoint, op);
    if (forTeam)
        m_renewingForTeam.insert(endpoint);
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
    const bool forTeam = m_renewingForTeam.remove(endpoint) && m_shared;
    bool storedForTeam = false;
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
            if (forTeam) {
                m_shared->store(endpoint, token->value, lifeMs);
                storedForTeam = true;
            }
        }
    } else {
        qCWarning(lcToken).noquote() << "token request for" << endpoint << "failed:" << op->error().summary();
    }
    if (forTeam && !storedForTeam)
        m_shared->release(endpoint); // nothing for the team: another desk may try
    deliver(endpoint, token, op->error());
}

void TokenBroker::deliver(const QString &endpoint, const std::optional<Token> &token, const ApiError &error)
{
    const QList<Waiter> waiters = m_waiters.take(endpoint);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(token, error);
    }
}

void TokenBroker::invalidate(const QString &endpoint, const QString &value)
{
    const auto it = m_tokens.find(endpoint);
    if (it != m_tokens.end() && it->value == value)
        m_tokens.erase(it);
    if (m_shared)
        m_shared->invalidate(endpoint, value);
}

void TokenBroker::clear()
{
    m_tokens.clear();
    m_inFlight.clear(); // answers still under way are ignored in onFetched
    ++m_generation;
    m_claiming.clear();
    if (m_shared) {
        for (const QString &endpoint : std::as_const(m_renewingForTeam))
            m_shared->release(endpoint);
    }
    m_renewingForTeam.clear();
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
