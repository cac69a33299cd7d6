#include "OpenSslAead.h"

#include <memory>
#include <openssl/evp.h>

namespace portdesk {

namespace {

using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool sizesOk(const QByteArray &key, const QByteArray &nonce)
{
    return key.size() == Aead::kKeyBytes && nonce.size() == Aead::kNonceBytes;
}

} // namespace

QByteArray OpenSslAead::seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                             const QByteArray &plain) const
{
    if (!sizesOk(key, nonce))
        return {};
    Context ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plain.size() + kTagBytes, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, bytes(plain), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + total) != 1)
        return {};
    out.resize(total + kTagBytes);
    return out;
}

std::optional<QByteArray> OpenSslAead::open(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                            const QByteArray &cipherAndTag) const
{
    if (!sizesOk(key, nonce) || cipherAndTag.size() < kTagBytes)
        return std::nullopt;
    const QByteArray cipher = cipherAndTag.left(cipherAndTag.size() - kTagBytes);
    QByteArray tag = cipherAndTag.right(kTagBytes);
    Context ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size() + 16, '\0');
    auto *p = reinterpret_cast<unsigned char *>(plain.data());
    int len = 0;
    int total = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
                    EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), p, &len, bytes(cipher), int(cipher.size())) == 1 &&
                    (total = len, EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1) &&
                    EVP_DecryptFinal_ex(ctx.get(), p + total, &len) == 1;
    if (!ok) {
        plain.fill('\0');
        return std::nullopt;
    }
    plain.resize(total + len);
    return plain;
}

} // namespace portdesk
