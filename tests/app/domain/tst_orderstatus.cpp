#include <QTest>

#include "domain/OrderStatus.h"

using namespace portdesk;
Q_DECLARE_METATYPE(portdesk::StatusGroup)

class TestOrderStatus : public QObject
{
    Q_OBJECT
private slots:
    void group_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<StatusGroup>("group");
        for (const char *s : {"Pending", "Submitted", "Processing", "InProgress", "Pending Carrier Approval",
                              "Approved", "Scheduled", "Updated", "in progress", "PENDING CARRIER APPROVAL"})
            QTest::newRow(s) << QString::fromLatin1(s) << StatusGroup::Open;
        for (const char *s : {"Error", "Rejected", "ResolutionRequired", "Failed", "Resolution Required"})
            QTest::newRow(s) << QString::fromLatin1(s) << StatusGroup::NeedsAction;
        for (const char *s : {"Completed", "Complete", "complete"})
            QTest::newRow(s) << QString::fromLatin1(s) << StatusGroup::Completed;
        for (const char *s : {"Cancelled", "Canceled"})
            QTest::newRow(s) << QString::fromLatin1(s) << StatusGroup::Cancelled;
        for (const char *s : {"Pending Port In", "On Hold", "", "Completed!"})
            QTest::newRow(s) << QString::fromLatin1(s) << StatusGroup::Unknown;
    }
    void group()
    {
        QFETCH(QString, status);
        QFETCH(StatusGroup, group);
        QCOMPARE(statusGroup(status), group);
    }

    // The label is looked up by the folded value; anything else is shown as Telegent wrote it.
    void labels()
    {
        QCOMPARE(statusLabel(QStringLiteral("ResolutionRequired")), QStringLiteral("Resolution Required"));
        QCOMPARE(statusLabel(QStringLiteral("PENDING CARRIER APPROVAL")), QStringLiteral("Pending Carrier Approval"));
        QCOMPARE(statusLabel(QStringLiteral("Cancelled")), QStringLiteral("Cancelled"));
        QCOMPARE(statusLabel(QStringLiteral("On Hold Forever")), QStringLiteral("On Hold Forever"));
        QCOMPARE(statusLabel(QString()), QString());
    }

    void terminalGroupsAreCompletedAndCancelledOnly()
    {
        QVERIFY(isTerminal(StatusGroup::Completed));
        QVERIFY(isTerminal(StatusGroup::Cancelled));
        QVERIFY(!isTerminal(StatusGroup::Open));
        QVERIFY(!isTerminal(StatusGroup::NeedsAction));
        QVERIFY(!isTerminal(StatusGroup::Unknown)); // unknown statuses keep being polled
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
