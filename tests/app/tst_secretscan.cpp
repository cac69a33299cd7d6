#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AppContext.h"
#include "BulkCsv.h"
#include "TestPostgres.h"
#include "bulk/BulkImport.h"
#include "bulk/PendingBatchStore.h"
#include "common/Clock.h"
#include "common/Redaction.h"
#include "credentials/ConnectionSetup.h"
#include "domain/validation/FieldNames.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "sandbox/Simulator.h"
#include "sandbox/SimulatorEngine.h"
#include "settings/AppSettings.h"
#include "wizard/PortInSession.h"
#include <QProcess>
#include <QStandardPaths>

using namespace portdesk;
using namespace portdesk::FieldName;

namespace {
QStringList logLines;
QtMessageHandler testHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logLines << message;
    if (testHandler)
        testHandler(type, context, message);
}
} // namespace

// A whole desk session in its own HOME/XDG tree: credentials saved, a port-in with a known PIN,
// an update with a new PIN, a cancel, a bulk import stopped with rows left to send, two restarts. Afterwards no file of
// that tree and no log line may contain the PINs, the AccountSecret or any token the simulator issued.
class TestSecretScan : public QObject
{
    Q_OBJECT

    static constexpr const char *kSecret = "scan-secret-Q7v9Lm2X";
    static constexpr const char *kPin1 = "73914682";
    static constexpr const char *kPin2 = "55501234";
    static constexpr const char *kPin3 = "80467213"; // in a bulk CSV the agent keeps outside the desk's files

    QTemporaryDir m_home;
    QTemporaryDir m_agentFiles; // the agent's own CSV: not the desk's, not scanned

    static bool waitFor(const std::function<bool()> &done) { return QTest::qWaitFor(done, 20'000); }

    // The wizard's fields for a port-in of `number` with the first PIN, once it is eligible.
    static bool fillPortIn(PortInSession *session, const QString &number)
    {
        session->setValue(PortInNumber, number);
        if (!waitFor([&] { return session->eligibility() == PortInSession::Eligibility::Eligible; }))
            return false;
        for (const auto &[field, value] :
             std::initializer_list<std::pair<QString, QString>>{{CurrentAccountNumber, QStringLiteral("4651234567")},
                                                                {CurrentAccountPassword, QString::fromLatin1(kPin1)},
                                                                {SubscriberName, QStringLiteral("Jane Doe")},
                                                                {Street1, QStringLiteral("1 Main St")},
                                                                {City, QStringLiteral("Lehi")},
                                                                {State, QStringLiteral("UT")},
                                                                {Zip, QStringLiteral("84043")}})
            session->setValue(field, value);
        session->recordVerbalAuthorization(true); // the customer agreed to the script
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Everything the app writes lands in this tree (the keyring daemon keeps its own).
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_home.path() + QStringLiteral("/cache")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskScan"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskScan"));
        QLoggingCategory::setFilterRules(QStringLiteral("portdesk.*=true")); // as verbose as it gets
        testHandler = qInstallMessageHandler(captureLog);
        redaction::installMessageHandler(); // what portdesk's main installs, in front of the capture
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under .ci/with-keyring");
    }

    void fullSessionLeavesNoSecretBehind()
    {
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-scan"), QString::fromLatin1(kSecret));
        sandbox::Simulator simulator(&clock, options);
        QVERIFY(simulator.start());
        QString orderId;
        {
            AppContext setup;
            bool saved = false;
            ConnectionSetup(&setup).saveCredentials(simulator.baseUrl().toString(), QStringLiteral("DID-scan"),
                                                    QString::fromLatin1(kSecret), this,
                                                    [&](bool ok, const QString &message) {
                                                        saved = ok;
                                                        qInfo() << message;
                                                    });
            QVERIFY(waitFor([&] { return saved; }));
        }
        {
            AppContext desk; // restart: live, with the secret from the keychain
            desk.start();
            QVERIFY(waitFor([&] { return desk.mode() == AppContext::Mode::Live; }));
            PortInSession *session = desk.portInSession();
            QVERIFY(fillPortIn(session, QStringLiteral("(801) 555-2345")));
            QTest::qWait(700); // let a draft be written, so the scan covers it
            session->submit();
            QVERIFY(waitFor([&] { return session->submitState() == PortInSession::Submit::Done; }));
            orderId = session->submitResult().orderId;
            QSignalSpy done(desk.actions(), &OrderActions::finished);
            UpdatePortInRequest update;
            update.orderId = orderId;
            update.currentAccountPassword = QString::fromLatin1(kPin2);
            desk.actions()->update(update);
            QVERIFY(waitFor([&] { return done.count() == 1; }));
            QVERIFY(!done.last().at(1).value<ApiError>().isError());
            desk.actions()->cancel(orderId);
            QVERIFY(waitFor([&] { return done.count() == 2; }));
            session->reset();
            QVERIFY(session->value(CurrentAccountPassword).isEmpty());

            // A bulk import stopped after its first answer: the unsent rows stay on disk.
            QVERIFY(test::writeFile(m_agentFiles.filePath(QStringLiteral("bulk.csv")),
                                    test::bulkCsvHeader() + test::bulkCsvRow(4501, kPin3) +
                                        test::bulkCsvRow(4502, kPin3) + test::bulkCsvRow(4503, kPin3) +
                                        test::bulkCsvRow(4504, kPin3)));
            BulkImport bulk(desk.client(), desk.registry(), desk.clock(), desk.userName());
            QString error;
            QVERIFY2(bulk.load(m_agentFiles.filePath(QStringLiteral("bulk.csv")), &error), qPrintable(error));
            connect(&bulk, &BulkImport::progress, &bulk, [&bulk](int done) {
                if (done >= 1)
                    bulk.cancel();
            });
            bulk.submit();
            QVERIFY(waitFor([&] { return !bulk.isRunning(); }));
            QVERIFY(BulkImport::pendingBatch().pendingCount() > 0);
        }
        {
            AppContext again; // restart once more: the order is still there, cancelled
            again.start();
            QVERIFY(waitFor([&] { return again.mode() == AppContext::Mode::Live; }));
            QVERIFY(again.registry()->find(orderId));
            QCOMPARE(again.registry()->find(orderId)->status, QStringLiteral("Cancelled"));
        }

        QStringList needles = {QString::fromLatin1(kSecret), QString::fromLatin1(kPin1), QString::fromLatin1(kPin2),
                               QString::fromLatin1(kPin3)};
        needles += simulator.engine()->tokens().allIssued();
        QVERIFY(needles.size() >= 6); // tokens for eligibility, portin, update, cancel, order
        int files = 0;
        bool sawOrder = false;
        bool sawBatch = false;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            sawOrder = sawOrder || bytes.contains(orderId.toLatin1());
            sawBatch = sawBatch || (f.fileName() == PendingBatchStore::defaultPath() && bytes.contains("+18015554504"));
            for (const QString &needle : needles)
                QVERIFY2(!bytes.contains(needle.toUtf8()),
                         qPrintable(f.fileName() + QStringLiteral(" holds a secret")));
        }
        QVERIFY2(files >= 2 && sawOrder, "the scan must cover the real registry and settings");
        QVERIFY2(sawBatch, "the scan must cover the bulk import's unsent rows");
        const QString log = logLines.join(QLatin1Char('\n'));
        QVERIFY(logLines.size() > 20);
        QVERIFY(log.contains(QLatin1String("POST /numbers/portin"))); // the log did record the session
        for (const QString &needle : needles)
            QVERIFY2(!log.contains(needle), "a log line holds a secret");
        qInfo("scanned %d files and %lld log lines for %lld secrets: no hit", files, qlonglong(logLines.size()),
              qlonglong(needles.size()));
    }

    void teamSessionLeavesNoSecretInTheDatabase()
    {
        // A live desk on a team database: orders, the budget ledger and the team's tokens are all in
        // PostgreSQL. A dump of it - what a backup or a curious reader sees - holds no PIN, no
        // AccountSecret and no usable token.
        test::TestPostgres pg;
        const QString why = pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const TeamDatabase team = pg.create();
        {
            AppSettings settings;
            settings.setUseTeamRegistry(true);
            settings.setTeamDatabase(team);
        }
        SystemClock clock;
        sandbox::SimulatorOptions options;
        options.credentials.insert(QStringLiteral("DID-scan"), QString::fromLatin1(kSecret));
        sandbox::Simulator simulator(&clock, options);
        QVERIFY(simulator.start());
        const int logBefore = int(logLines.size());
        QString orderId;
        {
            AppContext desk;
            desk.startLive(ApiBaseUrl::parse(simulator.baseUrl().toString()), QStringLiteral("DID-scan"),
                           QString::fromLatin1(kSecret));
            QVERIFY2(desk.registry()->isTeam(), qPrintable(desk.registryError()));
            QVERIFY(desk.teamLedger());
            PortInSession *session = desk.portInSession();
            QVERIFY(fillPortIn(session, QStringLiteral("(801) 555-2346")));
            session->submit();
            QVERIFY(waitFor([&] { return session->submitState() == PortInSession::Submit::Done; }));
            orderId = session->submitResult().orderId;
            QSignalSpy done(desk.actions(), &OrderActions::finished);
            UpdatePortInRequest update;
            update.orderId = orderId;
            update.currentAccountPassword = QString::fromLatin1(kPin2);
            desk.actions()->update(update);
            QVERIFY(waitFor([&] { return done.count() == 1; }));
            QVERIFY(!done.last().at(1).value<ApiError>().isError());
            QVERIFY(desk.client()->scheduler()->usingSharedBudget());
        }
        {
            AppSettings settings;
            settings.setUseTeamRegistry(false);
        }

        const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        QVERIFY2(!pgDump.isEmpty(), "pg_dump is needed to read the team database as a backup would");
        QProcess dump;
        dump.start(pgDump, {team.database});
        QVERIFY(dump.waitForFinished(30'000));
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray bytes = dump.readAllStandardOutput();
        QVERIFY2(bytes.contains(orderId.toLatin1()), "the dump must hold the desk's order");
        QVERIFY2(bytes.contains("v1:"), "the dump must hold the team's sealed tokens");
        QStringList needles = {QString::fromLatin1(kSecret), QString::fromLatin1(kPin1), QString::fromLatin1(kPin2)};
        needles += simulator.engine()->tokens().allIssued();
        QVERIFY(needles.size() >= 6); // eligibility, portin and update tokens
        for (const QString &needle : needles)
            QVERIFY2(!bytes.contains(needle.toUtf8()), "the team database holds a secret");
        const QString log = logLines.mid(logBefore).join(QLatin1Char('\n'));
        for (const QString &needle : needles)
            QVERIFY2(!log.contains(needle), "a log line holds a secret");
        qInfo("scanned a %lld-byte dump of the team database for %lld secrets: no hit", qlonglong(bytes.size()),
              qlonglong(needles.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
