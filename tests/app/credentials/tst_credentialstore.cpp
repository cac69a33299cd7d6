#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

#include "credentials/CredentialStore.h"

using namespace portdesk;

// Runs against the real OS keychain. The test command provides a headless Secret Service
// (gnome-keyring in a private D-Bus session); without one these tests fail, they never skip.
// With PORTDESK_EXPECT_NO_KEYCHAIN=1 and no D-Bus it checks the unavailable-backend case.
class TestCredentialStore : public QObject
{
    Q_OBJECT

    static CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)> &call)
    {
        std::optional<CredentialStore::Result> got;
        call([&](const CredentialStore::Result &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 30'000))
            qFatal("keychain callback never came: the timeout guard is broken");
        return *got;
    }

    const QString m_key = CredentialStore::keyFor(
        QStringLiteral("api.telegent.com"), QStringLiteral("DID-test-") + QUuid::createUuid().toString(QUuid::Id128));

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("PORTDESK_EXPECT_NO_KEYCHAIN"))
            return;
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the suite through the README's test command");
    }

    void roundTrip()
    {
        if (qEnvironmentVariableIsSet("PORTDESK_EXPECT_NO_KEYCHAIN"))
            return; // this process has no keychain on purpose; see unavailableBackend
        CredentialStore store(QStringLiteral("PortDeskTest"), 10'000);
        const QString secret = QStringLiteral("s3cr3t-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const auto written = wait([&](auto cb) { store.write(m_key, secret, this, cb); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        const auto read = wait([&](auto cb) { store.read(m_key, this, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        const auto removed = wait([&](auto cb) { store.remove(m_key, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const auto gone = wait([&](auto cb) { store.read(m_key, this, cb); });
        QCOMPARE(gone.status, CredentialStore::Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void missingEntry()
    {
        if (qEnvironmentVariableIsSet("PORTDESK_EXPECT_NO_KEYCHAIN"))
            return;
        CredentialStore store(QStringLiteral("PortDeskTest"), 10'000);
        const auto r = wait([&](auto cb) { store.read(m_key + QStringLiteral("-never-written"), this, cb); });
        QCOMPARE(r.status, CredentialStore::Status::NotFound);
        QVERIFY(!r.message.isEmpty());
    }

    void keysAreNamespaced()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("API.Telegent.com"), QStringLiteral("DID-1")),
                 QStringLiteral("telegent/api.telegent.com/DID-1"));
        QVERIFY(CredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("DID-1")) !=
                CredentialStore::keyFor(QStringLiteral("b"), QStringLiteral("DID-1")));
    }

    void unavailableBackend()
    {
        if (!qEnvironmentVariableIsSet("PORTDESK_EXPECT_NO_KEYCHAIN"))
            return; // covered by the tst_credentialstore_nodbus run
        CredentialStore store(QStringLiteral("PortDeskTest"), 5'000);
        QElapsedTimer t;
        t.start();
        const auto r = wait([&](auto cb) { store.read(m_key, this, cb); });
        QVERIFY2(r.status == CredentialStore::Status::Unavailable, qPrintable(CredentialStore::statusName(r.status)));
        QVERIFY(!r.message.isEmpty());
        QVERIFY(t.elapsed() < 6'000); // the guard's timeout at the latest, never a hang
        qInfo() << "no-backend answer:" << CredentialStore::statusName(r.status) << r.message;
    }

    void timeoutGuardFiresForAHungJob()
    {
        if (qEnvironmentVariableIsSet("PORTDESK_EXPECT_NO_KEYCHAIN"))
            return;
        // A 1 ms budget cannot be met by any real backend round trip over D-Bus.
        CredentialStore store(QStringLiteral("PortDeskTest"), 1);
        const auto r = wait([&](auto cb) { store.read(m_key, this, cb); });
        QCOMPARE(r.status, CredentialStore::Status::TimedOut);
        QVERIFY(r.message.contains(QLatin1String("locked")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
