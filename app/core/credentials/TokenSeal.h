#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace portdesk {

// Seals Telegent bearer tokens for the team database, so that a reader of the database (a
// backup, a dump, a curious DBA) without the account's AccountSecret can not use them.
// AES-256-GCM (the "aead" module, OpenSSL) with a key derived by HKDF-SHA256 from the
// AccountSecret (salted per AccountKey); the endpoint is authenticated data, so a sealed token
// moved to another endpoint's row does not open. The key lives in memory only, like the secret.
class TokenSeal
{
public:
    TokenSeal(const QString &accountKey, const QString &accountSecret);
    ~TokenSeal();
    TokenSeal(const TokenSeal &) = delete;
    TokenSeal &operator=(const TokenSeal &) = delete;

    // "v1:" + base64(nonce | ciphertext | tag); empty (and *error says why) if the module is
    // missing or failed.
    QByteArray seal(const QString &endpoint, const QString &token, QString *error = nullptr) const;
    // The token, or nullopt when the text was sealed with another secret, for another endpoint,
    // or altered (or the module is missing: then *error says so).
    std::optional<QString> open(const QString &endpoint, const QByteArray &sealed, QString *error = nullptr) const;
    // A keyed fingerprint of a token: lets a desk say "forget this token" (after a 401) without
    // reading or revealing it.
    QByteArray fingerprint(const QString &token) const;

private:
    QByteArray m_key;    // AEAD key
    QByteArray m_macKey; // fingerprint key (a separate HKDF output)
};

} // namespace portdesk
