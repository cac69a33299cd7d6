#include "SingleInstance.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace portdesk {

namespace {

constexpr QByteArrayView kRequest = "raise\n";
constexpr QByteArrayView kAnswer = "ok\n";
constexpr int kAnswerTimeoutMs = 5000;

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    // The data folder is part of the key, so a session with another HOME or settings location
    // (tests, a second profile) is an instance of its own.
    const QByteArray identity =
        (userName() + QLatin1Char('\n') + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QLatin1Char('\n') + key)
            .toUtf8();
    const QString base =
        QStringLiteral("portdesk-") +
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // A folder only this user can enter; a full path, so QLocalServer uses it as is.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    m_serverName = dir + QLatin1Char('/') + base;
#else
    m_serverName = base + QLatin1Char('-') + userName(); // Windows pipe names are machine-wide
#endif
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim()
{
    const QString lockPath =
#ifdef Q_OS_UNIX
        m_serverName + QStringLiteral(".lock");
#else
        QDir::tempPath() + QLatin1Char('/') + m_serverName + QStringLiteral(".lock");
#endif
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never because of age
    if (m_lock->tryLock(0)) {
        listen();
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // No lock possible at all (unwritable folder): run, rather than refuse to start.
        qCWarning(lcApp, "single instance: cannot create %s; starting anyway", qPrintable(lockPath));
        return Role::Primary;
    }
    return askRunningInstance() ? Role::OtherRaised : Role::OtherSilent;
}

// The lock's holder may still be starting: keep trying to reach it for a few seconds.
bool SingleInstance::askRunningInstance()
{
    const QDeadlineTimer deadline(kAnswerTimeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(deadline.remainingTime()))) {
            socket.write(kRequest.data(), kRequest.size());
            socket.flush();
            QByteArray answer;
            while (!answer.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
                answer += socket.readAll();
            return answer == kAnswer;
        }
        QThread::msleep(100);
    }
    return false;
}

void SingleInstance::listen()
{
    // We hold the lock, so a socket file that exists was left by a crashed instance.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcApp, "single instance: cannot listen on %s: %s", qPrintable(m_serverName),
                  qPrintable(m_server->errorString()));
        return;
    }
    qCInfo(lcApp, "single instance: listening on %s", qPrintable(m_serverName));
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kRequest) {
                    qCInfo(lcApp, "single instance: a second launch asked for the window");
                    emit activationRequested();
                    socket->write(kAnswer.data(), kAnswer.size());
                }
                socket->disconnectFromServer();
            });
        }
    });
}

} // namespace portdesk
