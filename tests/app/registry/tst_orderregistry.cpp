#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/Migrations.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;

class TestOrderRegistry : public QObject
{
    Q_OBJECT

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void survivesRestartWithHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            OrderRegistry reg;
            QString error;
            QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-1"), QStringLiteral("+18015552345"), 1000));
            QVERIFY(reg.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("Error"),
                                            QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                                    2000));
        }
        OrderRegistry again;
        QString error;
        QVERIFY2(again.openSqlite(path, &error), qPrintable(error));
        QCOMPARE(again.count(), 1);
        const OrderRecord *r = again.find(QStringLiteral("JNUOID-1"));
        QVERIFY(r);
        QCOMPARE(r->status, QStringLiteral("Error"));
        QCOMPARE(r->statusMessage, QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"));
        QCOMPARE(r->group, StatusGroup::NeedsAction);
        QCOMPARE(r->lastCheckedMs, 2000);
        QCOMPARE(r->submittedBy, QStringLiteral("agent1"));
        QCOMPARE(r->address.city, QStringLiteral("Lehi"));
        const QList<OrderEvent> events = again.events(QStringLiteral("JNUOID-1"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, QStringLiteral("submitted"));
        QCOMPARE(events.at(1).kind, QStringLiteral("status"));
        QCOMPARE(events.at(1).oldStatus, QStringLiteral("Pending"));
        QCOMPARE(events.at(1).newStatus, QStringLiteral("Error"));
    }

    // Issue 20: the latest "text-consent" event of an order is its answer, kept in memory and
    // read again at the next start; an order without one has none (and is never texted).
    void textConsentIsTheLatestAnswerAndSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        TextConsent yes;
        yes.asked = yes.agreed = true;
        yes.to = QStringLiteral("+18015550199");
        yes.language = QStringLiteral("fr");
        yes.agent = QStringLiteral("agent7");
        yes.atMs = 900;
        {
            OrderRegistry reg;
            QString error;
            QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-0"), numberFor(0), 1000));
            SendJournal journal(&reg, QStringLiteral("agent7"));
            journal.setTextConsent(yes);
            ApiError refused;
            const qint64 intent = journal.beforeSubmit(numberFor(1), 1000, &refused);
            QVERIFY(intent);
            SubmitResult result;
            result.orderId = QStringLiteral("JNUOID-1");
            result.status = QStringLiteral("Pending");
            QCOMPARE(journal.afterSubmit(intent, samplePortIn(numberFor(1)), true, result, {}, 1000).outcome,
                     SendJournal::Outcome::Ordered);
            QCOMPARE(reg.textConsent(QStringLiteral("JNUOID-1")), std::optional<TextConsent>(yes));
            QVERIFY(!reg.textConsent(QStringLiteral("JNUOID-0")));
            QVERIFY(!reg.textConsent(QStringLiteral("JNUOID-MISSING")));
        }
        OrderRegistry again;
        QString error;
        QVERIFY2(again.openSqlite(path, &error), qPrintable(error));
        QCOMPARE(again.textConsent(QStringLiteral("JNUOID-1")), std::optional<TextConsent>(yes));
        QVERIFY(!again.textConsent(QStringLiteral("JNUOID-0")));
        {
            // The customer later said no (another desk recorded it): the latest answer counts.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("later"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO order_events (order_id, at, kind, old_status, new_status, "
                                          "message, who) VALUES ('JNUOID-1', 2000, 'text-consent', '', '', "
                                          "'{\"agreed\":false}', 'agent8')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("later"));
        OrderRegistry third;
        QVERIFY2(third.openSqlite(path, &error), qPrintable(error));
        const std::optional<TextConsent> latest = third.textConsent(QStringLiteral("JNUOID-1"));
        QVERIFY(latest && latest->asked && !latest->agreed);
        QCOMPARE(latest->agent, QStringLiteral("agent8"));
    }

    void migrationsAreVersionedAndWalIsOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(path, &error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            // No column may ever hold a PIN or password.
            for (const char *table : {"orders", "order_events"}) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table))));
                int columns = 0;
                while (q.next()) {
                    ++columns;
                    const QString name = q.value(1).toString().toLower();
                    QVERIFY2(!name.contains(QLatin1String("pin")) && !name.contains(QLatin1String("password")) &&
                                 !name.contains(QLatin1String("secret")),
                             qPrintable(name));
                }
                QVERIFY(columns > 5);
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void pinNeverReachesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            OrderRegistry reg;
            QString error;
            QVERIFY(reg.openSqlite(path, &error));
            PortInRequest request = samplePortIn();
            request.currentAccountPassword = QStringLiteral("PIN-918273-XYZ");
            SubmitResult result;
            result.orderId = QStringLiteral("JNUOID-pin");
            QVERIFY(reg.recordSubmitted(request, result, QStringLiteral("a"), 1));
            UpdatePortInRequest update;
            update.orderId = result.orderId;
            update.currentAccountPassword = QStringLiteral("PIN-555111-XYZ");
            QVERIFY(reg.recordUpdate(update, {}, QStringLiteral("a"), 2));
            QVERIFY(reg.events(result.orderId).constLast().message.contains(QLatin1String("CurrentAccountPassword")));
        }
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("PIN-918273-XYZ") && !bytes.contains("PIN-555111-XYZ"), qPrintable(file));
        }
    }

    void requestedPortDateIsKeptAcrossAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        const QString id = QStringLiteral("JNUOID-date");
        {
            OrderRegistry reg;
            QString error;
            QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(reg, id, QStringLiteral("+18015552346"), 1000));
            QCOMPARE(reg.find(id)->requestedPortDate, QString());
            UpdatePortInRequest update;
            update.orderId = id;
            update.portInDate = QStringLiteral("2026-12-21");
            QVERIFY(reg.recordUpdate(update, {}, QStringLiteral("a"), 2000));
            QCOMPARE(reg.find(id)->requestedPortDate, QStringLiteral("2026-12-21"));
            QVERIFY(reg.events(id).constLast().message.contains(QLatin1String("PortInDate=2026-12-21")));
        }
        {
            OrderRegistry again;
            QString error;
            QVERIFY2(again.openSqlite(path, &error), qPrintable(error));
            QCOMPARE(again.find(id)->requestedPortDate, QStringLiteral("2026-12-21"));
            // An update without a date keeps the one asked for before.
            UpdatePortInRequest update;
            update.orderId = id;
            update.subscriberName = QStringLiteral("Other Name");
            QVERIFY(again.recordUpdate(update, {}, QStringLiteral("a"), 3000));
            QCOMPARE(again.find(id)->requestedPortDate, QStringLiteral("2026-12-21"));
        }
        OrderRegistry third;
        QString error;
        QVERIFY2(third.openSqlite(path, &error), qPrintable(error));
        QCOMPARE(third.find(id)->requestedPortDate, QStringLiteral("2026-12-21"));
        QCOMPARE(third.find(id)->subscriber, QStringLiteral("Other Name"));
    }

    void corruptFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a'));
        f.close();
        const QByteArray before = fileHash(path);
        OrderRegistry reg;
        QString error;
        QVERIFY(!reg.openSqlite(path, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be used")) && error.contains(QLatin1String("unchanged")),
                 qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!recordOrder(reg, QStringLiteral("JNUOID-x"), QStringLiteral("+18015552345"), 1)); // writes fail loudly
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            OrderRegistry reg;
            QString error;
            QVERIFY(reg.openSqlite(path, &error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        OrderRegistry reg;
        QString error;
        QVERIFY(!reg.openSqlite(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void statusChangesAndFlags()
    {
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(QStringLiteral(":memory:"), &error));
        QSignalSpy changed(&reg, &OrderRegistry::statusChanged);
        QSignalSpy storage(&reg, &OrderRegistry::storageFailed);
        QVERIFY(recordOrder(reg, QStringLiteral("A"), QStringLiteral("+18015552345"), 1));
        QCOMPARE(reg.openOrderFor(QStringLiteral("+18015552345")), QStringLiteral("A"));
        QVERIFY(reg.applyStatus(details(QStringLiteral("A"), QStringLiteral("Pending")), 2));
        QCOMPARE(changed.count(), 0); // same status: only last checked moves
        QCOMPARE(reg.find(QStringLiteral("A"))->lastCheckedMs, 2);
        QCOMPARE(reg.events(QStringLiteral("A")).size(), 1);
        QVERIFY(reg.applyStatus(details(QStringLiteral("A"), QStringLiteral("Completed")), 3));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("Pending"));
        QCOMPARE(reg.openOrderFor(QStringLiteral("+18015552345")), QString());

        QVERIFY(recordOrder(reg, QStringLiteral("B"), QStringLiteral("+18015552346"), 1));
        QVERIFY(reg.markNotFound(QStringLiteral("B"), 5));
        QVERIFY(reg.find(QStringLiteral("B"))->notFound);
        QCOMPARE(reg.count(), 2); // flagged, never deleted

        QVERIFY(!recordOrder(reg, QStringLiteral("B"), QStringLiteral("+18015552346"), 6)); // no duplicate rows
        QCOMPARE(storage.count(), 1);
        QVERIFY(!reg.applyStatus(details(QStringLiteral("nope"), QStringLiteral("Pending")), 7));
    }

    void eventsOfKindsSpanEveryOrder()
    {
        // The Dashboard's one query: these kinds of event of all orders, oldest first.
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(QStringLiteral(":memory:"), &error));
        QVERIFY(recordOrder(reg, QStringLiteral("A"), QStringLiteral("+18015552345"), 1));
        QVERIFY(recordOrder(reg, QStringLiteral("B"), QStringLiteral("+18015552346"), 2));
        QVERIFY(reg.applyStatus(details(QStringLiteral("B"), QStringLiteral("Error"), QStringLiteral("8A")), 3));
        QVERIFY(reg.applyStatus(details(QStringLiteral("A"), QStringLiteral("Completed")), 4));
        QVERIFY(reg.markNotFound(QStringLiteral("B"), 5));
        const QList<OrderEvent> status = reg.eventsOfKinds({QStringLiteral("status")});
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.at(0).orderId, QStringLiteral("B"));
        QCOMPARE(status.at(0).newStatus, QStringLiteral("Error"));
        QCOMPARE(status.at(0).message, QStringLiteral("8A"));
        QCOMPARE(status.at(1).orderId, QStringLiteral("A"));
        QCOMPARE(status.at(1).oldStatus, QStringLiteral("Pending"));
        QCOMPARE(reg.eventsOfKinds({QStringLiteral("status"), QStringLiteral("not-found")}).size(), 3);
        QCOMPARE(reg.eventsOfKinds({QStringLiteral("submitted")}).size(), 2);
        QVERIFY(reg.eventsOfKinds({}).isEmpty());
    }

    void unknownOutcomeRowsWaitForTheAgent()
    {
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(QStringLiteral(":memory:"), &error));
        const QString id = reg.recordUnknownOutcome(samplePortIn(), QStringLiteral("agent1"), 10);
        QVERIFY(id.startsWith(QLatin1String("UNKNOWN-")));
        const OrderRecord *r = reg.find(id);
        QVERIFY(r->outcomeUnknown && !r->hasTelegentId());
        QCOMPARE(reg.openOrderFor(QStringLiteral("+18015552345")), id); // blocks a blind resubmit
        QVERIFY(reg.resolveUnknownOutcome(id, QStringLiteral("agent1"), 20));
        QCOMPARE(reg.find(id)->group, StatusGroup::Cancelled);
        QCOMPARE(reg.openOrderFor(QStringLiteral("+18015552345")), QString());
        QCOMPARE(reg.events(id).size(), 2);
    }

    void trackedOrderFilledByFirstAnswer()
    {
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(QStringLiteral(":memory:"), &error));
        QVERIFY(reg.recordTracked(QStringLiteral("JNUOID-ext"), QStringLiteral("sup"), 1));
        QVERIFY(reg.recordTracked(QStringLiteral("JNUOID-ext"), QStringLiteral("sup"), 1)); // idempotent
        QCOMPARE(reg.count(), 1);
        OrderDetails d = details(QStringLiteral("JNUOID-ext"), QStringLiteral("Scheduled"));
        d.phoneNumbers = {QStringLiteral("+18015559876")};
        QVERIFY(reg.applyStatus(d, 2));
        QCOMPARE(reg.find(QStringLiteral("JNUOID-ext"))->number, QStringLiteral("+18015559876"));
        QCOMPARE(reg.find(QStringLiteral("JNUOID-ext"))->group, StatusGroup::Open);
    }
};

QTEST_GUILESS_MAIN(TestOrderRegistry)
#include "tst_orderregistry.moc"
