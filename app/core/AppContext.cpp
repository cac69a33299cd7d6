#include "AppContext.h"
#include "common/Logging.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "registry/PollLease.h"
#include "registry/PollPlanner.h"
#include "registry/TeamDatabase.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"
#include "wizard/DraftStore.h"
#include "wizard/PortInSession.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "telegent/Endpoints.h"

namespace portdesk {

AppContext::AppContext(QObject *parent)
    : QObject(parent),
      m_clock(new SystemClock(this)),
      m_nam(new QNetworkAccessManager(this)),
      m_client(new TelegentClient(m_nam, m_clock, this)),
      m_credentials(new CredentialStore(QStringLiteral("PortDesk"), 10'000, this)),
      m_registry(new OrderRegistry(this)),
      m_planner(new PollPlanner(m_registry, m_client, this)),
      m_userName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("agent"))))
{
    m_actions = new OrderActions(m_registry, m_client, m_userName, this);
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
    delete m_actions;
    delete m_lease; // frees the team's polling lock at once for the next desk
    delete m_planner;
    delete m_client;
    delete m_simulator;
    delete m_registry;
}

void AppContext::openRegistry()
{
    if (m_registry->isOpen())
        return;
    const AppSettings settings;
    if (m_registryPath.isEmpty() && m_mode == Mode::Live && settings.useTeamRegistry()) {
        TeamDatabase team = settings.teamDatabase();
        team.password = m_teamPassword;
        if (!m_registry->openPostgres(team, m_client->accountKey(), &m_registryError))
            qCWarning(lcApp).noquote() << m_registryError;
        return;
    }
    // Training orders never mix with real ports, and the embedded simulator forgets its orders
    // when the app closes: practice orders live in memory for the session only.
    const QString path = !m_registryPath.isEmpty()      ? m_registryPath
                         : m_mode == Mode::Training ? QStringLiteral(":memory:")
                                                    : OrderRegistry::defaultSqlitePath();
    if (!m_registry->openSqlite(path, &m_registryError))
        qCWarning(lcApp).noquote() << m_registryError;
}

void AppContext::startPolling()
{
    if (!m_registry->isOpen() || m_lease || m_planner->isRunning())
        return;
    if (!m_registry->isTeam()) {
        m_planner->start();
        return setPollRole(PollRole::ThisDesk);
    }
    TeamDatabase team = AppSettings().teamDatabase();
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
                    m_lease->lastError().isEmpty() ? QString() : tr("the team database cannot be reached: %1").arg(m_lease->lastError()));
}

void AppContext::setPollRole(PollRole role, const QString &why)
{
    if (role == m_pollRole)
        return;
    m_pollRole = role;
    emit pollRoleChanged(role, why);
}

void AppContext::setMode(Mode mode, const QString &reason)
{
    m_mode = mode;
    openRegistry();
    if (m_autoPoll)
        startPolling();
    if (!m_session) {
        // A trainee's half-typed practice port must never come back as a live draft.
        QString draftPath = DraftStore::defaultPath();
        if (mode == Mode::Training)
            draftPath.replace(QLatin1String(".json"), QLatin1String("-training.json"));
        m_drafts = std::make_unique<DraftStore>(draftPath);
        m_session = new PortInSession(m_client, m_registry, m_drafts.get(), m_userName, this);
    }
    m_reason = reason;
    qCInfo(lcApp).noquote() << (mode == Mode::Live ? "live mode:" : "training mode:") << reason;
    emit modeChanged(mode);
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
    m_credentials->read(CredentialStore::keyFor(base.url.host(), accountKey), this,
                        [this, base, accountKey, retry, after](const CredentialStore::Result &r) {
#ifdef Q_OS_LINUX
        // At login the keyring may start after PortDesk: one more try after a few seconds.
        if (retry && (r.status == CredentialStore::Status::Unavailable || r.status == CredentialStore::Status::TimedOut)) {
            qCInfo(lcApp).noquote() << "keychain not ready (" << r.message << "): trying again in 3 s";
            QTimer::singleShot(3000, this, [this, base, accountKey, after] { readSecret(base, accountKey, false, after); });
            return;
        }
#else
        Q_UNUSED(retry);
#endif
        if (!r.ok())
            return after(r);
        if (!AppSettings().useTeamRegistry()) {
            startLive(base, accountKey, r.secret);
            return after(r);
        }
        // A team registry may need its password: from the keychain too, never from a file.
        // None saved is fine (trust or client-certificate setups, libpq's own ~/.pgpass).
        m_credentials->read(AppSettings().teamDatabase().keychainKey(), this,
                            [this, base, accountKey, secret = r, after](const CredentialStore::Result &team) {
            m_teamPassword = team.ok() ? team.secret : QString();
            if (!team.ok() && team.status != CredentialStore::Status::NotFound)
                qCWarning(lcApp).noquote() << "team database password not read:" << team.message;
            startLive(base, accountKey, secret.secret);
            after(secret);
        });
    });
}

void AppContext::testConnection(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                                QObject *context, Done done)
{
    const ApiBaseUrl base = ApiBaseUrl::parse(baseUrl);
    if (!base.ok())
        return done(false, base.error);
    // A client of its own, so the desk's working configuration is untouched by a trial. Its one
    // token request is not in the desk's budget window: a user-initiated, one-off request.
    auto *trial = new TelegentClient(m_nam, m_clock, this);
    trial->setBaseUrl(base);
    trial->setCredentials(accountKey, accountSecret);
    QPointer<QObject> ctx(context);
    trial->tokens()->fetch(trial->endpointUrl(endpoint::Order).toString(), trial,
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

void AppContext::saveCredentials(const QString &baseUrl, const QString &accountKey, const QString &accountSecret,
                                 QObject *context, Done done)
{
    const ApiBaseUrl base = ApiBaseUrl::parse(baseUrl);
    if (!base.ok())
        return done(false, base.error);
    const QString key = accountKey.trimmed();
    if (key.isEmpty() || accountSecret.isEmpty())
        return done(false, tr("Enter both the AccountKey and the AccountSecret."));
    QPointer<QObject> ctx(context);
    m_credentials->write(CredentialStore::keyFor(base.url.host(), key), accountSecret, this,
                         [ctx, done, base, key](const CredentialStore::Result &r) {
        if (!ctx)
            return;
        if (!r.ok())
            return done(false, r.message); // no plaintext fallback: nothing is saved
        AppSettings settings;
        settings.setApiBaseUrl(base.url.toString());
        settings.setAccountKey(key);
        done(true, tr("Saved in the system keychain. PortDesk uses them from its next start."));
    });
}

void AppContext::forgetCredentials(QObject *context, Done done)
{
    AppSettings settings;
    const ApiBaseUrl base = ApiBaseUrl::parse(settings.apiBaseUrl());
    const QString key = settings.accountKey();
    if (key.isEmpty())
        return done(true, tr("No credentials are saved."));
    QPointer<QObject> ctx(context);
    m_credentials->remove(CredentialStore::keyFor(base.url.host(), key), this,
                          [ctx, done](const CredentialStore::Result &r) {
        if (!ctx)
            return;
        if (!r.ok() && r.status != CredentialStore::Status::NotFound)
            return done(false, r.message);
        AppSettings().setAccountKey({});
        done(true, tr("Credentials deleted. PortDesk starts in training mode next time."));
    });
}

void AppContext::startTraining(const QString &reason)
{
    if (!m_simulator) {
        m_simulator = new sandbox::Simulator(m_clock, {}, this);
        if (!m_simulator->start()) {
            setMode(Mode::Training, tr("%1 The training simulator could not start: %2")
                                        .arg(reason, m_simulator->errorString()));
            return;
        }
    }
    m_client->setBaseUrl(ApiBaseUrl::parse(m_simulator->baseUrl().toString()));
    const auto &creds = m_simulator->engine()->options().credentials;
    m_client->setCredentials(creds.constBegin().key(), creds.constBegin().value());
    setMode(Mode::Training, reason);
}

void AppContext::testTeamDatabase(const TeamDatabase &team, QObject *context, Done done)
{
    if (!team.isComplete())
        return done(false, tr("Enter the server, the database and the user."));
    // Qt SQL connections belong to the thread that made them: the trial connection is made,
    // used and removed on a thread of its own, so a slow server never freezes the window.
    QPointer<QObject> ctx(context);
    QThread *thread = QThread::create([team, ctx, done, self = QPointer<AppContext>(this)] {
        const QString name = QStringLiteral("portdesk-trial-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        bool ok = false;
        QString message;
        {
            QSqlDatabase db = team.addConnection(name);
            ok = db.open();
            message = ok ? tr("Connected to %1.").arg(team.describe())
                         : tr("Not connected: %1").arg(db.lastError().text().trimmed());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (self)
            QMetaObject::invokeMethod(self, [ctx, done, ok, message] {
                if (ctx)
                    done(ok, message);
            });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AppContext::saveRegistryChoice(bool team, const TeamDatabase &database, QObject *context, Done done)
{
    const auto saveSettings = [team, database] {
        AppSettings settings;
        settings.setUseTeamRegistry(team);
        if (team)
            settings.setTeamDatabase(database);
    };
    const QString applies = tr("PortDesk uses it from its next start.");
    if (!team || database.password.isEmpty()) {
        if (team && !database.isComplete())
            return done(false, tr("Enter the server, the database and the user."));
        saveSettings();
        return done(true, applies);
    }
    if (!database.isComplete())
        return done(false, tr("Enter the server, the database and the user."));
    QPointer<QObject> ctx(context);
    m_credentials->write(database.keychainKey(), database.password, this,
                         [ctx, done, saveSettings, applies](const CredentialStore::Result &r) {
        if (!ctx)
            return;
        if (!r.ok())
            return done(false, r.message); // no plaintext fallback: nothing is saved
        saveSettings();
        done(true, applies);
    });
}

} // namespace portdesk
