#include "ConnectionSetup.h"
#include "AppContext.h"
#include "CredentialStore.h"
#include "settings/AppSettings.h"
#include "telegent/Endpoints.h"
#include "telegent/TelegentClient.h"

#include <QPointer>

namespace portdesk {

ConnectionSetup::ConnectionSetup(AppContext *desk, QObject *parent) : QObject(parent), m_desk(desk) {}

void ConnectionSetup::testConnection(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                                     QObject *context, Done done)
{
    const ApiBaseUrl base = ApiBaseUrl::parse(baseUrl);
    if (!base.ok())
        return done(false, base.error);
    // A client of its own, so the desk's working configuration is untouched by a trial. Its one
    // token request is not in the desk's budget window: a user-initiated, one-off request.
    auto *trial = new TelegentClient(m_desk->network(), m_desk->clock(), m_desk);
    trial->setBaseUrl(base);
    trial->setCredentials(accountKey, accountSecret);
    QPointer<QObject> ctx(context);
    trial->tokens()->fetch(
        trial->endpointUrl(endpoint::Order).toString(), trial,
        [trial, ctx, done, base](const std::optional<Token> &token, const ApiError &error) {
            trial->deleteLater();
            if (!ctx)
                return;
            if (token)
                done(true, tr("Connected: %1 accepted the credentials.").arg(base.url.host()));
            else
                done(false, tr("Not connected: %1").arg(error.message.isEmpty() ? error.summary() : error.message));
        });
}

void ConnectionSetup::saveCredentials(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                                      QObject *context, Done done)
{
    const ApiBaseUrl base = ApiBaseUrl::parse(baseUrl);
    if (!base.ok())
        return done(false, base.error);
    const QString key = accountKey.trimmed();
    if (key.isEmpty() || accountSecret.isEmpty())
        return done(false, tr("Enter both the AccountKey and the AccountSecret."));
    QPointer<QObject> ctx(context);
    QPointer<AppContext> desk(m_desk);
    m_desk->credentialStore()->write(
        CredentialStore::keyFor(base.url.host(), key), accountSecret, m_desk,
        [ctx, desk, done, base, key, accountSecret](const CredentialStore::Result &r) {
            if (!r.ok()) {
                if (ctx)
                    done(false, r.message); // no plaintext fallback: nothing is saved, nothing switches
                return;
            }
            AppSettings settings;
            settings.setApiBaseUrl(base.url.toString());
            settings.setAccountKey(key);
            if (!desk)
                return;
            // Saved means used: the running desk switches now, not at its next start.
            desk->switchToLive(base, key, accountSecret, [ctx, done, base, key](const QString &notice) {
                if (!ctx)
                    return;
                QString message = tr("Saved in the system keychain. PortDesk now works live with %1 as %2.")
                                      .arg(base.url.host(), key);
                if (!notice.isEmpty())
                    message += QLatin1Char(' ') + notice;
                done(true, message);
            });
        });
}

void ConnectionSetup::forgetCredentials(QObject *context, Done done)
{
    AppSettings settings;
    const ApiBaseUrl base = ApiBaseUrl::parse(settings.apiBaseUrl());
    const QString key = settings.accountKey();
    if (key.isEmpty())
        return done(true, tr("No credentials are saved."));
    QPointer<QObject> ctx(context);
    QPointer<AppContext> desk(m_desk);
    m_desk->credentialStore()->remove(
        CredentialStore::keyFor(base.url.host(), key), m_desk, [ctx, desk, done](const CredentialStore::Result &r) {
            if (!r.ok() && r.status != CredentialStore::Status::NotFound) {
                if (ctx)
                    done(false, r.message);
                return;
            }
            AppSettings().setAccountKey({});
            const bool wasLive = desk && desk->mode() == AppContext::Mode::Live;
            if (wasLive)
                desk->switchToTraining(tr("The credentials were deleted."));
            if (ctx)
                done(true, wasLive ? tr("Credentials deleted. PortDesk is in training mode now: every request goes to "
                                        "its built-in simulator.")
                                   : tr("Credentials deleted."));
        });
}

} // namespace portdesk
