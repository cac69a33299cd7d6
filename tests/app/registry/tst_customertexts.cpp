#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/CustomerTexts.h"

using namespace portdesk;
using namespace portdesk::test;

// The customer texts' write-ahead on real SQLite files: one row per (order, trigger) whoever
// claims it, two registry connections standing for two desks or processes.
class TestCustomerTexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("orders%1.sqlite").arg(++m_file)); }
    static bool open(OrderRegistry &registry, const QString &path)
    {
        QString error;
        const bool ok = registry.openSqlite(path, &error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }
    static int rows(const QString &path)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_texts")) && q.next())
                n = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }
    static QStringList kinds(const OrderRegistry &registry, const QString &orderId)
    {
        QStringList out;
        for (const OrderEvent &e : registry.events(orderId))
            if (e.kind.startsWith(QLatin1String("text-")))
                out << e.kind;
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // One status change, claimed twice (a status seen again, a restart): one row, one send.
    void aTriggerIsClaimedOnce()
    {
        OrderRegistry reg;
        QVERIFY(open(reg, freshPath()));
        QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-1"), numberFor(1), 1000));
        CustomerTexts texts(&reg, QStringLiteral("agent1"));
        QString error;
        const qint64 id = texts.claim(QStringLiteral("JNUOID-1"), QStringLiteral("completed"), numberFor(1),
                                      QStringLiteral("Your number is with us."), 2000, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(texts.claim(QStringLiteral("JNUOID-1"), QStringLiteral("completed"), numberFor(1),
                             QStringLiteral("Your number is with us."), 2001, &error),
                 0);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // already claimed is not a failure
        // Another trigger, or another round of fixes, is another text.
        QVERIFY(texts.claim(QStringLiteral("JNUOID-1"), QStringLiteral("needs-action:0"), numberFor(1), {}, 2002,
                            &error) > 0);
        QVERIFY(texts.claim(QStringLiteral("JNUOID-1"), QStringLiteral("needs-action:1"), numberFor(1), {}, 2003,
                            &error) > 0);
        QCOMPARE(texts.texts(QStringLiteral("JNUOID-1")).size(), 3);
        QCOMPARE(texts.text(id)->state, QStringLiteral("sending"));
        QCOMPARE(texts.text(id)->body, QStringLiteral("Your number is with us."));
    }

    // Each answer is the row's state and an event of the order, its MessageId and status kept.
    void answersAreRecordedWithTheOrder()
    {
        OrderRegistry reg;
        QVERIFY(open(reg, freshPath()));
        const QString order = QStringLiteral("JNUOID-2");
        QVERIFY(recordOrder(reg, order, numberFor(2), 1000));
        CustomerTexts texts(&reg, QStringLiteral("agent1"));
        QString error;
        const qint64 sent =
            texts.claim(order, QStringLiteral("submitted"), numberFor(2), QStringLiteral("b"), 2000, &error);
        QVERIFY(texts.recordSent(sent, {QStringLiteral("TMID-1"), QStringLiteral("Queued")}, 2100, &error));
        QVERIFY(texts.recordStatus(sent, QStringLiteral("Queued"), 3000, &error));    // checked, unchanged
        QVERIFY(texts.recordStatus(sent, QStringLiteral("Delivered"), 4000, &error)); // changed
        const CustomerTexts::Text t = *texts.text(sent);
        QCOMPARE(t.state, QStringLiteral("sent"));
        QCOMPARE(t.messageId, QStringLiteral("TMID-1"));
        QCOMPARE(t.messageStatus, QStringLiteral("Delivered"));
        QCOMPARE(t.statusChecks, 2);

        const qint64 refused =
            texts.claim(order, QStringLiteral("scheduled"), numberFor(2), QStringLiteral("b"), 5000, &error);
        ApiError no;
        no.kind = ApiError::Kind::Validation;
        no.httpStatus = 400;
        no.message = QStringLiteral("The From number must be in E.164 format.");
        QVERIFY(texts.recordRefused(refused, no, 5100, &error));
        QVERIFY(texts.text(refused)->reason.contains(QLatin1String("E.164")));
        const qint64 unknown =
            texts.claim(order, QStringLiteral("completed"), numberFor(2), QStringLiteral("b"), 6000, &error);
        QVERIFY(texts.recordUnknown(unknown, 6100, &error));
        QVERIFY(
            texts.skip(order, QStringLiteral("cancelled"), numberFor(2), QStringLiteral("holds a PIN"), 7000, &error));
        // An answer for a row already closed changes nothing.
        QVERIFY(texts.recordSent(unknown, {QStringLiteral("TMID-2"), QStringLiteral("Queued")}, 6200, &error));
        QCOMPARE(texts.text(unknown)->state, QStringLiteral("unknown"));

        QCOMPARE(kinds(reg, order),
                 QStringLiteral("text-sent text-status text-refused text-unknown text-skipped").split(u' '));
        const OrderEvent sentEvent = reg.events(order).at(reg.events(order).size() - 5);
        QVERIFY2(sentEvent.message.contains(QLatin1String("TMID-1")) &&
                     sentEvent.message.contains(QLatin1String("submitted")),
                 qPrintable(sentEvent.message));
        QStringList states;
        for (const CustomerTexts::Text &x : texts.texts(order))
            states << x.state;
        QCOMPARE(states, QStringLiteral("sent refused unknown skipped").split(u' '));
        QCOMPARE(texts.allTexts().value(order).size(), 4);
    }

    // Two desks on one registry claim the same status change at once: exactly one wins.
    void twoConnectionsRaceAndOneWins()
    {
        const QString path = freshPath();
        OrderRegistry a, b;
        QVERIFY(open(a, path));
        QVERIFY(open(b, path));
        QVERIFY(recordOrder(a, QStringLiteral("JNUOID-3"), numberFor(3), 1000));
        CustomerTexts ta(&a, QStringLiteral("desk-a")), tb(&b, QStringLiteral("desk-b"));
        int wins = 0;
        for (int round = 0; round < 20; ++round) {
            const QString trigger = QStringLiteral("needs-action:%1").arg(round);
            QString ea, eb;
            // Alternate who goes first: each must see what the other committed.
            const qint64 first =
                (round % 2 ? ta : tb).claim(QStringLiteral("JNUOID-3"), trigger, numberFor(3), {}, 2000, &ea);
            const qint64 second =
                (round % 2 ? tb : ta).claim(QStringLiteral("JNUOID-3"), trigger, numberFor(3), {}, 2000, &eb);
            QVERIFY2(ea.isEmpty() && eb.isEmpty(), qPrintable(ea + eb));
            wins += (first > 0) + (second > 0);
            QVERIFY(first > 0);
            QCOMPARE(second, 0);
        }
        QCOMPARE(wins, 20);
        QCOMPARE(rows(path), 20);
    }

    // A process that died with a text on its way: 'unknown' at the next start, never re-sent;
    // one still running keeps its row.
    void orphansBecomeUnknown()
    {
        const QString path = freshPath();
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        qint64 dead = 0, alive = 0;
        {
            OrderRegistry reg;
            QVERIFY(open(reg, path));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-4"), numberFor(4), 1000));
            CustomerTexts texts(&reg, QStringLiteral("agent1"));
            QString error;
            dead = texts.claim(QStringLiteral("JNUOID-4"), QStringLiteral("completed"), numberFor(4), {}, 2000, &error);
            alive =
                texts.claim(QStringLiteral("JNUOID-4"), QStringLiteral("scheduled"), numberFor(4), {}, 2000, &error);
            QVERIFY(dead && alive);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE customer_texts SET pid = %1 WHERE id = %2").arg(deadPid).arg(dead)));
            QVERIFY(q.exec(QStringLiteral("UPDATE customer_texts SET pid = 1 WHERE id = %1").arg(alive)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash"));
        OrderRegistry again;
        QVERIFY(open(again, path));
        CustomerTexts texts(&again, {});
        QString error;
        QCOMPARE(texts.recoverOrphans(3000, &error), 1);
        QCOMPARE(texts.text(dead)->state, QStringLiteral("unknown"));
        QCOMPARE(texts.text(alive)->state, QStringLiteral("sending"));
        QCOMPARE(kinds(again, QStringLiteral("JNUOID-4")), QStringList{QStringLiteral("text-unknown")});
        // The trigger stays taken: no second text for it, ever.
        QCOMPARE(texts.claim(QStringLiteral("JNUOID-4"), QStringLiteral("completed"), numberFor(4), {}, 4000, &error),
                 0);
        QCOMPARE(texts.recoverOrphans(5000, &error), 0);
    }

    // Nothing may be sent when the intent can not be written: closed, locked, read-only.
    void storageFailuresClaimNothing()
    {
        QString error;
        OrderRegistry closed;
        QCOMPARE(CustomerTexts(&closed, {})
                     .claim(QStringLiteral("JNUOID-5"), QStringLiteral("completed"), numberFor(5), {}, 1000, &error),
                 0);
        QVERIFY(!error.isEmpty());

        const QString path = freshPath();
        OrderRegistry reg;
        QVERIFY(open(reg, path));
        QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-5"), numberFor(5), 1000));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QCOMPARE(CustomerTexts(&reg, {}).claim(QStringLiteral("JNUOID-5"), QStringLiteral("completed"),
                                                   numberFor(5), {}, 2000, &error),
                     0); // waits out the busy timeout, then gives up
            QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY2(error.contains(QLatin1String("locked")) && error.contains(path), qPrintable(error));
        QCOMPARE(rows(path), 0);

        // Read-only: the file can be read, not written.
        const QString ro = freshPath();
        {
            OrderRegistry w;
            QVERIFY(open(w, ro));
            QVERIFY(recordOrder(w, QStringLiteral("JNUOID-6"), numberFor(6), 1000));
        }
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner));
        if (QFileInfo(ro).isWritable())
            return; // root writes a read-only file anyway: the lock above stands for it
        OrderRegistry readOnly;
        QVERIFY(open(readOnly, ro));
        QCOMPARE(CustomerTexts(&readOnly, {})
                     .claim(QStringLiteral("JNUOID-6"), QStringLiteral("completed"), numberFor(6), {}, 2000, &error),
                 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(rows(ro), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerTexts)
#include "tst_customertexts.moc"
