#include <QTest>

#include "TestRegistry.h"
#include "cli/CliOutput.h"
#include "cli/CliStatusChanges.h"
#include "common/Clock.h"

using namespace portdesk;
using namespace portdesk::test;

// What `watch` prints for each status change the registry records.
class TestCliStatusChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    // The time on each line is the injected clock's, not the wall clock's.
    void linesCarryTheClocksTime()
    {
        ManualClock clock(1'767'225'600'000); // 2026-01-01T00:00:00Z
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        QVERIFY(recordOrder(registry, QStringLiteral("JNUOID-1"), QStringLiteral("+18015552345"), clock.nowMs()));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CliOutput output(out, err, false);
        CliStatusChanges changes(&registry, &clock, &output);

        clock.advance(90'000);
        QVERIFY(registry.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("Submitted")), clock.nowMs()));
        QCOMPARE(outText, QStringLiteral("2026-01-01T00:01:30  JNUOID-1  +18015552345  Pending -> Submitted\n"));
    }

    void jsonWritesServerTextOut()
    {
        ManualClock clock;
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        QVERIFY(recordOrder(registry, QStringLiteral("JNUOID-2"), QStringLiteral("+18015552346"), clock.nowMs()));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CliOutput output(out, err, true);
        CliStatusChanges changes(&registry, &clock, &output);
        QVERIFY(
            registry.applyStatus(details(QStringLiteral("JNUOID-2"), QStringLiteral("Error\u202e")), clock.nowMs()));
        QVERIFY2(!outText.contains(QChar(0x202e)), qPrintable(outText)); // a bidi override, escaped
        QVERIFY(outText.startsWith(QLatin1String("{\"From\":\"Pending\",\"OrderId\":\"JNUOID-2\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliStatusChanges)
#include "tst_clistatuschanges.moc"
