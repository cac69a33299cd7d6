#include "TokenSeal.h"
#include "Aead.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace portdesk {

namespace {

const QByteArray kVersion = QByteArrayLiteral("v1:");

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// HKDF-SHA256 (RFC 5869) for one 32-byte block: extract with the salt, expand with the info.
QByteArray hkdf(const QByteArray &secret, const QByteArray &salt, const QByteArray &info)
{
    const QByteArray prk = hmac(salt, secret);
    return hmac(prk, info + char(1));
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

TokenSeal::TokenSeal(const QString &accountKey, const QString &accountSecret)
{
    const QByteArray salt = "PortDesk team tokens/" + accountKey.toUtf8();
    QByteArray secret = accountSecret.toUtf8();
    m_key = hkdf(secret, salt, QByteArrayLiteral("token seal v1"));
    m_macKey = hkdf(secret, salt, QByteArrayLiteral("token fingerprint v1"));
    wipe(secret);
}

TokenSeal::~TokenSeal()
{
    wipe(m_key);
    wipe(m_macKey);
}

QByteArray TokenSeal::seal(const QString &endpoint, const QString &token, QString *error) const
{
    const Aead *aead = aeadModule(error);
    if (!aead)
        return {};
    // A random 96-bit nonce per token: a few hundred seals a day under one key are far from
    // GCM's birthday bound.
    QByteArray nonce(Aead::kNonceBytes, '\0');
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    const QByteArray sealed = aead->seal(m_key, nonce, endpoint.toUtf8(), token.toUtf8());
    if (sealed.isEmpty()) {
        if (error)
            *error = QStringLiteral("the token could not be sealed");
        return {};
    }
    return kVersion + (nonce + sealed).toBase64();
}

std::optional<QString> TokenSeal::open(const QString &endpoint, const QByteArray &sealed, QString *error) const
{
    if (!sealed.startsWith(kVersion))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kVersion.size()));
    if (raw.size() < Aead::kNonceBytes + Aead::kTagBytes)
        return std::nullopt;
    const Aead *aead = aeadModule(error);
    if (!aead)
        return std::nullopt;
    std::optional<QByteArray> plain =
        aead->open(m_key, raw.left(Aead::kNonceBytes), endpoint.toUtf8(), raw.mid(Aead::kNonceBytes));
    if (!plain)
        return std::nullopt;
    const QString token = QString::fromUtf8(*plain);
    wipe(*plain);
    return token;
}

QByteArray TokenSeal::fingerprint(const QString &token) const
{
    return hmac(m_macKey, token.toUtf8()).toHex();
}

} // namespace portdesk
