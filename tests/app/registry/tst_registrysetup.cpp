// The registry dialog's services without the dialog: what an incomplete team database is told,
// a choice saved to the settings (a password never among them), and trial connections to a
// closed loopback port and to the real PostgreSQL server .ci/with-postgres started.
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <optional>

#include "AppContext.h"
#include "TestPostgres.h"
#include "registry/RegistrySetup.h"
#include "registry/TeamDatabase.h"
#include "settings/AppSettings.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

struct Answer
{
    bool ok = false;
    QString message;
};

// The answer `call` gives through its Done, once it came.
template <typename Call> std::optional<Answer> answerOf(Call call)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    call([answer](bool ok, const QString &message) { *answer = Answer{ok, message}; });
    (void)QTest::qWaitFor([&] { return answer->has_value(); }, 15'000); // the caller checks the optional
    return *answer;
}

TeamDatabase typed(const QString &host, int port)
{
    TeamDatabase team;
    team.host = host;
    team.port = port;
    team.database = QStringLiteral("orders");
    team.user = QStringLiteral("desk");
    return team;
}

} // namespace

class TestRegistrySetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskRegistrySetupTest"));
        const QString why = m_pg.unavailable();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void init() { QSettings().clear(); }

    void anIncompleteTeamDatabaseIsRefusedInWords()
    {
        AppContext desk;
        RegistrySetup setup(&desk);
        TeamDatabase team = typed(QStringLiteral("db.example"), 5432);
        team.user.clear();
        const QString expected = QStringLiteral("Enter the server, the database and the user.");
        const auto tried = answerOf([&](RegistrySetup::Done done) { setup.testTeamDatabase(team, this, done); });
        QVERIFY(tried && !tried->ok);
        QCOMPARE(tried->message, expected);
        const auto saved =
            answerOf([&](RegistrySetup::Done done) { setup.saveRegistryChoice(true, team, this, done); });
        QVERIFY(saved && !saved->ok);
        QCOMPARE(saved->message, expected);
        team.password = QStringLiteral("pw"); // the keychain is not asked either
        const auto withPassword =
            answerOf([&](RegistrySetup::Done done) { setup.saveRegistryChoice(true, team, this, done); });
        QVERIFY(withPassword && !withPassword->ok);
        QCOMPARE(withPassword->message, expected);
        QVERIFY(!AppSettings().useTeamRegistry()); // nothing saved
        QVERIFY(AppSettings().teamDatabase().host.isEmpty());
    }

    void aChoiceWithoutPasswordGoesToTheSettings()
    {
        AppContext desk;
        RegistrySetup setup(&desk);
        const TeamDatabase team = typed(QStringLiteral("db.example"), 6543);
        const auto saved =
            answerOf([&](RegistrySetup::Done done) { setup.saveRegistryChoice(true, team, this, done); });
        QVERIFY(saved && saved->ok);
        QCOMPARE(saved->message, QStringLiteral("PortDesk uses it from its next start."));
        QVERIFY(AppSettings().useTeamRegistry());
        const TeamDatabase stored = AppSettings().teamDatabase();
        QCOMPARE(stored.host, team.host);
        QCOMPARE(stored.port, team.port);
        QCOMPARE(stored.database, team.database);
        QCOMPARE(stored.user, team.user);
        QVERIFY(stored.password.isEmpty());

        // Back to this computer: the choice changes, the team's address stays for next time.
        const auto local = answerOf([&](RegistrySetup::Done done) { setup.saveRegistryChoice(false, {}, this, done); });
        QVERIFY(local && local->ok);
        QVERIFY(!AppSettings().useTeamRegistry());
        QCOMPARE(AppSettings().teamDatabase().host, team.host);
    }

    void aClosedPortIsNotConnected()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close(); // nothing listens there now
        AppContext desk;
        RegistrySetup setup(&desk);
        const auto tried = answerOf([&](RegistrySetup::Done done) {
            setup.testTeamDatabase(typed(QStringLiteral("127.0.0.1"), port), this, done);
        });
        QVERIFY(tried);
        QVERIFY(!tried->ok);
        QVERIFY2(tried->message.startsWith(QStringLiteral("Not connected: ")), qPrintable(tried->message));
        QVERIFY2(tried->message.size() > QStringLiteral("Not connected: ").size(), "the driver's reason is shown");
    }

    void theTestServerConnects()
    {
        const TeamDatabase team = m_pg.create();
        AppContext desk;
        RegistrySetup setup(&desk);
        const auto tried = answerOf([&](RegistrySetup::Done done) { setup.testTeamDatabase(team, this, done); });
        QVERIFY(tried);
        QVERIFY2(tried->ok, qPrintable(tried->message));
        QCOMPARE(tried->message, QStringLiteral("Connected to %1.").arg(team.describe()));
        QVERIFY(!AppSettings().useTeamRegistry()); // a trial saves nothing
    }

private:
    TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestRegistrySetup)
#include "tst_registrysetup.moc"
