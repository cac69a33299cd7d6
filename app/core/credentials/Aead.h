#pragma once
#include <QByteArray>
#include <QString>
#include <QtPlugin>
#include <optional>

namespace portdesk {

// Authenticated encryption (AES-256-GCM) for the team's sealed tokens (credentials/TokenSeal).
// Implemented by the "aead" module (app/core/modules/aead) on OpenSSL's libcrypto, loaded the
// first time a team token is sealed or opened - never on the way to a desk's first paint, which a
// libcrypto linked into the programs slowed by a few milliseconds.
class Aead
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    virtual ~Aead() = default;
    // The ciphertext followed by its tag; empty if the key or nonce has the wrong size or the
    // library failed.
    virtual QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                            const QByteArray &plain) const = 0;
    // The plaintext, or nullopt when the tag does not match (another key, other data, altered).
    virtual std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                           const QByteArray &cipherAndTag) const = 0;
};

// The loaded module, or nullptr with *error saying why (the first call loads it; thread-safe).
const Aead *aeadModule(QString *error = nullptr);

} // namespace portdesk

#define PORTDESK_AEAD_IID "io.portdesk.Aead/1"
Q_DECLARE_INTERFACE(portdesk::Aead, PORTDESK_AEAD_IID)
