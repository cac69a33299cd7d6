#include "TokenSeal.h"

#include <QMessageAuthenticationCode>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace portdesk {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
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

QByteArray TokenSeal::seal(const QString &endpoint, const QString &token) const
{
    const QByteArray aad = endpoint.toUtf8();
    const QByteArray plain = token.toUtf8();
    QByteArray nonce(kNonceBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), kNonceBytes) != 1)
        return {};
    QByteArray out(plain.size() + kTagBytes, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(m_key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) == 1 &&
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) == 1 &&
        (total = len, EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + total, &len) == 1) &&
        (total += len, EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, out.data() + total) == 1);
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return {};
    out.resize(total + kTagBytes);
    return kVersion + (nonce + out).toBase64();
}

std::optional<QString> TokenSeal::open(const QString &endpoint, const QByteArray &sealed) const
{
    if (!sealed.startsWith(kVersion))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kVersion.size()));
    if (raw.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray aad = endpoint.toUtf8();
    const QByteArray nonce = raw.left(kNonceBytes);
    const QByteArray cipher = raw.mid(kNonceBytes, raw.size() - kNonceBytes - kTagBytes);
    QByteArray tag = raw.right(kTagBytes);
    QByteArray plain(cipher.size() + 16, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(m_key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &len,
                          reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size())) == 1 &&
        (total = len, EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1) &&
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + total, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        wipe(plain);
        return std::nullopt;
    }
    plain.resize(total + len);
    const QString token = QString::fromUtf8(plain);
    wipe(plain);
    return token;
}

QByteArray TokenSeal::fingerprint(const QString &token) const
{
    return hmac(m_macKey, token.toUtf8()).toHex();
}

} // namespace portdesk
