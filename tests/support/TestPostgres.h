#pragma once
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include "registry/TeamDatabase.h"

namespace portdesk::test {

// Fresh databases on the real PostgreSQL server that .ci/with-postgres started for this test
// (libpq's PGHOST/PGPORT/PGUSER/PGDATABASE). Without such a server the test fails - a team
// registry test that silently skipped would prove nothing. Dropped again when this goes away.
class TestPostgres
{
public:
    TestPostgres() : m_admin(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdmin))
    {
        m_admin.setHostName(qEnvironmentVariable("PGHOST"));
        m_admin.setPort(qEnvironmentVariableIntValue("PGPORT"));
        m_admin.setUserName(qEnvironmentVariable("PGUSER"));
        m_admin.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
    }
    ~TestPostgres()
    {
        for (const QString &name : std::as_const(m_created))
            QSqlQuery(m_admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        m_admin.close();
        m_admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(kAdmin);
    }

    // Why the server cannot be used, or empty.
    QString unavailable()
    {
        if (qEnvironmentVariable("PORTDESK_TEST_POSTGRES") != QLatin1String("1"))
            return QStringLiteral("no test PostgreSQL server: run this test through .ci/with-postgres (ctest does)");
        if (!m_admin.isOpen() && !m_admin.open())
            return m_admin.lastError().text();
        return {};
    }

    // A new, empty database; its connection settings (trust authentication: no password).
    TeamDatabase create()
    {
        const QString name = QStringLiteral("portdesk_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QSqlQuery q(m_admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning() << "CREATE DATABASE failed:" << q.lastError().text();
        m_created << name;
        TeamDatabase team;
        team.host = qEnvironmentVariable("PGHOST");
        team.port = qEnvironmentVariableIntValue("PGPORT");
        team.user = qEnvironmentVariable("PGUSER");
        team.database = name;
        return team;
    }

    // Ends every session of `database` whose application_name is PortDesk and whose pid is
    // not excluded: what the server sees when a desk's machine vanishes.
    int terminateSessions(const TeamDatabase &team)
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE datname = ? AND application_name = 'PortDesk'"));
        q.addBindValue(team.database);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QSqlDatabase &admin() { return m_admin; }

private:
    static constexpr const char *kAdminName = "portdesk-test-admin";
    inline static const QString kAdmin = QString::fromLatin1(kAdminName);
    QSqlDatabase m_admin;
    QStringList m_created;
};

} // namespace portdesk::test
