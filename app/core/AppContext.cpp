#include "AppContext.h"
#include "RetiredConnection.h"
#include "common/Logging.h"
#include "messaging/CustomerNotifier.h"
#include "registry/CustomerTexts.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "registry/PollLease.h"
#include "registry/PollPlanner.h"
#include "registry/RegistryLocation.h"
#include "registry/TeamDatabase.h"
#include "registry/TeamLedger.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include "telegent/Endpoints.h"

namespace portdesk {

AppContext::AppContext(QObject *parent)
    : QObject(parent), m_clock(new SystemClock(this)), m_nam(new QNetworkAccessManager(this)),
      m_client(new TelegentClient(m_nam, m_clock, this)),
      m_credentials(new CredentialStore(QStringLiteral("PortDesk"), 10'000, this)), m_registry(new OrderRegistry(this)),
      m_planner(new PollPlanner(m_registry, m_client, this)),
      m_userName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("agent"))))
{
    m_actions = new OrderActions(m_registry, m_client, m_userName, this);
    // The wizard is on the first paint, before the mode is known: its session exists from here,
    // with no connection (the client has no target yet) and no draft (which depends on the
    // mode); an eligibility check asked meanwhile waits for setMode() to connect it.
    m_session = new PortInSession(m_clock, m_userName, this);
    applyRequestSettings();
}

void AppContext::applyRequestSettings()
{
    const AppSettings settings;
    m_client->scheduler()->budget().setPerMinute(settings.ratePerMinute());
    m_client->scheduler()->budget().setBackgroundShare(settings.backgroundShare());
    m_client->scheduler()->setTimeoutMs(settings.requestTimeoutSeconds() * 1000LL);
}

AppContext::~AppContext()
{
    // Users of the client first, then the client, and only then what it runs on (clock, network):
    // a request still in flight at exit must not outlive its clock.
    delete m_session; // saves a pending draft while the draft store still exists
    m_session = nullptr;
    for (RetiredConnection *retired : findChildren<RetiredConnection *>(Qt::FindDirectChildrenOnly))
        delete retired; // their clients run on the clock and network deleted after this
    delete m_notifier;  // texts still on their way become unknown outcomes, never re-sent
    m_notifier = nullptr;
    delete m_actions;
    delete m_lease; // frees the team's polling lock at once for the next desk
    delete m_planner;
    delete m_client;
    delete m_ledger; // after the client, whose scheduler and tokens ask it
    delete m_simulator;
    delete m_registry;
}

void AppContext::openRegistry()
{
    if (m_registry->isOpen())
        return;
    std::optional<TeamDatabase> team = teamDatabase();
    if (m_mode == Mode::Live && team) {
        team->password = m_teamPassword;
        if (!m_registry->openPostgres(*team, m_client->accountKey(), &m_registryError))
            qCWarning(lcApp).noquote() << m_registryError;
        return recoverTexts();
    }
    // Training orders never mix with real ports, and the embedded simulator forgets its orders
    // when the app closes: practice orders live in memory for the session only.
    const QString path = !m_registryPath.isEmpty()  ? m_registryPath
                         : m_mode == Mode::Training ? QStringLiteral(":memory:")
                                                    : OrderRegistry::defaultSqlitePath();
    if (!m_registry->openSqlite(path, &m_registryError))
        qCWarning(lcApp).noquote() << m_registryError;
    recoverTexts();
}

void AppContext::recoverTexts()
{
    // Texts a stopped process left on their way: unknown from now on, never sent again.
    QString why;
    if (m_registry->isOpen() && CustomerTexts(m_registry, m_userName).recoverOrphans(m_clock->nowMs(), &why) < 0)
        qCWarning(lcApp).noquote() << why;
}

void AppContext::joinTeamLedger()
{
    if (m_ledger || m_mode != Mode::Live || !m_registry->isOpen() || !m_registry->isTeam())
        return;
    TeamDatabase team = teamDatabase().value_or(TeamDatabase());
    team.password = m_teamPassword;
    m_ledger = new TeamLedger(team, m_client->accountKey(), m_client->accountSecret(), this);
    m_client->scheduler()->setSharedBudget(m_ledger);
    m_client->tokens()->setShared(m_ledger);
    connect(m_client->scheduler(), &RequestScheduler::sharedBudgetChanged, this, &AppContext::sharedBudgetChanged);
}

void AppContext::startPolling()
{
    if (!m_registry->isOpen() || m_lease || m_planner->isRunning())
        return;
    if (!m_registry->isTeam()) {
        m_planner->start();
        return setPollRole(PollRole::ThisDesk);
    }
    TeamDatabase team = teamDatabase().value_or(TeamDatabase());
    team.password = m_teamPassword;
    m_lease = new PollLease(team, m_client->accountKey(), this);
    connect(m_lease, &PollLease::acquired, this, [this] {
        m_planner->start();
        setPollRole(PollRole::TeamThisDesk);
    });
    connect(m_lease, &PollLease::lost, this, [this](const QString &why) {
        m_planner->stop();
        setPollRole(PollRole::TeamOtherDesk, why);
    });
    // Tests shorten the retry; 10 s keeps a takeover well within the 30 s the team expects.
    const int retryMs = qEnvironmentVariableIntValue("PORTDESK_LEASE_RETRY_MS");
    m_lease->start(retryMs > 0 ? retryMs : 10'000); // the first try is immediate
    if (!m_lease->isHeld())
        setPollRole(PollRole::TeamOtherDesk,
                    m_lease->lastError().isEmpty()
                        ? QString()
                        : tr("the team database cannot be reached: %1").arg(m_lease->lastError()));
}

void AppContext::setPollRole(PollRole role, const QString &why)
{
    if (role == m_pollRole)
        return;
    m_pollRole = role;
    const bool polls = role == PollRole::ThisDesk || role == PollRole::TeamThisDesk;
    if (polls && !m_notifier) {
        m_notifier = new CustomerNotifier(m_registry, m_client, m_clock, m_userName, this);
    } else if (!polls) {
        delete m_notifier;
        m_notifier = nullptr;
    }
    emit pollRoleChanged(role, why);
}

void AppContext::setMode(Mode mode, const QString &reason)
{
    m_mode = mode;
    openRegistry();
    joinTeamLedger();
    if (m_autoPoll)
        startPolling();
    m_session->setConnection(m_client, m_registry, draftsFor(mode)); // the agent's typing stays
    m_reason = reason;
    qCInfo(lcApp).noquote() << (mode == Mode::Live ? "live mode:" : "training mode:") << reason;
    emit modeChanged(mode);
}

DraftStore *AppContext::draftsFor(Mode mode)
{
    // A trainee's half-typed practice port must never come back as a live draft.
    std::unique_ptr<DraftStore> &drafts = mode == Mode::Training ? m_trainingDrafts : m_liveDrafts;
    if (!drafts) {
        QString path = DraftStore::defaultPath();
        if (mode == Mode::Training)
            path.replace(QLatin1String(".json"), QLatin1String("-training.json"));
        drafts = std::make_unique<DraftStore>(path);
    }
    return drafts.get();
}

void AppContext::keepRetiredConnectionFor(QObject *user)
{
    const auto retired = findChildren<RetiredConnection *>(Qt::FindDirectChildrenOnly);
    if (!retired.isEmpty())
        retired.constLast()->keepFor(user);
}

void AppContext::retireConnection(bool keepRegistry)
{
    m_planner->stop();
    delete m_lease; // frees the team's polling lock at once
    m_lease = nullptr;
    setPollRole(PollRole::NotPolling);
    // Deleted in this order once idle: users of the client, the client, what it talked to.
    new RetiredConnection(
        m_client, {m_actions, m_planner, m_client, m_ledger, m_simulator, keepRegistry ? nullptr : m_registry}, this);
    m_simulator = nullptr;
    m_ledger = nullptr; // a new one with the next credentials
    m_client = new TelegentClient(m_nam, m_clock, this);
    if (!keepRegistry) {
        m_registry = new OrderRegistry(this);
        m_registryError.clear();
    }
    m_planner = new PollPlanner(m_registry, m_client, this);
    m_actions = new OrderActions(m_registry, m_client, m_userName, this);
    applyRequestSettings();
}

void AppContext::switchToLive(const ApiBaseUrl &base, const QString &accountKey, const QString &accountSecret,
                              std::function<void(const QString &notice)> done)
{
    readTeamPassword([this, base, accountKey, accountSecret, done] {
        const bool wasTraining = m_mode == Mode::Training;
        const int practiceOrders = m_registry->isOpen() ? m_registry->count() : 0;
        // One live registry for the desk: kept when it stays the same one (same file, or the
        // same account's team database); a training registry never becomes a live one.
        const bool keepRegistry = m_mode == Mode::Starting || !m_registryPath.isEmpty() ||
                                  (m_mode == Mode::Live && m_registry->isOpen() &&
                                   (!m_registry->isTeam() || m_client->accountKey() == accountKey.trimmed()));
        if (m_mode != Mode::Starting)
            retireConnection(keepRegistry);
        m_credentialsMissing = false;
        QString notice;
        if (wasTraining && !keepRegistry && practiceOrders > 0) // nothing to say about none
            notice = tr("The %n practice order(s) of the training session were dropped: they never reached a carrier.",
                        nullptr, practiceOrders);
        m_client->setBaseUrl(base);
        m_client->setCredentials(accountKey, accountSecret);
        const QString connected = tr("Connected to %1 as %2.").arg(base.url.host(), accountKey.trimmed());
        setMode(Mode::Live, notice.isEmpty() ? connected : connected + QLatin1Char(' ') + notice);
        if (done)
            done(notice);
    });
}

void AppContext::switchToTraining(const QString &reason)
{
    if (m_mode == Mode::Live)
        retireConnection(!m_registryPath.isEmpty());
    startTraining(reason);
}

void AppContext::start()
{
    const AppSettings settings;
    const ApiBaseUrl base = ApiBaseUrl::parse(settings.apiBaseUrl());
    const QString accountKey = settings.accountKey();
    if (accountKey.isEmpty()) {
        startTraining(tr("No Telegent credentials are set."));
        return;
    }
    if (!base.ok()) {
        startTraining(tr("The API address in the settings is not usable: %1").arg(base.error));
        return;
    }
    readSecret(base, accountKey, /*retry=*/true, [this](const CredentialStore::Result &r) {
        if (r.ok())
            return;
        m_credentialsMissing = r.status == CredentialStore::Status::NotFound;
        startTraining(r.message);
    });
}

void AppContext::startLive(const ApiBaseUrl &base, const QString &accountKey, const QString &accountSecret)
{
    if (m_mode != Mode::Starting)
        return switchToLive(base, accountKey, accountSecret, {});
    m_client->setBaseUrl(base);
    m_client->setCredentials(accountKey, accountSecret);
    setMode(Mode::Live, tr("Connected to %1 as %2.").arg(base.url.host(), accountKey));
}

void AppContext::startSaved(const QString &baseOverride, std::function<void(bool ok, const QString &why)> done)
{
    const AppSettings settings;
    const ApiBaseUrl base = ApiBaseUrl::parse(baseOverride.isEmpty() ? settings.apiBaseUrl() : baseOverride);
    const QString accountKey = settings.accountKey();
    if (!base.ok())
        return done(false, base.error);
    if (accountKey.isEmpty())
        return done(false, tr("No Telegent credentials: set TELEGENT_ACCOUNT_KEY and TELEGENT_ACCOUNT_SECRET, "
                              "save them in PortDesk's settings, or use --sandbox."));
    readSecret(base, accountKey, /*retry=*/false,
               [done](const CredentialStore::Result &r) { done(r.ok(), r.ok() ? QString() : r.message); });
}

void AppContext::readSecret(const ApiBaseUrl &base, const QString &accountKey, bool retry,
                            std::function<void(const CredentialStore::Result &)> after)
{
    m_credentials->read(
        CredentialStore::keyFor(base.url.host(), accountKey), this,
        [this, base, accountKey, retry, after](const CredentialStore::Result &r) {
#ifdef Q_OS_LINUX
            // At login the keyring may start after PortDesk: one more try after a few seconds.
            if (retry &&
                (r.status == CredentialStore::Status::Unavailable || r.status == CredentialStore::Status::TimedOut)) {
                qCInfo(lcApp).noquote() << "keychain not ready (" << r.message << "): trying again in 3 s";
                QTimer::singleShot(3000, this,
                                   [this, base, accountKey, after] { readSecret(base, accountKey, false, after); });
                return;
            }
#else
            Q_UNUSED(retry);
#endif
            if (m_mode != Mode::Starting)
                return; // credentials were saved or forgotten meanwhile: that switch stands
            if (!r.ok())
                return after(r);
            readTeamPassword([this, base, accountKey, r, after] {
                startLive(base, accountKey, r.secret);
                after(r);
            });
        });
}

void AppContext::setRegistry(const RegistryLocation &where)
{
    m_registryPath = where.sqlitePath;
    m_chosenTeam = where.team;
}

std::optional<TeamDatabase> AppContext::teamDatabase() const
{
    if (m_chosenTeam || !m_registryPath.isEmpty())
        return m_chosenTeam;
    const AppSettings settings;
    return settings.useTeamRegistry() ? std::optional(settings.teamDatabase()) : std::nullopt;
}

void AppContext::readTeamPassword(std::function<void()> then)
{
    const std::optional<TeamDatabase> used = teamDatabase();
    // PGPASSWORD set for this run is what the user means (libpq reads it when none is given).
    if (!used || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return then();
    // A team registry may need its password: from the keychain too, never from a file.
    // None saved is fine (trust or client-certificate setups, libpq's own ~/.pgpass).
    m_credentials->read(used->keychainKey(), this, [this, then](const CredentialStore::Result &team) {
        m_teamPassword = team.ok() ? team.secret : QString();
        if (!team.ok() && team.status != CredentialStore::Status::NotFound)
            qCWarning(lcApp).noquote() << "team database password not read:" << team.message;
        then();
    });
}

void AppContext::startTraining(const QString &reason)
{
    if (!m_simulator) {
        m_simulator = new sandbox::Simulator(m_clock, {}, this);
        if (!m_simulator->start()) {
            setMode(Mode::Training,
                    tr("%1 The training simulator could not start: %2").arg(reason, m_simulator->errorString()));
            return;
        }
    }
    m_client->setBaseUrl(ApiBaseUrl::parse(m_simulator->baseUrl().toString()));
    const auto &creds = m_simulator->engine()->options().credentials;
    m_client->setCredentials(creds.constBegin().key(), creds.constBegin().value());
    setMode(Mode::Training, reason);
}

} // namespace portdesk
