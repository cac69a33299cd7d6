#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace portdesk::sandbox {

// Tokens the simulator issued: opaque JWT-shaped strings scoped to one ApiEndpoint URL.
class SimTokens
{
public:
    struct Issued
    {
        QString accountKey;
        QString apiEndpoint;
        qint64 expiresAtMs = 0;
    };

    QString issue(const QString &accountKey, const QString &apiEndpoint, qint64 nowMs, int lifetimeSeconds,
                  qint64 *expiresAtMs);
    const Issued *find(const QString &token) const;
    const QStringList &allIssued() const { return m_order; }
    // As after a server-side key rotation: every token issued so far is refused from now on.
    void revokeAll() { m_tokens.clear(); }

private:
    QHash<QString, Issued> m_tokens;
    QStringList m_order;
};

} // namespace portdesk::sandbox
