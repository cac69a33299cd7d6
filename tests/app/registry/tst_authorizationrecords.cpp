#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderTexts.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;

// The registry's side of the customer's authorization on a real SQLite file: a verbal one
// recorded with the order its submit created (and still there after a restart), a written LOA
// that waits under its own row holding the number, comes back with its file, and is submitted;
// a refusal gives the number back to the waiting row; an interrupted send keeps its authorization.
class TestAuthorizationRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    const qint64 kNow = 1'780'000'000'000;

    QString freshPath() { return m_dir.filePath(QStringLiteral("orders%1.sqlite").arg(++m_file)); }
    static void open(OrderRegistry &registry, const QString &path)
    {
        QString error;
        QVERIFY2(registry.openSqlite(path, &error), qPrintable(error));
    }
    static SubmitResult answer(const QString &orderId)
    {
        SubmitResult r;
        r.orderId = orderId;
        r.status = QStringLiteral("Pending");
        return r;
    }
    Authorization verbal() const
    {
        Authorization a;
        a.kind = Authorization::Kind::Verbal;
        a.accountHolder = QStringLiteral("Ann Lee");
        a.authorizingPerson = QStringLiteral("Bob Lee");
        a.agent = QStringLiteral("agent7");
        a.atMs = kNow - 1000;
        a.scriptVersion = QStringLiteral("builtin-1/en");
        return a;
    }
    Authorization pendingLoa() const
    {
        Authorization a;
        a.kind = Authorization::Kind::Written;
        a.accountHolder = QStringLiteral("Ann Lee");
        a.agent = QStringLiteral("agent7");
        a.atMs = kNow;
        return a;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void verbalAuthorizationIsAnEventOfTheOrderAndSurvivesRestart()
    {
        const QString path = freshPath();
        const QString number = numberFor(1);
        {
            OrderRegistry registry;
            open(registry, path);
            SendJournal journal(&registry, QStringLiteral("agent7"));
            journal.setAuthorization(verbal());
            ApiError error;
            const qint64 intent = journal.beforeSubmit(number, kNow, &error);
            QVERIFY(intent);
            const auto a = journal.afterSubmit(intent, samplePortIn(number), true, answer(QStringLiteral("JNUOID-1")),
                                               {}, kNow + 5);
            QCOMPARE(a.outcome, SendJournal::Outcome::Ordered);
            QVERIFY(registry.authorization(QStringLiteral("JNUOID-1")));
        }
        OrderRegistry reopened;
        open(reopened, path);
        const Authorization *a = reopened.authorization(QStringLiteral("JNUOID-1"));
        QVERIFY(a);
        QCOMPARE(*a, verbal());
        bool inHistory = false;
        for (const OrderEvent &e : reopened.events(QStringLiteral("JNUOID-1")))
            inHistory |=
                e.kind == QLatin1String("authorized") && e.who == QLatin1String("agent7") && e.atMs == kNow - 1000;
        QVERIFY(inHistory);
    }

    void writtenLoaWaitsHoldingTheNumberThenIsSubmitted()
    {
        const QString path = freshPath();
        const QString number = numberFor(2);
        OrderRegistry registry;
        open(registry, path);
        AuthorizationRecords records(&registry, QStringLiteral("agent7"));
        QString error;
        PortInRequest request = samplePortIn(number);
        const QString waiting = records.recordAwaiting(request, pendingLoa(), kNow, &error);
        QVERIFY2(!waiting.isEmpty(), qPrintable(error));
        QVERIFY(waiting.startsWith(QLatin1String("LOA-")));
        const OrderRecord *row = registry.find(waiting);
        QVERIFY(row && row->awaitingAuthorization && !row->hasTelegentId());
        QCOMPARE(row->status, OrderTexts::encode(OrderTexts::Code::AwaitingAuthorization));
        QCOMPARE(registry.claimHolder(number), waiting);
        QVERIFY(!registry.authorization(waiting)->isRecorded());

        // Nothing else may take the number meanwhile: neither a plain submit...
        ApiError refused;
        QCOMPARE(SendJournal(&registry, QStringLiteral("agent2")).beforeSubmit(number, kNow + 1, &refused), 0);
        QCOMPARE(refused.kind, ApiError::Kind::Validation);
        // ...nor a second waiting port-in.
        QVERIFY(records.recordAwaiting(request, pendingLoa(), kNow + 1, &error).isEmpty());
        QVERIFY2(error.contains(waiting), qPrintable(error));

        // The signed copy comes back: kept beside the registry, owner-only.
        const QByteArray content("%PDF-1.4 signed");
        Authorization signedLoa = pendingLoa();
        signedLoa.atMs = kNow + 100;
        signedLoa.fileName = QStringLiteral("signed.pdf");
        signedLoa.fileSha256 =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QVERIFY2(records.recordReceived(waiting, signedLoa, content, kNow + 100, &error), qPrintable(error));
        QCOMPARE(registry.find(waiting)->status, OrderTexts::encode(OrderTexts::Code::AuthorizationReceived));
        const QString kept = AuthorizationRecords::filesFolder(path) + QLatin1Char('/') + signedLoa.fileSha256;
        QVERIFY(QFile::exists(kept));
        QCOMPARE(QFileInfo(kept).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(records.fileContent(signedLoa.fileSha256, &error), content);

        // Submitted: a refusal gives the number back to the waiting row...
        SendJournal first(&registry, QStringLiteral("agent7"));
        first.setAuthorization(signedLoa, waiting);
        const qint64 intent1 = first.beforeSubmit(number, kNow + 200, &refused);
        QVERIFY(intent1);
        ApiError no;
        no.kind = ApiError::Kind::Validation;
        no.httpStatus = 400;
        QCOMPARE(first.afterSubmit(intent1, request, false, {}, no, kNow + 201).outcome, SendJournal::Outcome::Refused);
        QCOMPARE(registry.claimHolder(number), waiting);
        QVERIFY(!isTerminal(registry.find(waiting)->group));

        // ...and an order closes it, the order carrying the signed LOA.
        SendJournal second(&registry, QStringLiteral("agent7"));
        second.setAuthorization(signedLoa, waiting);
        const qint64 intent2 = second.beforeSubmit(number, kNow + 300, &refused);
        QVERIFY(intent2);
        QCOMPARE(second.afterSubmit(intent2, request, true, answer(QStringLiteral("JNUOID-2")), {}, kNow + 301).outcome,
                 SendJournal::Outcome::Ordered);
        QCOMPARE(registry.claimHolder(number), QStringLiteral("JNUOID-2"));
        QCOMPARE(registry.find(waiting)->status,
                 OrderTexts::encode(OrderTexts::Code::SubmittedAs, {QStringLiteral("JNUOID-2")}));
        QVERIFY(isTerminal(registry.find(waiting)->group));
        QCOMPARE(registry.authorization(QStringLiteral("JNUOID-2"))->fileSha256, signedLoa.fileSha256);
    }

    void withdrawnFreesTheNumber()
    {
        OrderRegistry registry;
        open(registry, freshPath());
        AuthorizationRecords records(&registry, QStringLiteral("agent7"));
        QString error;
        const QString number = numberFor(3);
        const QString waiting = records.recordAwaiting(samplePortIn(number), pendingLoa(), kNow, &error);
        QVERIFY(!waiting.isEmpty());
        QVERIFY2(records.withdraw(waiting, kNow + 1, &error), qPrintable(error));
        QVERIFY(registry.claimHolder(number).isEmpty());
        QVERIFY(!records.withdraw(waiting, kNow + 2, &error)); // once
    }

    void interruptedSendKeepsItsAuthorization()
    {
        const QString path = freshPath();
        const QString number = numberFor(4);
        {
            OrderRegistry registry;
            open(registry, path);
            SendJournal journal(&registry, QStringLiteral("agent7"));
            journal.setAuthorization(verbal());
            ApiError error;
            QVERIFY(journal.beforeSubmit(number, kNow, &error));
            // The process "dies" here: the intent stays 'sending'. Make it look like another
            // process's on this host that is gone.
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
            QVERIFY(q.exec(QStringLiteral("UPDATE send_intents SET pid = 999999999")));
        }
        OrderRegistry reopened;
        open(reopened, path);
        const QString unknown = reopened.claimHolder(number);
        QVERIFY2(unknown.startsWith(QLatin1String("UNKNOWN-")), qPrintable(unknown));
        const Authorization *a = reopened.authorization(unknown);
        QVERIFY(a);
        QCOMPARE(a->kind, Authorization::Kind::Verbal);
        QCOMPARE(a->scriptVersion, verbal().scriptVersion);
    }

    // A continued port-in whose submit was interrupted: at the next start its unknown outcome
    // holds the number with the signed LOA, and the waiting row is closed pointing at it.
    void interruptedContinuedSubmitClosesTheWaitingRow()
    {
        const QString path = freshPath();
        const QString number = numberFor(5);
        QString waiting;
        {
            OrderRegistry registry;
            open(registry, path);
            AuthorizationRecords records(&registry, QStringLiteral("agent7"));
            QString error;
            waiting = records.recordAwaiting(samplePortIn(number), pendingLoa(), kNow, &error);
            QVERIFY2(!waiting.isEmpty(), qPrintable(error));
            Authorization back = pendingLoa();
            back.reference = QStringLiteral("mail 12");
            QVERIFY2(records.recordReceived(waiting, back, {}, kNow + 1, &error), qPrintable(error));
            SendJournal journal(&registry, QStringLiteral("agent7"));
            journal.setAuthorization(back, waiting);
            ApiError refused;
            QVERIFY(journal.beforeSubmit(number, kNow + 2, &refused));
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
            QVERIFY(q.exec(QStringLiteral("UPDATE send_intents SET pid = 999999999")));
        }
        OrderRegistry reopened;
        open(reopened, path);
        const QString unknown = reopened.claimHolder(number);
        QVERIFY2(unknown.startsWith(QLatin1String("UNKNOWN-")), qPrintable(unknown));
        QCOMPARE(reopened.authorization(unknown)->reference, QStringLiteral("mail 12"));
        QCOMPARE(reopened.find(waiting)->status, OrderTexts::encode(OrderTexts::Code::SubmittedAs, {unknown}));
        QVERIFY(isTerminal(reopened.find(waiting)->group));
    }

    void policyAndScriptAreKeptInTheRegistry()
    {
        const QString path = freshPath();
        {
            OrderRegistry registry;
            open(registry, path);
            AuthorizationSettings settings(&registry);
            QCOMPARE(settings.policy(), AuthorizationPolicy::VerbalAllowed);
            QString error;
            QVERIFY(settings.setPolicy(AuthorizationPolicy::WrittenRequired, &error));
            QVERIFY(settings.setScriptText(QStringLiteral("  Do you agree, {holder}?  "), &error));
        }
        OrderRegistry reopened;
        open(reopened, path);
        QCOMPARE(AuthorizationSettings(&reopened).policy(), AuthorizationPolicy::WrittenRequired);
        QCOMPARE(AuthorizationSettings(&reopened).scriptText(), QStringLiteral("Do you agree, {holder}?"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationRecords)
#include "tst_authorizationrecords.moc"
