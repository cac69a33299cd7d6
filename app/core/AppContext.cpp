#include "AppContext.h"
#include "common/Logging.h"
#include "sandbox/Simulator.h"
#include "settings/AppSettings.h"

#include <QNetworkAccessManager>

namespace portdesk {

AppContext::AppContext(QObject *parent)
    : QObject(parent),
      m_clock(new SystemClock(this)),
      m_nam(new QNetworkAccessManager(this)),
      m_client(new TelegentClient(m_nam, m_clock, this)),
      m_credentials(new CredentialStore(QStringLiteral("PortDesk"), 10'000, this))
{
    const AppSettings settings;
    m_client->scheduler()->budget().setPerMinute(settings.ratePerMinute());
    m_client->scheduler()->budget().setBackgroundShare(settings.backgroundShare());
    m_client->scheduler()->setTimeoutMs(settings.requestTimeoutSeconds() * 1000LL);
}

AppContext::~AppContext() = default;

void AppContext::setMode(Mode mode, const QString &reason)
{
    m_mode = mode;
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
    m_credentials->read(CredentialStore::keyFor(base.url.host(), accountKey), this,
                        [this, base, accountKey](const CredentialStore::Result &r) {
        if (!r.ok()) {
            startTraining(r.message);
            return;
        }
        m_client->setBaseUrl(base);
        m_client->setCredentials(accountKey, r.secret);
        setMode(Mode::Live, tr("Connected to %1 as %2.").arg(base.url.host(), accountKey));
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

} // namespace portdesk
