#include <QTest>

#include "common/IsoTimestamps.h"

using namespace portdesk;

// Exported instants carry their offset, in whatever zone the desk runs.
class TestIsoTimestamps : public QObject
{
    Q_OBJECT
private slots:
    void localTimeCarriesItsOffset_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        // 2026-12-02T07:07:31Z, winter in both hemispheres' northern zones below.
        QTest::newRow("New York") << QByteArray("America/New_York") << QStringLiteral("2026-12-02T02:07:31-05:00");
        QTest::newRow("Paris") << QByteArray("Europe/Paris") << QStringLiteral("2026-12-02T08:07:31+01:00");
        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2026-12-02T07:07:31Z");
    }
    void localTimeCarriesItsOffset()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QByteArray old = qgetenv("TZ");
        qputenv("TZ", zone);
        const qint64 ms = QDateTime(QDate(2026, 12, 2), QTime(7, 7, 31), Qt::UTC).toMSecsSinceEpoch();
        const QString iso = isoWithOffset(ms);
        qputenv("TZ", old);
        QCOMPARE(iso, expected);
        // And it reads back as the same instant.
        QCOMPARE(QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch(), ms);
    }

    void neverIsEmpty() { QVERIFY(isoWithOffset(0).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestIsoTimestamps)
#include "tst_isotimestamps.moc"
