#include "SimTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace portdesk::sandbox {

namespace {
QByteArray b64url(const QByteArray &in)
{
    return in.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QString SimTokens::issue(const QString &accountKey, const QString &apiEndpoint, qint64 nowMs, int lifetimeSeconds,
                         qint64 *expiresAtMs)
{
    // Whole seconds, like the tokenExpiry text the client reads.
    const qint64 expires = (nowMs / 1000 + lifetimeSeconds) * 1000;
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QJsonObject claims{{QStringLiteral("nameidentifier"), accountKey},
                             {QStringLiteral("exp"), expires / 1000},
                             {QStringLiteral("iss"), QStringLiteral("https://sandbox.portdesk.invalid")},
                             {QStringLiteral("aud"), QStringLiteral("portdesk.sandbox")},
                             {QStringLiteral("scope"), apiEndpoint}};
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(signature.data()), 8);
    const QString token = QString::fromLatin1(
        b64url(header) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64url(signature));
    m_tokens.insert(token, {accountKey, apiEndpoint, expires});
    m_order << token;
    *expiresAtMs = expires;
    return token;
}

const SimTokens::Issued *SimTokens::find(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.constEnd() ? nullptr : &*it;
}

} // namespace portdesk::sandbox
