#pragma once
#include <QObject>
#include <functional>
#include <memory>

#include "common/Clock.h"
#include "credentials/CredentialStore.h"
#include "telegent/TelegentClient.h"

class QNetworkAccessManager;

namespace portdesk {
namespace sandbox {
class Simulator;
}
class DraftStore;
class OrderActions;
class PortInSession;
class OrderRegistry;
class PollLease;
class PollPlanner;
struct TeamDatabase;

// The composition root shared by portdesk, portdesk-cli and portdesk-sandbox: one clock, one
// QNetworkAccessManager, one Telegent client, and - in training mode - the embedded simulator.
class AppContext : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Starting, Training, Live };
    // Who keeps this desk's orders fresh: the desk itself, or - with a team registry - the one
    // desk of the account that holds the polling lease (this one, or another).
    enum class PollRole { NotPolling, ThisDesk, TeamThisDesk, TeamOtherDesk };

    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    // Reads the settings and, when an AccountKey is configured, its secret from the keychain.
    // Without usable credentials the app runs in training mode against the embedded simulator.
    void start();
    // For portdesk-cli: live with the given credentials, or the embedded simulator, or the saved
    // credentials without any fallback to training (`done` says why not).
    void startLive(const ApiBaseUrl &base, const QString &accountKey, const QString &accountSecret);
    void startSandbox() { startTraining(tr("--sandbox: the embedded simulator.")); }
    void startSaved(const QString &baseOverride, std::function<void(bool ok, const QString &why)> done);
    // Use this SQLite file for the order registry instead of the default (support, benchmarks).
    void setRegistryPath(const QString &path) { m_registryPath = path; }
    // The GUI keeps orders fresh from the start; the CLI polls only for `watch`.
    void setAutoPoll(bool on) { m_autoPoll = on; }

    // Credentials, for the credentials dialog (and later the CLI). Each answers once through
    // `done` with whether it worked and a sentence that says what happened.
    using Done = std::function<void(bool ok, const QString &message)>;
    // Asks Telegent for a token for the order endpoint with these values; nothing is saved.
    void testConnection(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                        QObject *context, Done done);
    // Secret to the keychain, address and AccountKey to the settings. Takes effect at next start.
    void saveCredentials(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                         QObject *context, Done done);
    // Budget per minute, background share and request timeout from the settings, applied now.
    void applyRequestSettings();
    // Deletes the keychain entry and the AccountKey: the next start is in training mode.
    void forgetCredentials(QObject *context, Done done);
    // Tries a connection to a team database off the GUI thread (nothing is saved).
    void testTeamDatabase(const TeamDatabase &team, QObject *context, Done done);
    // The registry choice to the settings, a team password (when given) to the keychain.
    // Takes effect at next start.
    void saveRegistryChoice(bool team, const TeamDatabase &database, QObject *context, Done done);

    // Starts keeping open orders fresh: at once for a desk's own registry; through the team's
    // polling lease for a team registry. The GUI does this from the start, the CLI for `watch`.
    void startPolling();
    PollRole pollRole() const { return m_pollRole; }

    Mode mode() const { return m_mode; }
    // Why the app is in this mode, in words for the user ("No credentials are set...").
    QString modeReason() const { return m_reason; }
    // An AccountKey is configured but the keychain has no secret for it: ask for the credentials.
    bool credentialsMissing() const { return m_credentialsMissing; }
    TelegentClient *client() { return m_client; }
    OrderRegistry *registry() { return m_registry; }
    PollPlanner *planner() { return m_planner; }
    OrderActions *actions() { return m_actions; }
    // The agent's port-in in progress; exists once the mode is known (its draft file depends on it).
    PortInSession *portInSession() { return m_session; }
    // Why the order registry could not be opened (empty when it is open).
    QString registryError() const { return m_registryError; }
    // Who this desk's user is, for the orders' "submitted by" and history.
    QString userName() const { return m_userName; }
    sandbox::Simulator *simulator() { return m_simulator; }
    Clock *clock() { return m_clock; }

signals:
    void modeChanged(portdesk::AppContext::Mode mode);
    void pollRoleChanged(portdesk::AppContext::PollRole role, const QString &why);

private:
    void startTraining(const QString &reason);
    void setMode(Mode mode, const QString &reason);
    void openRegistry();
    void setPollRole(PollRole role, const QString &why = {});
    // Reads the AccountSecret (retrying once on Linux when asked); goes live when it is there,
    // then tells `after` what the keychain said.
    void readSecret(const ApiBaseUrl &base, const QString &accountKey, bool retry,
                    std::function<void(const CredentialStore::Result &)> after);

    SystemClock *m_clock;
    QNetworkAccessManager *m_nam;
    TelegentClient *m_client;
    CredentialStore *m_credentials;
    OrderRegistry *m_registry;
    PollPlanner *m_planner;
    PollLease *m_lease = nullptr;
    PollRole m_pollRole = PollRole::NotPolling;
    QString m_teamPassword; // in memory only, from the keychain
    OrderActions *m_actions;
    QString m_registryError;
    QString m_registryPath;
    std::unique_ptr<DraftStore> m_drafts;
    PortInSession *m_session = nullptr;
    QString m_userName;
    sandbox::Simulator *m_simulator = nullptr;
    Mode m_mode = Mode::Starting;
    QString m_reason;
    bool m_credentialsMissing = false;
    bool m_autoPoll = true;
};

} // namespace portdesk
