// Which sends a stopped process left behind (registry/OrphanedSends): the rule that turns an
// intent still 'sending' into an unknown outcome at the next start, and the ones it must leave.
#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include "registry/Migrations.h"
#include "registry/OrphanedSends.h"

using namespace portdesk;

class TestOrphanedSends : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 10'000'000'000;
    static constexpr qint64 kForeign = 15 * 60 * 1000;

    static void addIntent(QSqlDatabase &db, const QString &number, qint64 at, const QString &host, qint64 pid,
                          const QString &state = QStringLiteral("sending"))
    {
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO send_intents (operation, number, who, at, host, pid, state) "
                                         "VALUES ('submit', ?, 'agent1', ?, ?, ?, ?)")));
        for (const QVariant &v : {QVariant(number), QVariant(at), QVariant(host), QVariant(pid), QVariant(state)})
            q.addBindValue(v);
        QVERIFY(q.exec());
    }

    static qint64 finishedPid()
    {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
        return p.processId() ? p.processId() : 4'194'000; // gone either way once reaped
    }

private slots:
    void onlyWhatNoProcessWaitsFor()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("orphans"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrations::apply(db, &error), qPrintable(error));
        const QString here = QSysInfo::machineHostName();
        QProcess live;
        live.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(live.waitForStarted());
        addIntent(db, QStringLiteral("+18015550001"), kNow - 1000, here, live.processId()); // still waiting
        addIntent(db, QStringLiteral("+18015550002"), kNow - 1000, here, finishedPid());    // gone
        addIntent(db, QStringLiteral("+18015550003"), kNow - 1000, here, QCoreApplication::applicationPid());
        addIntent(db, QStringLiteral("+18015550004"), kNow - 60'000, QStringLiteral("other-desk"), 1);
        addIntent(db, QStringLiteral("+18015550005"), kNow - kForeign - 1, QStringLiteral("other-desk"), 1);
        addIntent(db, QStringLiteral("+18015550006"), kNow - kForeign - 1, here, 0, QStringLiteral("ordered"));

        const QList<OrphanedSend> orphans = findOrphanedSends(db, kNow, kForeign, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList numbers;
        for (const OrphanedSend &o : orphans)
            numbers << o.number;
        // Our own pid at our start-up was a previous process's; another host's intents only
        // after the age rule, since its processes can not be seen from here.
        QCOMPARE(numbers, QStringList({QStringLiteral("+18015550002"), QStringLiteral("+18015550003"),
                                       QStringLiteral("+18015550005")}));
        QCOMPARE(orphans.first().who, QStringLiteral("agent1"));
        QCOMPARE(orphans.first().atMs, kNow - 1000);
        live.kill();
        live.waitForFinished();
    }

    void anUnreadableJournalSaysWhy()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open()); // no send_intents table
        QString error;
        QVERIFY(findOrphanedSends(db, kNow, kForeign, &error).isEmpty());
        QVERIFY(error.startsWith(QLatin1String("Cannot read the sends on their way")));
    }
};

QTEST_GUILESS_MAIN(TestOrphanedSends)
#include "tst_orphanedsends.moc"
