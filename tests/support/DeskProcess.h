#pragma once
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtDebug>

#include "registry/TeamDatabase.h"

namespace portdesk::test {

// One portdesk-teamdesk process (tests/support/teamdesk_main.cpp) on a team database and a
// simulated Telegent account, with everything it printed. Each desk has a HOME of its own.
class DeskProcess
{
public:
    DeskProcess(const QString &name, const QUrl &api, const TeamDatabase &team, const QStringList &extraArgs = {})
        : m_name(name)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_KEY"), QStringLiteral("DID-sandbox"));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_SECRET"), QStringLiteral("sandbox-secret"));
        env.insert(QStringLiteral("PORTDESK_LEASE_RETRY_MS"), QStringLiteral("3000"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_lines << line;
                if (!quiet)
                    qInfo().noquote() << m_name << ":" << line;
            }
        });
        m_process.start(QStringLiteral(PORTDESK_TEAMDESK), QStringList{QStringLiteral("--api"), api.toString(),
                                                                       QStringLiteral("--database"), team.database} +
                                                               extraArgs);
    }
    ~DeskProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    const QStringList &lines() const { return m_lines; }
    bool said(const QString &line) const { return m_lines.contains(line); }
    bool saidStarting(const QString &prefix) const
    {
        return std::any_of(m_lines.begin(), m_lines.end(), [&](const QString &l) { return l.startsWith(prefix); });
    }
    int countStarting(const QString &prefix) const
    {
        return int(
            std::count_if(m_lines.begin(), m_lines.end(), [&](const QString &l) { return l.startsWith(prefix); }));
    }
    // The order IDs of "submitted ID NUMBER MS" lines, in order.
    QStringList submitted() const
    {
        QStringList ids;
        for (const QString &l : m_lines)
            if (l.startsWith(QLatin1String("submitted ")))
                ids << l.section(QLatin1Char(' '), 1, 1);
        return ids;
    }
    QString submitted(int index) const
    {
        const QStringList ids = submitted();
        return index < ids.size() ? ids.at(index) : QString();
    }
    void send(const QByteArray &command) { m_process.write(command + '\n'); }
    void kill()
    {
        m_process.kill(); // SIGKILL: no goodbye to the database, as when a desk crashes
        m_process.waitForFinished(5000);
    }
    QProcess::ProcessState state() const { return m_process.state(); }
    bool quiet = false;

private:
    QString m_name;
    QTemporaryDir m_home;
    QProcess m_process;
    QStringList m_lines;
};

} // namespace portdesk::test
