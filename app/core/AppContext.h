#pragma once
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

#include "common/Clock.h"
#include "credentials/CredentialStore.h"
#include "registry/TeamDatabase.h"
#include "telegent/TelegentClient.h"

class QNetworkAccessManager;

namespace portdesk {
namespace sandbox {
class Simulator;
}
class CustomerNotifier;
class DraftStore;
class OrderActions;
class PortInSession;
class OrderRegistry;
class PollLease;
class PollPlanner;
class TeamLedger;
struct RegistryLocation;

// The composition root shared by portdesk, portdesk-cli and portdesk-sandbox: one clock, one
// QNetworkAccessManager, one Telegent client, and - in training mode - the embedded simulator.
class AppContext : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Starting,
        Training,
        Live
    };
    // Who keeps this desk's orders fresh: the desk itself, or - with a team registry - the one
    // desk of the account that holds the polling lease (this one, or another).
    enum class PollRole
    {
        NotPolling,
        ThisDesk,
        TeamThisDesk,
        TeamOtherDesk
    };

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
    // The registry --registry / PORTDESK_REGISTRY chose: a file as above, or a team database used
    // as the saved one would be (polling lease, team sync), whatever the settings say.
    void setRegistry(const RegistryLocation &where);
    // The team database a live desk's registry is in: the chosen one, else the saved one when
    // the settings choose a team registry and no file was chosen. Without the password.
    std::optional<TeamDatabase> teamDatabase() const;
    // The team registry's password from the keychain (when one is used and PGPASSWORD does not
    // give it), then `then`. For a live start that does not read the keychain itself.
    void readTeamPassword(std::function<void()> then);
    // The GUI keeps orders fresh from the start; the CLI polls only for `watch`.
    void setAutoPoll(bool on) { m_autoPoll = on; }

    // Switches the running desk to these credentials (they were just saved): a new client and
    // tokens, the live registry when it was training (the practice orders dropped), the agent's
    // typed values kept. Requests already on their way finish against the old target, never
    // re-sent. `done` gets a sentence on what was dropped (or nothing).
    void switchToLive(const ApiBaseUrl &base, const QString &accountKey, const QString &accountSecret,
                      std::function<void(const QString &notice)> done);
    // Back to the embedded simulator (the credentials were forgotten), the same way.
    void switchToTraining(const QString &reason);
    // The connection the last switch retired stays (client, registry, simulator) while `user`
    // lives: for what sends on it by itself, such as a CSV batch still on its way.
    void keepRetiredConnectionFor(QObject *user);
    // Budget per minute, background share and request timeout from the settings, applied now.
    void applyRequestSettings();

    // Starts keeping open orders fresh: at once for a desk's own registry; through the team's
    // polling lease for a team registry. The GUI does this from the start, the CLI for `watch`.
    void startPolling();
    PollRole pollRole() const { return m_pollRole; }
    // Texts the customers agreed to: sent only while this desk polls (on a team, only the desk
    // that polls sends), else nullptr.
    CustomerNotifier *notifier() { return m_notifier; }

    Mode mode() const { return m_mode; }
    // Why the app is in this mode, in words for the user ("No credentials are set...").
    QString modeReason() const { return m_reason; }
    // An AccountKey is configured but the keychain has no secret for it: ask for the credentials.
    bool credentialsMissing() const { return m_credentialsMissing; }
    TelegentClient *client() { return m_client; }
    OrderRegistry *registry() { return m_registry; }
    PollPlanner *planner() { return m_planner; }
    // The team's shared budget and tokens (live, on a team registry), else nullptr.
    TeamLedger *teamLedger() { return m_ledger; }
    OrderActions *actions() { return m_actions; }
    // The agent's port-in in progress; from the start, its draft once the mode is known (the
    // draft file depends on it).
    PortInSession *portInSession() { return m_session; }
    // Why the order registry could not be opened (empty when it is open).
    QString registryError() const { return m_registryError; }
    // Who this desk's user is, for the orders' "submitted by" and history.
    QString userName() const { return m_userName; }
    sandbox::Simulator *simulator() { return m_simulator; }
    Clock *clock() { return m_clock; }
    QNetworkAccessManager *network() { return m_nam; }
    CredentialStore *credentialStore() { return m_credentials; }

signals:
    void modeChanged(portdesk::AppContext::Mode mode);
    void pollRoleChanged(portdesk::AppContext::PollRole role, const QString &why);
    // A team desk lost the account's shared budget (why: what failed, and the share it keeps
    // to) or rejoined it.
    void sharedBudgetChanged(bool shared, const QString &why);

private:
    void startTraining(const QString &reason);
    void setMode(Mode mode, const QString &reason);
    // Before a switch: the current client, planner and actions (and the registry and simulator
    // unless kept) go on until their last request has finished, then they are deleted.
    void retireConnection(bool keepRegistry);
    DraftStore *draftsFor(Mode mode);
    void openRegistry();
    void recoverTexts();
    void setPollRole(PollRole role, const QString &why = {});
    // On a team registry, live: the account's budget and tokens are the team's from now on.
    void joinTeamLedger();
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
    TeamLedger *m_ledger = nullptr; // outlives the client that uses it
    PollRole m_pollRole = PollRole::NotPolling;
    CustomerNotifier *m_notifier = nullptr; // while this desk polls
    QString m_teamPassword;                 // in memory only, from the keychain
    OrderActions *m_actions;
    QString m_registryError;
    QString m_registryPath;
    std::optional<TeamDatabase> m_chosenTeam; // --registry postgresql://...
    std::unique_ptr<DraftStore> m_liveDrafts;
    std::unique_ptr<DraftStore> m_trainingDrafts;
    PortInSession *m_session = nullptr;
    QString m_userName;
    sandbox::Simulator *m_simulator = nullptr;
    Mode m_mode = Mode::Starting;
    QString m_reason;
    bool m_credentialsMissing = false;
    bool m_autoPoll = true;
};

} // namespace portdesk
