#pragma once
#include "credentials/Aead.h"

#include <QObject>

namespace portdesk {

// The "aead" module: AES-256-GCM from OpenSSL's libcrypto, kept out of the programs' own link.
class OpenSslAead : public QObject, public Aead
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PORTDESK_AEAD_IID)
    Q_INTERFACES(portdesk::Aead)
public:
    QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                    const QByteArray &plain) const override;
    std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                   const QByteArray &cipherAndTag) const override;
};

} // namespace portdesk
