#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "messaging/TextConsent.h"
#include "registry/OrderTexts.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;

// The write-ahead unit: intents, claims, answers and start-up recovery on a real SQLite file,
// with two OrderRegistry instances standing for two processes on one registry.
class TestSendJournal : public QObject
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
    static SubmitResult answer(const QString &orderId, const QString &number)
    {
        SubmitResult r;
        r.orderId = orderId;
        r.status = QStringLiteral("Pending");
        r.phoneNumber = number;
        return r;
    }
    static QString intentState(const QString &path, const QString &number)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QString state;
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT state FROM send_intents WHERE number = ? ORDER BY id DESC"));
            q.addBindValue(number);
            if (q.exec() && q.next())
                state = q.value(0).toString();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return state;
    }

    static TextConsent textsYes()
    {
        TextConsent c;
        c.asked = c.agreed = true;
        c.to = QStringLiteral("+18015550199");
        c.language = QStringLiteral("es");
        c.agent = QStringLiteral("agent1");
        c.atMs = 900;
        return c;
    }
    // Runs statements on the file through a connection of its own (another process, a trigger).
    static bool execOn(const QString &path, const QStringList &statements, int *rows = nullptr)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                ok = ok && q.exec(sql);
                if (ok && rows && q.next())
                    *rows = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("side"));
        return ok;
    }
    static int textConsentEvents(const QString &path)
    {
        int n = -1;
        return execOn(path, {QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = 'text-consent'")}, &n) ? n
                                                                                                                   : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 20: the customer's answer about texts is an event of the order, written in the
    // transaction that records the order: if it can not be written, neither is the order (the
    // intent stays, and the next start makes it an unknown outcome that carries the answer).
    void theTextConsentIsWrittenWithTheOrder()
    {
        const QString path = freshPath();
        {
            OrderRegistry reg;
            QVERIFY(open(reg, path));
            SendJournal journal(&reg, QStringLiteral("agent1"));
            journal.setTextConsent(textsYes());
            ApiError error;
            qint64 intent = journal.beforeSubmit(numberFor(20), 1000, &error);
            QVERIFY(intent);
            QCOMPARE(journal
                         .afterSubmit(intent, samplePortIn(numberFor(20)), true,
                                      answer(QStringLiteral("JNUOID-T1"), numberFor(20)), {}, 1100)
                         .outcome,
                     SendJournal::Outcome::Ordered);
            QCOMPARE(reg.textConsent(QStringLiteral("JNUOID-T1")), std::optional<TextConsent>(textsYes()));
            bool inHistory = false;
            for (const OrderEvent &e : reg.events(QStringLiteral("JNUOID-T1")))
                inHistory |= e.kind == QLatin1String("text-consent") && e.who == QLatin1String("agent1") &&
                             e.atMs == 900 && e.message == textsYes().toEventMessage();
            QVERIFY(inHistory);

            // The file refuses the answer's event: the order is not recorded either.
            QVERIFY(execOn(path, {QStringLiteral("CREATE TRIGGER no_texts BEFORE INSERT ON order_events "
                                                 "WHEN NEW.kind = 'text-consent' BEGIN "
                                                 "SELECT RAISE(ABORT, 'texts refused'); END")}));
            intent = journal.beforeSubmit(numberFor(21), 1200, &error);
            QVERIFY(intent);
            const SendJournal::Answer a =
                journal.afterSubmit(intent, samplePortIn(numberFor(21)), true,
                                    answer(QStringLiteral("JNUOID-T2"), numberFor(21)), {}, 1300);
            QCOMPARE(a.outcome, SendJournal::Outcome::Unknown);
            QCOMPARE(a.error.kind, ApiError::Kind::Storage);
            QVERIFY(!reg.find(QStringLiteral("JNUOID-T2")));
            QVERIFY(!reg.textConsent(QStringLiteral("JNUOID-T2")));
            QCOMPARE(intentState(path, numberFor(21)), QStringLiteral("sending"));
        }
        // The process stops there. The next start records the unknown outcome, with the answer.
        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER no_texts"),
                              QStringLiteral("UPDATE send_intents SET pid = 999999999 WHERE state = 'sending'")}));
        OrderRegistry again;
        QVERIFY(open(again, path));
        QVERIFY(!again.find(QStringLiteral("JNUOID-T2")));
        const QString unknown = again.claimHolder(numberFor(21));
        QVERIFY2(unknown.startsWith(QLatin1String("UNKNOWN-")), qPrintable(unknown));
        QCOMPARE(again.textConsent(unknown), std::optional<TextConsent>(textsYes()));
        QCOMPARE(again.textConsent(QStringLiteral("JNUOID-T1")), std::optional<TextConsent>(textsYes()));
    }

    // A refusal creates no row: no answer is written anywhere. Not asked: nothing either.
    void aRefusedOrUnaskedSubmitWritesNoTextConsent()
    {
        const QString path = freshPath();
        OrderRegistry reg;
        QVERIFY(open(reg, path));
        SendJournal journal(&reg, QStringLiteral("agent1"));
        journal.setTextConsent(textsYes());
        ApiError error;
        qint64 intent = journal.beforeSubmit(numberFor(22), 1000, &error);
        ApiError no;
        no.kind = ApiError::Kind::Validation;
        no.httpStatus = 400;
        no.message = QStringLiteral("CurrentAccountNumber is wrong");
        QCOMPARE(journal.afterSubmit(intent, samplePortIn(numberFor(22)), false, {}, no, 1100).outcome,
                 SendJournal::Outcome::Refused);
        QCOMPARE(textConsentEvents(path), 0);

        SendJournal unasked(&reg, QStringLiteral("agent1"));
        intent = unasked.beforeSubmit(numberFor(22), 1200, &error);
        QCOMPARE(unasked
                     .afterSubmit(intent, samplePortIn(numberFor(22)), true,
                                  answer(QStringLiteral("JNUOID-T3"), numberFor(22)), {}, 1300)
                     .outcome,
                 SendJournal::Outcome::Ordered);
        QCOMPARE(textConsentEvents(path), 0);
        QVERIFY(!reg.textConsent(QStringLiteral("JNUOID-T3")));
    }

    // An answer that never came: the unknown outcome carries the customer's answer, a "no" too.
    void anUnknownOutcomeCarriesTheTextConsent()
    {
        OrderRegistry reg;
        QVERIFY(open(reg, freshPath()));
        SendJournal journal(&reg, QStringLiteral("agent1"));
        TextConsent no = textsYes();
        no.agreed = false;
        no.to.clear();
        no.language.clear();
        journal.setTextConsent(no);
        ApiError error;
        const qint64 intent = journal.beforeSubmit(numberFor(23), 1000, &error);
        ApiError lost;
        lost.kind = ApiError::Kind::UnknownOutcome;
        const SendJournal::Answer a = journal.afterSubmit(intent, samplePortIn(numberFor(23)), false, {}, lost, 1100);
        QCOMPARE(a.outcome, SendJournal::Outcome::Unknown);
        QCOMPARE(reg.textConsent(a.orderId), std::optional<TextConsent>(no));
    }

    // Two processes, one registry: the second can not claim a number the first holds, whether its
    // send is on its way or answered; a refusal frees the number.
    void aNumberIsClaimedOnceAcrossProcesses()
    {
        const QString path = freshPath();
        OrderRegistry a, b;
        QVERIFY(open(a, path));
        QVERIFY(open(b, path));
        SendJournal ja(&a, QStringLiteral("agent-a")), jb(&b, QStringLiteral("agent-b"));
        const QString number = numberFor(1);
        ApiError error;
        const qint64 intent = ja.beforeSubmit(number, 1000, &error);
        QVERIFY2(intent > 0, qPrintable(error.summary()));
        QCOMPARE(jb.beforeSubmit(number, 1001, &error), 0);
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QVERIFY2(error.message.contains(QLatin1String("being sent")), qPrintable(error.message));
        QVERIFY(error.fieldErrors.contains(QStringLiteral("PortInNumber")));

        const SendJournal::Answer ordered =
            ja.afterSubmit(intent, samplePortIn(number), true, answer(QStringLiteral("JNUOID-1"), number), {}, 1100);
        QCOMPARE(ordered.outcome, SendJournal::Outcome::Ordered);
        QCOMPARE(ordered.orderId, QStringLiteral("JNUOID-1"));
        QVERIFY(a.find(QStringLiteral("JNUOID-1")));
        QCOMPARE(jb.beforeSubmit(number, 1200, &error), 0);
        QVERIFY2(error.message.contains(QLatin1String("JNUOID-1")), qPrintable(error.message));
        QCOMPARE(b.claimHolder(number), QStringLiteral("JNUOID-1"));

        // A refusal: nothing was created, the number is free for the other process.
        const QString other = numberFor(2);
        const qint64 refusedIntent = ja.beforeSubmit(other, 2000, &error);
        QVERIFY(refusedIntent > 0);
        ApiError refusal;
        refusal.kind = ApiError::Kind::Validation;
        refusal.httpStatus = 400;
        refusal.message = QStringLiteral("The CurrentAccountNumber field is required.");
        const SendJournal::Answer refused =
            ja.afterSubmit(refusedIntent, samplePortIn(other), false, {}, refusal, 2100);
        QCOMPARE(refused.outcome, SendJournal::Outcome::Refused);
        QCOMPARE(refused.error.message, refusal.message);
        QCOMPARE(intentState(path, other), QStringLiteral("refused"));
        QVERIFY(jb.beforeSubmit(other, 2200, &error) > 0);

        // Completing an order frees its number.
        QVERIFY(a.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("Completed")), 3000));
        QVERIFY(a.claimHolder(number).isEmpty());
    }

    // A shared registry keeps codes and Telegent's words, never this desk's language: a refusal
    // keeps the server's message but only the kind of the client's own explanation, and a
    // duplicate OrderId's event is a code (shown to the agent in words).
    void theJournalStoresCodesAndTheServersWordsOnly()
    {
        const QString path = freshPath();
        OrderRegistry reg;
        QVERIFY(open(reg, path));
        SendJournal journal(&reg, QStringLiteral("agent1"));
        ApiError error;
        const qint64 unreachable = journal.beforeSubmit(numberFor(40), 1000, &error);
        ApiError network;
        network.kind = ApiError::Kind::Network;
        network.message = QStringLiteral("Impossible de joindre le serveur Telegent."); // the client's, in French
        journal.afterSubmit(unreachable, samplePortIn(numberFor(40)), false, {}, network, 1100);
        const qint64 invalid = journal.beforeSubmit(numberFor(41), 1200, &error);
        ApiError validation;
        validation.kind = ApiError::Kind::Validation;
        validation.httpStatus = 400;
        validation.message = QStringLiteral("The CurrentAccountNumber field is required.");
        journal.afterSubmit(invalid, samplePortIn(numberFor(41)), false, {}, validation, 1300);
        QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-D"), numberFor(42), 1400));
        const qint64 twice = journal.beforeSubmit(numberFor(43), 1500, &error);
        const SendJournal::Answer duplicate = journal.afterSubmit(
            twice, samplePortIn(numberFor(43)), true, answer(QStringLiteral("JNUOID-D"), numberFor(43)), {}, 1600);
        QCOMPARE(duplicate.outcome, SendJournal::Outcome::Duplicate);
        QVERIFY2(duplicate.error.message.startsWith(QLatin1String("Telegent answered with OrderId JNUOID-D")),
                 qPrintable(duplicate.error.message));
        QCOMPARE(reg.events(duplicate.orderId).constLast().message,
                 QStringLiteral("portdesk.duplicate-order-id:[\"JNUOID-D\",\"%1\",\"%2\"]")
                     .arg(numberFor(42), duplicate.orderId));
        QCOMPARE(OrderTexts::display(reg.events(duplicate.orderId).constLast().message), duplicate.error.message);

        QStringList answers;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT answer FROM send_intents WHERE state = 'refused' ORDER BY id")));
            while (q.next())
                answers << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QCOMPARE(answers,
                 (QStringList{QStringLiteral("network"),
                              QStringLiteral("validation HTTP 400: The CurrentAccountNumber field is required.")}));
    }

    // No answer usable: an unknown outcome, which keeps the number.
    void anUnknownOutcomeKeepsTheNumber()
    {
        OrderRegistry reg;
        QVERIFY(open(reg, freshPath()));
        SendJournal journal(&reg, QStringLiteral("agent1"));
        const QString number = numberFor(3);
        ApiError error;
        const qint64 intent = journal.beforeSubmit(number, 1000, &error);
        ApiError lost;
        lost.kind = ApiError::Kind::UnknownOutcome;
        lost.message = QStringLiteral("no answer");
        const SendJournal::Answer a = journal.afterSubmit(intent, samplePortIn(number), false, {}, lost, 1100);
        QCOMPARE(a.outcome, SendJournal::Outcome::Unknown);
        QVERIFY(a.orderId.startsWith(QLatin1String("UNKNOWN-")));
        QVERIFY(reg.find(a.orderId) && reg.find(a.orderId)->outcomeUnknown);
        QCOMPARE(reg.claimHolder(number), a.orderId);
        QCOMPARE(journal.beforeSubmit(number, 1200, &error), 0);
        QVERIFY(error.message.contains(a.orderId));
        // The agent verified: it never arrived. The number is free again.
        QVERIFY(reg.resolveUnknownOutcome(a.orderId, QStringLiteral("agent1"), 1300));
        QVERIFY(reg.claimHolder(number).isEmpty());
    }

    void aDuplicateOrderIdIsFlagged()
    {
        OrderRegistry reg;
        QVERIFY(open(reg, freshPath()));
        SendJournal journal(&reg, QStringLiteral("agent1"));
        ApiError error;
        const qint64 first = journal.beforeSubmit(numberFor(4), 1000, &error);
        QCOMPARE(journal
                     .afterSubmit(first, samplePortIn(numberFor(4)), true,
                                  answer(QStringLiteral("JNUOID-SAME"), numberFor(4)), {}, 1100)
                     .outcome,
                 SendJournal::Outcome::Ordered);
        const qint64 second = journal.beforeSubmit(numberFor(5), 1200, &error);
        const SendJournal::Answer a = journal.afterSubmit(
            second, samplePortIn(numberFor(5)), true, answer(QStringLiteral("JNUOID-SAME"), numberFor(5)), {}, 1300);
        QCOMPARE(a.outcome, SendJournal::Outcome::Duplicate);
        QCOMPARE(a.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(a.error.message.contains(QLatin1String("JNUOID-SAME")), qPrintable(a.error.message));
        QCOMPARE(reg.find(QStringLiteral("JNUOID-SAME"))->number, numberFor(4)); // untouched
        const OrderRecord *flagged = reg.find(a.orderId);
        QVERIFY(flagged && flagged->outcomeUnknown);
        QCOMPARE(flagged->number, numberFor(5));
        QCOMPARE(reg.events(a.orderId).constFirst().kind, QStringLiteral("duplicate-order-id"));
    }

    // Nothing may be sent when the intent can not be written: not open, or locked past the
    // busy timeout. The error is Storage and names the file.
    void storageFailuresRefuseToSend()
    {
        OrderRegistry closed;
        ApiError error;
        QCOMPARE(SendJournal(&closed, {}).beforeSubmit(numberFor(6), 1000, &error), 0);
        QCOMPARE(error.kind, ApiError::Kind::Storage);
        QVERIFY2(error.message.contains(QLatin1String("Nothing was sent")), qPrintable(error.message));

        const QString path = freshPath();
        OrderRegistry reg;
        QVERIFY(open(reg, path));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QCOMPARE(SendJournal(&reg, {}).beforeSubmit(numberFor(6), 1000, &error), 0); // waits 5 s, then gives up
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(error.kind, ApiError::Kind::Storage);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("locked")), qPrintable(error.message));
        QVERIFY(reg.claimHolder(numberFor(6)).isEmpty());
    }

    // A process that died with a send on its way: the next start records an unknown outcome. A
    // process still running keeps its intent.
    void intentsOfDeadProcessesBecomeUnknownOutcomes()
    {
        const QString path = freshPath();
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        {
            OrderRegistry reg;
            QVERIFY(open(reg, path));
            ApiError error;
            QVERIFY(SendJournal(&reg, QStringLiteral("agent1")).beforeSubmit(numberFor(7), 1000, &error) > 0);
            QVERIFY(SendJournal(&reg, QStringLiteral("agent1")).beforeSubmit(numberFor(8), 1000, &error) > 0);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE send_intents SET pid = ? WHERE number = ?"));
            q.addBindValue(deadPid);
            q.addBindValue(numberFor(7));
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("UPDATE send_intents SET pid = ? WHERE number = ?"));
            q.addBindValue(qint64(1)); // pid 1: always running
            q.addBindValue(numberFor(8));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash"));
        OrderRegistry again;
        QVERIFY(open(again, path));
        const QString holder = again.claimHolder(numberFor(7));
        QVERIFY2(holder.startsWith(QLatin1String("UNKNOWN-")), qPrintable(holder));
        QVERIFY(again.find(holder) && again.find(holder)->outcomeUnknown);
        QCOMPARE(again.find(holder)->submittedBy, QStringLiteral("agent1"));
        // A code in the (possibly shared) file, words only when shown.
        QCOMPARE(again.events(holder).constFirst().message, QStringLiteral("portdesk.interrupted-submit"));
        QVERIFY(OrderTexts::display(again.events(holder).constFirst().message)
                    .startsWith(QLatin1String("PortDesk stopped while this submit was on its way")));
        QCOMPARE(intentState(path, numberFor(7)), QStringLiteral("unknown"));
        QCOMPARE(intentState(path, numberFor(8)), QStringLiteral("sending"));
        QVERIFY(again.claimHolder(numberFor(8)).startsWith(QLatin1String("intent:")));
    }

    // The intent and the order keep the number, who and when: never the PIN.
    void noPinReachesTheFile()
    {
        const QString path = freshPath();
        {
            OrderRegistry reg;
            QVERIFY(open(reg, path));
            SendJournal journal(&reg, QStringLiteral("agent1"));
            PortInRequest request = samplePortIn(numberFor(9));
            request.currentAccountPassword = QStringLiteral("PIN-7g3k");
            ApiError error;
            const qint64 intent = journal.beforeSubmit(request.portInNumber, 1000, &error);
            ApiError lost;
            lost.kind = ApiError::Kind::Validation;
            lost.message = QStringLiteral("CurrentAccountPassword PIN-7g3k is wrong"); // a server echoing it
            journal.afterSubmit(intent, request, false, {}, lost, 1100);
            const qint64 next = journal.beforeSubmit(request.portInNumber, 1200, &error);
            journal.afterSubmit(next, request, true, answer(QStringLiteral("JNUOID-9"), request.portInNumber), {},
                                1300);
        }
        QByteArray bytes;
        for (const QString &f : {path, path + QStringLiteral("-wal")}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("JNUOID-9"));
        QVERIFY(!bytes.contains("PIN-7g3k"));
    }
};

QTEST_GUILESS_MAIN(TestSendJournal)
#include "tst_sendjournal.moc"
