#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "TestRequests.h"
#include "common/Clock.h"
#include "messaging/TextConsent.h"
#include "messaging/TextTemplates.h"
#include "registry/AuthorizationRecords.h"
#include "registry/CustomerTexts.h"
#include "registry/OrderRegistry.h"
#include "registry/SendJournal.h"
#include "sandbox/Simulator.h"
#include "sandbox/SimulatorEngine.h"

using namespace portdesk;
using namespace portdesk::sandbox;

// portdesk-cli as scripts run it: a process, its exit code, stdout and stderr, against an
// in-process simulator, in a HOME of its own.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QTemporaryDir m_home;
    SystemClock m_clock;
    std::unique_ptr<Simulator> m_simulator;
    QString m_timeZone; // the CLI's TZ when set (a test of what it prints in local time)

    // portdesk-cli's environment: a HOME of its own and the simulator's account.
    QProcessEnvironment cliEnvironment(const QTemporaryDir &home,
                                       const QString &secret = QStringLiteral("cli-secret")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_KEY"), QStringLiteral("DID-cli"));
        env.insert(QStringLiteral("TELEGENT_ACCOUNT_SECRET"), secret);
        env.insert(QStringLiteral("TELEGENT_API_BASE"), m_simulator->baseUrl().toString());
        return env;
    }

    Result cli(const QStringList &args, const QString &secret = QStringLiteral("cli-secret"))
    {
        QProcess p;
        QProcessEnvironment env = cliEnvironment(m_home, secret);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        if (!m_timeZone.isEmpty())
            env.insert(QStringLiteral("TZ"), m_timeZone);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PORTDESK_CLI), args);
        Result r;
        // The simulator lives in this process: keep its event loop turning while the CLI talks.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000)) {
            p.kill();
            p.waitForFinished();
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_home.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

    // The desk's own registry (the one portdesk-cli opens), for what a test must set up directly.
    void withRegistry(const std::function<void(OrderRegistry &)> &fn)
    {
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("PortDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(OrderRegistry::defaultSqlitePath(), &error), qPrintable(error));
        fn(registry);
    }

    QJsonObject listed(const QString &orderId)
    {
        for (const QJsonValue &v : cli({QStringLiteral("--json"), QStringLiteral("orders")}).json().array())
            if (v.toObject().value(QStringLiteral("OrderId")).toString() == orderId)
                return v.toObject();
        return {};
    }

    QString jsonRequest(const QString &name, const QString &number, const QString &street = QStringLiteral("1 Main St"))
    {
        QJsonObject o{
            {QStringLiteral("PortInNumber"), number},
            {QStringLiteral("CurrentCarrierName"), QStringLiteral("Verizon")},
            {QStringLiteral("CurrentAccountNumber"), QStringLiteral("4651234567")},
            {QStringLiteral("CurrentAccountPassword"), QStringLiteral("918273")},
            {QStringLiteral("SubscriberName"), QStringLiteral("Jane Doe")},
            {QStringLiteral("CurrentBillingAddress"), QJsonObject{{QStringLiteral("Street1"), street},
                                                                  {QStringLiteral("City"), QStringLiteral("Lehi")},
                                                                  {QStringLiteral("State"), QStringLiteral("UT")},
                                                                  {QStringLiteral("Zip"), QStringLiteral("84043")}}}};
        return file(name, QJsonDocument(o).toJson());
    }

private slots:
    void initTestCase()
    {
        SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-cli"), QStringLiteral("cli-secret"));
        // A number DID-cli may text from (notify-test).
        SimNumber sender;
        sender.number = QStringLiteral("+18018018021");
        sender.messageRouteId = QStringLiteral("MRID-cli");
        sender.accountKey = QStringLiteral("DID-cli");
        options.numbers.append(sender);
        m_simulator = std::make_unique<Simulator>(&m_clock, options);
        QVERIFY(m_simulator->start());
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("exit codes"));
        const Result noYes = cli({QStringLiteral("cancel"), QStringLiteral("JNUOID-1")});
        QCOMPARE(noYes.code, 2);
        QVERIFY(noYes.err.contains("--yes"));
    }

    void eligibility()
    {
        const Result yes =
            cli({QStringLiteral("--json"), QStringLiteral("eligibility"), QStringLiteral("(801) 555-2345")});
        QCOMPARE(yes.code, 0);
        QCOMPARE(yes.json().object().value(QStringLiteral("Eligible")).toBool(), true);
        QCOMPARE(yes.json().object().value(QStringLiteral("PhoneNumber")).toString(), QStringLiteral("+18015552345"));
        QCOMPARE(cli({QStringLiteral("eligibility"), QStringLiteral("801-555-0000")}).code, 3);
        const Result bad = cli({QStringLiteral("eligibility"), QStringLiteral("911-555-2345")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("911"));
        QCOMPARE(cli({QStringLiteral("eligibility"), QStringLiteral("8015552345")}, QStringLiteral("wrong")).code, 5);
    }

    void bulkCsvSendsValidRowsAndReportsTheOthers()
    {
        const int before = m_simulator->engine()->orders().size();
        const QString csv =
            file(QStringLiteral("bulk.csv"),
                 "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,"
                 "Street2,City,State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n"
                 "(801) 555-3001,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,verbal:Test Agent\n"
                 "801-555-3002,AT&T,11223344,2222,PO Box 12,,Provo,UT,84601,,mvno,Ann Lee,verbal:Test Agent\n"
                 "8015553003,T-Mobile,99887766,4444,2 Main St,,Provo,UT,84601,,iot,Bob Ray,verbal:Test Agent\n");
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("submit"), csv});
        QCOMPARE(r.code, 2); // a row was invalid input, and was not sent
        QVERIFY2(r.err.contains("row 2 (line 3)") && r.err.contains("Street1"), r.err.constData());
        QVERIFY(r.err.contains("submitted 2/2"));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).toObject().value(QStringLiteral("OrderId")).toString().startsWith(QLatin1String("JNUOID-")));
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("OrderId")).toString().isEmpty());
        QVERIFY(!rows.at(1).toObject().value(QStringLiteral("Error")).toString().isEmpty());
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("PortInNumber")).toString(),
                 QStringLiteral("+18015553003"));
        QCOMPARE(m_simulator->engine()->orders().size(), before + 2);

        // They landed in the desk's registry, shared with the GUI.
        const Result listed = cli({QStringLiteral("--json"), QStringLiteral("orders")});
        QCOMPARE(listed.code, 0);
        QStringList ids;
        for (const QJsonValue &v : listed.json().array())
            ids << v.toObject().value(QStringLiteral("OrderId")).toString();
        QVERIFY(ids.contains(rows.at(0).toObject().value(QStringLiteral("OrderId")).toString()));

        const QString id = rows.at(2).toObject().value(QStringLiteral("OrderId")).toString();
        m_simulator->faults().add(route::Order, {Fault::Kind::ServiceUnavailable, 1}, 2); // retried
        const Result status = cli({QStringLiteral("--json"), QStringLiteral("status"), id});
        QCOMPARE(status.code, 0);
        const QJsonObject o = status.json().array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("OrderId")).toString(), id);
        QVERIFY(!o.value(QStringLiteral("OrderStatus")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("PhoneNumbers")).toArray().first().toString(), QStringLiteral("+18015553003"));

        QCOMPARE(cli({QStringLiteral("cancel"), id, QStringLiteral("--yes")}).code, 0);
        const Result again = cli({QStringLiteral("cancel"), id, QStringLiteral("--yes")});
        QCOMPARE(again.code, 4);
        QVERIFY(again.err.contains("GENS-0041"));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("JNUOID-nope")}).code, 4);
        const Result cancelled = cli({QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("--group"),
                                      QStringLiteral("cancelled")});
        QVERIFY(cancelled.out.contains(id.toLatin1()));
    }

    void jsonSubmitAndUpdate()
    {
        const QString request =
            file(QStringLiteral("one.json"), R"({"PortInNumber":"801 555 3101","CurrentCarrierName":"Verizon",
            "CurrentAccountNumber":"4651234567","CurrentAccountPassword":"918273","SubscriberName":"Jane Doe",
            "CurrentBillingAddress":{"Street1":"1 Main St","City":"Lehi","State":"UT","Zip":"84043"}})");
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--authorization"),
                              QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Test Agent"), request});
        QCOMPARE(r.code, 0);
        const QString id = r.json().array().first().toObject().value(QStringLiteral("OrderId")).toString();
        QVERIFY(!id.isEmpty());
        const QString update = file(QStringLiteral("update.json"), R"({"CurrentAccountNumber":"999888777"})");
        QCOMPARE(cli({QStringLiteral("update"), id, update}).code, 0);
        QCOMPARE(cli({QStringLiteral("update"), id, file(QStringLiteral("bad.json"), "{not json")}).code, 2);
    }

    // Issue 14 §8: every timestamp names its instant (local time with its offset), in the JSON
    // a script reads and in the table a person reads. Kolkata: +05:30 all year, no daylight saving.
    void ordersTimestampsCarryTheirOffset()
    {
        m_timeZone = QStringLiteral("Asia/Kolkata");
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--authorization"),
                              QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Test Agent"),
                              jsonRequest(QStringLiteral("tz.json"), QStringLiteral("+18015553121"))});
        QCOMPARE(r.code, 0);
        const QString id = r.json().array().first().toObject().value(QStringLiteral("OrderId")).toString();
        const QJsonObject row = listed(id);
        const Result table = cli({QStringLiteral("orders")});
        m_timeZone.clear();
        const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+05:30$"));
        const QString submitted = row.value(QStringLiteral("Submitted")).toString();
        QVERIFY2(iso.match(submitted).hasMatch(), qPrintable(submitted));
        const QString consentAt =
            row.value(QStringLiteral("Authorization")).toObject().value(QStringLiteral("at")).toString();
        QVERIFY2(iso.match(consentAt).hasMatch(), qPrintable(consentAt));
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(submitted.toLatin1()), table.out.constData());
    }

    void watchOncePrintsChanges()
    {
        // An order created elsewhere, known to the desk's registry but never checked.
        const QString number = QStringLiteral("+18015553201");
        const QString id =
            m_simulator->engine()->orders().create(QStringLiteral("DID-cli"), number, {}, m_clock.nowMs()).orderId;
        {
            QStandardPaths::setTestModeEnabled(false);
            qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
            QCoreApplication::setOrganizationName(QStringLiteral("PortDesk"));
            QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
            OrderRegistry registry;
            QString error;
            QVERIFY2(registry.openSqlite(OrderRegistry::defaultSqlitePath(), &error), qPrintable(error));
            QVERIFY(registry.recordTracked(id, QStringLiteral("test"), 0));
        }
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("--once")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(id.toLatin1()), r.out.constData());
        QVERIFY(r.out.contains("\"To\":\"Pending\""));
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).code, 0); // nothing due: ends at once
    }

    // Issue 12 §3: an unknown outcome is resolved from the CLI, never sent to Telegent as an id.
    void resolveUnknownOutcome()
    {
        const QString a = QStringLiteral("+18015553301");
        const QString b = QStringLiteral("+18015553302");
        const QString idA =
            m_simulator->engine()->orders().create(QStringLiteral("DID-cli"), a, {}, m_clock.nowMs()).orderId;
        const QString other =
            m_simulator->engine()
                ->orders()
                .create(QStringLiteral("DID-cli"), QStringLiteral("+18015553303"), {}, m_clock.nowMs())
                .orderId;
        QString localA, localB;
        withRegistry([&](OrderRegistry &registry) {
            localA = registry.recordUnknownOutcome(test::samplePortIn(a), QStringLiteral("test"), m_clock.nowMs());
            localB = registry.recordUnknownOutcome(test::samplePortIn(b), QStringLiteral("test"), m_clock.nowMs());
        });
        QVERIFY(!localA.isEmpty() && !localB.isEmpty());
        const int ordersBefore = m_simulator->stats().perRoute.value(route::Order);

        const Result status = cli({QStringLiteral("status"), localA});
        QCOMPARE(status.code, 2);
        QVERIFY2(status.err.contains("resolve"), status.err.constData());
        QCOMPARE(cli({QStringLiteral("cancel"), localA, QStringLiteral("--yes")}).code, 2);
        QCOMPARE(m_simulator->stats().perRoute.value(route::Order), ordersBefore); // never sent
        QCOMPARE(listed(localA).value(QStringLiteral("Group")).toString(), QStringLiteral("unknown-outcome"));

        const Result unknownId = cli({QStringLiteral("resolve"), QStringLiteral("801-555-3301"),
                                      QStringLiteral("--order-id"), QStringLiteral("JNUOID-nope")});
        QCOMPARE(unknownId.code, 4);
        QVERIFY2(unknownId.err.contains("nothing was changed"), unknownId.err.constData());
        const Result wrongNumber = cli({QStringLiteral("resolve"), a, QStringLiteral("--order-id"), other});
        QCOMPARE(wrongNumber.code, 2);
        QCOMPARE(listed(localA).value(QStringLiteral("Group")).toString(), QStringLiteral("unknown-outcome"));

        const Result attached = cli({QStringLiteral("resolve"), a, QStringLiteral("--order-id"), idA});
        QCOMPARE(attached.code, 0);
        QVERIFY2(attached.out.contains(idA.toLatin1()), attached.out.constData());
        const QJsonObject order = listed(idA);
        QCOMPARE(order.value(QStringLiteral("PortInNumber")).toString(), a);
        QCOMPARE(order.value(QStringLiteral("Group")).toString(), QStringLiteral("open"));
        QCOMPARE(order.value(QStringLiteral("SubscriberName")).toString(),
                 QStringLiteral("Jane Doe")); // the submit's details
        QCOMPARE(listed(localA).value(QStringLiteral("Group")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cli({QStringLiteral("status"), idA}).code, 0);

        QCOMPARE(cli({QStringLiteral("resolve"), b, QStringLiteral("--not-received")}).code, 0);
        QCOMPARE(cli({QStringLiteral("resolve"), b, QStringLiteral("--not-received")}).code, 2); // nothing left
        QCOMPARE(cli({QStringLiteral("submit"), QStringLiteral("--authorization"), QStringLiteral("verbal"),
                      QStringLiteral("--by"), QStringLiteral("Test Agent"), jsonRequest(QStringLiteral("b.json"), b)})
                     .code,
                 0); // the number is free
        QCOMPARE(cli({QStringLiteral("resolve"), a}).code, 2);

        // The order was already tracked (Track existing) before the agent resolved the submit.
        const QString e = QStringLiteral("+18015553304");
        const QString idE =
            m_simulator->engine()->orders().create(QStringLiteral("DID-cli"), e, {}, m_clock.nowMs()).orderId;
        withRegistry([&](OrderRegistry &registry) {
            QVERIFY(!registry.recordUnknownOutcome(test::samplePortIn(e), QStringLiteral("test"), m_clock.nowMs())
                         .isEmpty());
            QVERIFY(registry.recordTracked(idE, QStringLiteral("test"), m_clock.nowMs()));
        });
        QCOMPARE(cli({QStringLiteral("resolve"), e, QStringLiteral("--order-id"), idE}).code, 0);
        QCOMPARE(listed(idE).value(QStringLiteral("Group")).toString(), QStringLiteral("open"));
        QCOMPARE(listed(idE).value(QStringLiteral("PortInNumber")).toString(), e);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("--group"),
                      QStringLiteral("unknown-outcome")})
                     .json()
                     .array()
                     .size(),
                 0);
    }

    // Issue 12 §5: what a hostile server sends is printed, never obeyed by the terminal.
    void serverTextIsEscaped()
    {
        const Result submitted =
            cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--authorization"),
                 QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Test Agent"),
                 jsonRequest(QStringLiteral("c.json"), QStringLiteral("+18015553311"))});
        QCOMPARE(submitted.code, 0);
        const QString id = submitted.json().array().first().toObject().value(QStringLiteral("OrderId")).toString();
        m_simulator->faults().add(route::Order, {Fault::Kind::HostileText, {}}, 1);
        const Result table = cli({QStringLiteral("status"), id});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("\\x1b[2J"), table.out.constData());
        for (const Result &r : {table, cli({QStringLiteral("orders")})})
            for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae"})
                QVERIFY2(!r.out.contains(raw) && !r.err.contains(raw), r.out.toHex().constData());
        m_simulator->faults().add(route::Order, {Fault::Kind::HostileText, {}}, 1);
        const Result json = cli({QStringLiteral("--json"), QStringLiteral("status"), id});
        QCOMPARE(json.code, 0);
        for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae"})
            QVERIFY(!json.out.contains(raw));
        // Escaped as JSON: the data itself is exact.
        QVERIFY(json.json()
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("OrderStatus"))
                    .toString()
                    .endsWith(QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u202e")));

        // An answer whose OrderId is an escape sequence: not an answer, an unknown outcome to resolve.
        m_simulator->faults().add(route::PortIn, {Fault::Kind::HostileOrderId, {}}, 1);
        const Result hostileId = cli({QStringLiteral("submit"), QStringLiteral("--authorization"),
                                      QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Test Agent"),
                                      jsonRequest(QStringLiteral("d.json"), QStringLiteral("+18015553312"))});
        QCOMPARE(hostileId.code, 6);
        QVERIFY(!hostileId.out.contains("\x1b") && !hostileId.err.contains("\x1b"));
    }

    // The same for a CSV batch's --json rows: its answers' text is escaped like every other output.
    void csvRowsInJsonAreEscaped()
    {
        const QString csv =
            file(QStringLiteral("hostile.csv"),
                 "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,"
                 "Street2,City,State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n"
                 "801-555-3411,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,verbal:Test Agent\n");
        m_simulator->faults().add(route::PortIn, {Fault::Kind::HostileText, {}}, 1);
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("submit"), csv});
        QVERIFY2(!r.out.contains("\xe2\x80\xae"), r.out.constData()); // the bidi override, written out
        QVERIFY2(r.json()
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Status"))
                     .toString()
                     .endsWith(QStringLiteral("\u202e")),
                 r.out.constData());
    }

    // Issue 12 §5: an id given on the command line is checked before it is recorded or sent.
    void malformedOrderIdArgumentsAreRefused()
    {
        const int before = m_simulator->stats().requests;
        const QString hostile = QStringLiteral("JNUOID-\x1b[2J");
        QCOMPARE(cli({QStringLiteral("status"), hostile}).code, 2);
        const Result cancel = cli({QStringLiteral("cancel"), hostile, QStringLiteral("--yes")});
        QCOMPARE(cancel.code, 2);
        QVERIFY(!cancel.err.contains("\x1b"));
        QCOMPARE(cli({QStringLiteral("status"), QString(100, QLatin1Char('A'))}).code, 2);
        QCOMPARE(m_simulator->stats().requests, before);
        QVERIFY(listed(hostile).isEmpty());
    }

    // Issue 12 §5: the CSV and JSON paths refuse control characters and oversized input; nothing is sent.
    void controlCharactersAndOversizedInputAreNotSent()
    {
        const int before = m_simulator->engine()->orders().size();
        const QString csv =
            file(QStringLiteral("hostile.csv"),
                 "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,Street2,City,"
                 "State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n"
                 "801-555-3321,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane \xe2\x80\xae"
                 "eoD,verbal:Test Agent\n"
                 "801-555-3322,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno," +
                     QByteArray(200, 'J') + ",verbal:Test Agent\n");
        const Result rows = cli({QStringLiteral("submit"), csv});
        QCOMPARE(rows.code, 2);
        QVERIFY2(rows.err.contains("row 1") && rows.err.contains("SubscriberName") && rows.err.contains("row 2"),
                 rows.err.constData());
        const Result json = cli({QStringLiteral("submit"), QStringLiteral("--authorization"), QStringLiteral("verbal"),
                                 QStringLiteral("--by"), QStringLiteral("Test Agent"),
                                 jsonRequest(QStringLiteral("e.json"), QStringLiteral("+18015553323"),
                                             QStringLiteral("1 Main\x1b[2J St"))});
        QCOMPARE(json.code, 2);
        QVERIFY2(json.err.contains("Street1") && !json.err.contains("\x1b"), json.err.constData());
        const QString big =
            file(QStringLiteral("big.json"), "{\"SubscriberName\":\"" + QByteArray(10 * 1024 * 1024, 'J') + "\"}");
        QCOMPARE(cli({QStringLiteral("submit"), QStringLiteral("--authorization"), QStringLiteral("verbal"),
                      QStringLiteral("--by"), QStringLiteral("Test Agent"), big})
                     .code,
                 2);
        QCOMPARE(m_simulator->engine()->orders().size(), before);
    }

    // Issue 12 §5: a Retry-After beyond 30 s is said on stderr, with when the desk tries again.
    void longRetryAfterIsSaid()
    {
        m_simulator->faults().add(route::Order, {Fault::Kind::ServiceUnavailable, 120}, 1);
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(m_home));
        p.start(QStringLiteral(PORTDESK_CLI), {QStringLiteral("status"), QStringLiteral("JNUOID-wait")});
        QByteArray err;
        QTest::qWaitFor(
            [&] {
                err += p.readAllStandardError();
                return err.contains("trying again at") || p.state() == QProcess::NotRunning;
            },
            20'000);
        p.kill();
        p.waitForFinished();
        QVERIFY2(err.contains("trying again at") && err.contains("(in 120 s)"), err.constData());
        m_simulator->faults().clear();
    }

    // A registry that cannot be used: nothing is sent, exit 7 names the file (never "authentication").
    void unusableRegistrySendsNothing()
    {
        QTemporaryDir home;
        const QString registry = home.filePath(QStringLiteral("data/PortDesk/PortDesk/orders.sqlite"));
        QVERIFY(QDir().mkpath(registry)); // a folder where the file should be
        const int before = m_simulator->engine()->orders().size();
        QProcess p;
        QProcessEnvironment env = cliEnvironment(home);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PORTDESK_CLI),
                {QStringLiteral("submit"),
                 file(QStringLiteral("storage.csv"),
                      "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,Street2,"
                      "City,State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n"
                      "801-555-3301,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,verbal:Test "
                      "Agent\n")});
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 7);
        QVERIFY2(err.contains(registry.toUtf8()) && err.contains("folder"), err.constData());
        QVERIFY(!err.contains("authentication"));
        QCOMPARE(m_simulator->engine()->orders().size(), before);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("7 order database"));
    }

    void networkErrorExitCode()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Result r = cli({QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port),
                              QStringLiteral("status"), QStringLiteral("JNUOID-1")});
        QCOMPARE(r.code, 6);
        const Result http = cli({QStringLiteral("--api-base"), QStringLiteral("http://example.com/v1.0"),
                                 QStringLiteral("status"), QStringLiteral("JNUOID-1")});
        QCOMPARE(http.code, 2);
        QVERIFY(http.err.contains("https"));
    }

    // (Last: their port-ins would take the simulator's per-minute budget that the tests above
    // count on.)
    // Issue 18 §3: a CSV row without the customer's authorization is reported at its row and line
    // and not sent; the other rows are.
    void csvRowWithoutAuthorizationIsNotSent()
    {
        const int before = m_simulator->engine()->orders().size();
        const QString csv = file(
            QStringLiteral("consent.csv"),
            "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,Street2,City,State,"
            "Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n"
            "801-555-3501,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,verbal:Ann Lee\n"
            "801-555-3502,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,\n"
            "801-555-3503,Verizon,4651234567,918273,1 Main St,,Lehi,UT,84043,,mvno,Jane Doe,received:mail 12/01\n");
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("submit"), csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("row 2 (line 3): Authorization: No authorization"), r.err.constData());
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("OrderId")).toString().isEmpty());
        QCOMPARE(m_simulator->engine()->orders().size(), before + 2);
        withRegistry([&](OrderRegistry &registry) {
            const Authorization *received =
                registry.authorization(rows.at(2).toObject().value(QStringLiteral("OrderId")).toString());
            QVERIFY(received);
            QCOMPARE(received->reference, QStringLiteral("mail 12/01"));
            QVERIFY(registry.claimHolder(QStringLiteral("+18015553502")).isEmpty());
        });
        // One flag for a whole file would hide the row whose customer never agreed.
        const int requests = m_simulator->stats().perRoute.value(route::PortIn);
        const Result flagged = cli({QStringLiteral("submit"), QStringLiteral("--authorization"),
                                    QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Ann"), csv});
        QCOMPARE(flagged.code, 2);
        QVERIFY2(flagged.err.contains("Authorization column"), flagged.err.constData());
        QCOMPARE(m_simulator->stats().perRoute.value(route::PortIn), requests); // nothing was sent
    }

    // Issue 18 §3: one JSON request is sent only with the customer's authorization, which the
    // order's history keeps across a restart: verbal (who, which script) or the signed LOA itself.
    void jsonSubmitNeedsAnAuthorization()
    {
        const int before = m_simulator->stats().perRoute.value(route::PortIn);
        const int ordersBefore = m_simulator->engine()->orders().size();
        const QString request = jsonRequest(QStringLiteral("consent.json"), QStringLiteral("+18015553511"));
        const Result none = cli({QStringLiteral("submit"), request});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains("no authorization") && none.err.contains("--loa"), none.err.constData());
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--authorization"), QStringLiteral("verbal")},
              QStringList{QStringLiteral("--authorization"), QStringLiteral("written"), QStringLiteral("--by"),
                          QStringLiteral("Ann")},
              QStringList{QStringLiteral("--by"), QStringLiteral("Ann")},
              QStringList{QStringLiteral("--authorization"), QStringLiteral("verbal"), QStringLiteral("--by"),
                          QStringLiteral("Ann"), QStringLiteral("--loa"), request}})
            QCOMPARE(cli(QStringList{QStringLiteral("submit")} + bad + QStringList{request}).code, 2);
        const QString png = file(QStringLiteral("scan.pdf"), QByteArray("\x89PNG\r\n\x1a\n") + "image");
        const Result notPdf = cli({QStringLiteral("submit"), QStringLiteral("--loa"), png, request});
        QCOMPARE(notPdf.code, 2);
        QVERIFY2(notPdf.err.contains("row 1 (line 1): Authorization:") && notPdf.err.contains("PNG"),
                 notPdf.err.constData());
        QCOMPARE(m_simulator->stats().perRoute.value(route::PortIn), before); // nothing was sent
        QVERIFY(cli({QStringLiteral("--help")})
                    .out.contains("submit FILE.json (--authorization verbal --by NAME | "
                                  "--loa FILE)"));

        const Result verbal =
            cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--authorization"),
                 QStringLiteral("verbal"), QStringLiteral("--by"), QStringLiteral("Ann"), request});
        QCOMPARE(verbal.code, 0);
        const QString verbalId = verbal.json().array().first().toObject().value(QStringLiteral("OrderId")).toString();
        const QByteArray pdf = "%PDF-1.4\n% signed by Jane Doe\n%%EOF\n";
        const Result written = cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--loa"),
                                    file(QStringLiteral("signed.pdf"), pdf),
                                    jsonRequest(QStringLiteral("consent2.json"), QStringLiteral("+18015553512"))});
        QCOMPARE(written.code, 0);
        const QString writtenId = written.json().array().first().toObject().value(QStringLiteral("OrderId")).toString();
        QCOMPARE(m_simulator->engine()->orders().size(), ordersBefore + 2);

        withRegistry([&](OrderRegistry &registry) { // opened afresh: what a restart reads
            const Authorization *a = registry.authorization(verbalId);
            QVERIFY(a);
            QCOMPARE(a->kind, Authorization::Kind::Verbal);
            QCOMPARE(a->agent, QStringLiteral("Ann"));
            QCOMPARE(a->accountHolder, QStringLiteral("Jane Doe"));
            QVERIFY(!a->scriptVersion.isEmpty());
            const Authorization *w = registry.authorization(writtenId);
            QVERIFY(w);
            QCOMPARE(w->kind, Authorization::Kind::Written);
            QCOMPARE(w->fileName, QStringLiteral("signed.pdf"));
            QCOMPARE(w->fileSha256,
                     QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
            QString error;
            QCOMPARE(AuthorizationRecords(&registry, QStringLiteral("test")).fileContent(w->fileSha256, &error), pdf);
        });
    }
    // Issue 20: notify-test needs a From number, and says so; with one, it sends one rendered
    // template (the last 4 digits of --to, the team's brand) and prints its MessageId and length.
    void notifyTestSendsOneTemplate()
    {
        const Result none =
            cli({QStringLiteral("notify-test"), QStringLiteral("--to"), QStringLiteral("+18015553601")});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains("no From number"), none.err.constData());
        QCOMPARE(cli({QStringLiteral("notify-test"), QStringLiteral("--to"), QStringLiteral("+18015553601"),
                      QStringLiteral("--language"), QStringLiteral("de")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("notify-test")}).code, 2);
        withRegistry([&](OrderRegistry &registry) {
            QString error;
            QVERIFY(
                registry.setMeta(QString::fromLatin1(TextTemplates::kFromKey), QStringLiteral("+18018018021"), &error));
            QVERIFY(
                registry.setMeta(QString::fromLatin1(TextTemplates::kBrandKey), QStringLiteral("Acme Mobile"), &error));
        });
        // Messages the simulator accepted, not requests to the route: a request it refused (the rate
        // window, under a loaded machine) is retried by the scheduler and sends nothing.
        const int before = m_simulator->engine()->messages().size();
        const Result r = cli({QStringLiteral("--json"), QStringLiteral("notify-test"), QStringLiteral("--to"),
                              QStringLiteral("+18015553601"), QStringLiteral("--language"), QStringLiteral("es")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QVERIFY(!o.value(QStringLiteral("MessageId")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("Segments")).toInt() >= 1);
        const QString body = o.value(QStringLiteral("Body")).toString();
        QVERIFY2(body.contains(QLatin1String("3601")) && body.contains(QLatin1String("Acme Mobile")), qPrintable(body));
        QVERIFY2(m_simulator->engine()->messages().size() == before + 1,
                 qPrintable(QStringLiteral("%1 messages sent (429s so far: %2, 401s: %3)")
                                .arg(m_simulator->engine()->messages().size() - before)
                                .arg(m_simulator->stats().rateLimited)
                                .arg(m_simulator->stats().unauthorized)));
        const Result table =
            cli({QStringLiteral("notify-test"), QStringLiteral("--to"), QStringLiteral("+18015553602")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("MessageId") && table.out.contains("Segments"), table.out.constData());
    }

    // Issue 20: orders --json shows the customer's answer about texts and every text of the order.
    void ordersJsonShowsTextConsentAndTexts()
    {
        m_timeZone = QStringLiteral("Asia/Kolkata");
        QString id;
        qint64 text = 0;
        withRegistry([&](OrderRegistry &registry) {
            const QString number = QStringLiteral("+18015553611");
            SendJournal journal(&registry, QStringLiteral("agent1"));
            TextConsent c;
            c.asked = true;
            c.agreed = true;
            c.to = QStringLiteral("+18015553699");
            c.language = QStringLiteral("fr");
            c.agent = QStringLiteral("Ann");
            c.atMs = 1'767'225'600'000;
            journal.setTextConsent(c);
            ApiError error;
            const qint64 intent = journal.beforeSubmit(number, c.atMs, &error);
            QVERIFY2(intent, qPrintable(error.message));
            SubmitResult result;
            result.orderId = QStringLiteral("JNUOID-TEXTS1");
            result.status = QStringLiteral("Pending");
            result.phoneNumber = number;
            id = journal.afterSubmit(intent, portdesk::test::samplePortIn(number), true, result, {}, c.atMs).orderId;
            QCOMPARE(id, result.orderId);
            CustomerTexts texts(&registry, QStringLiteral("agent1"));
            QString why;
            text = texts.claim(id, QStringLiteral("submitted"), c.to, QStringLiteral("Bonjour"), c.atMs, &why);
            QVERIFY2(text, qPrintable(why));
            QVERIFY(texts.recordSent(text, {QStringLiteral("TMID-CLI1"), QStringLiteral("Queued")}, c.atMs, &why));
        });
        const QJsonObject row = listed(id);
        m_timeZone.clear();
        const QJsonObject consent = row.value(QStringLiteral("TextConsent")).toObject();
        QCOMPARE(consent.value(QStringLiteral("agreed")).toBool(), true);
        QCOMPARE(consent.value(QStringLiteral("to")).toString(), QStringLiteral("+18015553699"));
        QCOMPARE(consent.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(consent.value(QStringLiteral("who")).toString(), QStringLiteral("Ann"));
        QCOMPARE(consent.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-01T05:30:00+05:30"));
        const QJsonArray texts = row.value(QStringLiteral("Texts")).toArray();
        QCOMPARE(texts.size(), 1);
        const QJsonObject t = texts.first().toObject();
        QCOMPARE(t.value(QStringLiteral("trigger")).toString(), QStringLiteral("submitted"));
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(t.value(QStringLiteral("MessageId")).toString(), QStringLiteral("TMID-CLI1"));
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("Queued"));
        QCOMPARE(t.value(QStringLiteral("to")).toString(), QStringLiteral("+18015553699"));
        QVERIFY(t.value(QStringLiteral("at")).toString().endsWith(QLatin1String("+05:30")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
