#pragma once
#include <QLockFile>
#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;

namespace portdesk {

// One GUI per user and data folder: the first launch holds a lock file and listens on a local
// socket; a second launch asks it to show its window and then quits. A lock or socket left by
// a crashed first launch is taken over (QLockFile sees the dead PID, the stale socket file is
// removed), so a crash never blocks the next start.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Primary,     // this process is the one instance (also when the socket cannot be set up)
        OtherRaised, // another instance is running and has acknowledged the request to show itself
        OtherSilent, // another instance holds the lock but did not answer
    };

    // `key` separates instances that must not share a window, e.g. different registry files.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role claim();
    // Where the lock file and socket live (the user's runtime folder on Unix); per user and key.
    QString serverName() const { return m_serverName; }

signals:
    // A later launch asked this instance to bring its window to the front.
    void activationRequested();

private:
    bool askRunningInstance();
    void listen();

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace portdesk
