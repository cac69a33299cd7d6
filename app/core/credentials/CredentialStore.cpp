#include "CredentialStore.h"
#include "common/Logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace portdesk {

namespace {

CredentialStore::Result resultOf(QKeychain::Job *job)
{
    using S = CredentialStore::Status;
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = S::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = S::NotFound;
        r.message = CredentialStore::tr("No saved credentials were found in the system keychain.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = S::Unavailable;
        r.message = CredentialStore::tr("No system keychain is available (%1). Credentials cannot be "
                                        "saved on this computer.")
                        .arg(job->errorString());
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = S::Denied;
        r.message = CredentialStore::tr("Access to the system keychain was denied (%1).").arg(job->errorString());
        return r;
    case QKeychain::OtherError:
        // Without a D-Bus session the libsecret backend fails at once with OtherError (7) and a
        // "Could not connect" text: that is a missing keychain, not a broken one.
        if (job->errorString().contains(QLatin1String("connect"), Qt::CaseInsensitive) ||
            job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)) {
            r.status = S::Unavailable;
            r.message = CredentialStore::tr("No system keychain is reachable (%1). Credentials cannot "
                                            "be read or saved until it runs.")
                            .arg(job->errorString());
            return r;
        }
        Q_FALLTHROUGH();
    default:
        r.status = S::Failed;
        r.message = CredentialStore::tr("The system keychain reported an error: %1").arg(job->errorString());
        return r;
    }
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        r.secret = read->textData();
    return r;
}

// Runs a job with a timeout; the callback comes exactly once.
void runGuarded(QKeychain::Job *job, int timeoutMs, QObject *context, CredentialStore::Callback callback)
{
    auto done = std::make_shared<bool>(false);
    auto cb = std::make_shared<CredentialStore::Callback>(std::move(callback));
    QPointer<QObject> ctx(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *j) {
        if (std::exchange(*done, true))
            return;
        const CredentialStore::Result r = resultOf(j);
        qCInfo(lcCredentials).noquote() << "keychain job for" << j->key() << "->"
                                        << CredentialStore::statusName(r.status);
        if (ctx)
            (*cb)(r);
    });
    // The timer lives outside the job, so it fires even if the job never finishes.
    auto *guard = new QTimer;
    guard->setSingleShot(true);
    QObject::connect(guard, &QTimer::timeout, guard, [=] {
        guard->deleteLater();
        if (std::exchange(*done, true))
            return;
        qCWarning(lcCredentials) << "keychain job timed out after" << timeoutMs << "ms";
        CredentialStore::Result r;
        r.status = CredentialStore::Status::TimedOut;
        r.message = CredentialStore::tr("The system keychain did not answer within %n second(s); it may "
                                        "be locked.",
                                        nullptr, (timeoutMs + 999) / 1000);
        if (ctx)
            (*cb)(r);
    });
    QObject::connect(job, &QKeychain::Job::finished, guard, [guard] {
        guard->stop();
        guard->deleteLater();
    });
    guard->start(timeoutMs);
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, int timeoutMs, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

QString CredentialStore::keyFor(const QString &apiHost, const QString &accountKey)
{
    return QStringLiteral("telegent/%1/%2").arg(apiHost.toLower(), accountKey);
}

QString CredentialStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::Denied:
        return QStringLiteral("denied");
    case Status::TimedOut:
        return QStringLiteral("timed-out");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

void CredentialStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    runGuarded(job, m_timeoutMs, context, std::move(callback));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    runGuarded(job, m_timeoutMs, context, std::move(callback));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    runGuarded(job, m_timeoutMs, context, std::move(callback));
}

} // namespace portdesk
