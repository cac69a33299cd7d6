#include <QAbstractItemModelTester>
#include <QTest>

#include "TestRegistry.h"
#include "common/Clock.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"

using namespace portdesk;
using namespace portdesk::test;

// The supervisor's order of the table: needs-me-first by default, any column on request.
class TestOrdersFilterModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture() : clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0)).toMSecsSinceEpoch())
        {
            QString error;
            if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
                qFatal("%s", qPrintable(error));
        }
        qint64 at(const QDate &d) const { return QDateTime(d, QTime(9, 0)).toMSecsSinceEpoch(); }
        ManualClock clock;
        OrderRegistry registry;
    };

    static QStringList ids(const QAbstractItemModel &proxy)
    {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(OrdersModel::OrderIdRole).toString();
        return out;
    }

private slots:
    // Needs action (error, rejection, unknown outcome, not found) first, then overdue open
    // orders, then the rest; oldest first within each; stable for equal keys.
    void urgencyOrder()
    {
        Fixture f;
        const QDate today(2026, 11, 26);
        recordOrder(f.registry, QStringLiteral("NEW"), numberFor(1), f.at(today));
        recordOrder(f.registry, QStringLiteral("LATE-YOUNG"), numberFor(2), f.at(QDate(2026, 11, 18)));
        recordOrder(f.registry, QStringLiteral("ERR-NEW"), numberFor(3), f.at(today));
        recordOrder(f.registry, QStringLiteral("LATE-OLD"), numberFor(4), f.at(QDate(2026, 11, 10)));
        recordOrder(f.registry, QStringLiteral("REJ-OLD"), numberFor(5), f.at(QDate(2026, 11, 24)));
        recordOrder(f.registry, QStringLiteral("MID"), numberFor(6), f.at(QDate(2026, 11, 23)));
        recordOrder(f.registry, QStringLiteral("GONE"), numberFor(7), f.at(QDate(2026, 11, 25)));
        f.registry.applyStatus(details(QStringLiteral("ERR-NEW"), QStringLiteral("Error"), QStringLiteral("8A-X")),
                               f.clock.nowMs());
        f.registry.applyStatus(details(QStringLiteral("REJ-OLD"), QStringLiteral("Rejected")), f.clock.nowMs());
        QVERIFY(f.registry.markNotFound(QStringLiteral("GONE"), f.clock.nowMs()));
        const QString unknown =
            f.registry.recordUnknownOutcome(samplePortIn(numberFor(8)), QStringLiteral("a"), f.at(QDate(2026, 11, 20)));
        QVERIFY(!unknown.isEmpty());

        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setUrgencyOrder();
        QVERIFY(proxy.isUrgencyOrder());
        // The default filter, Open, is every order not yet finished: what needs action included.
        QCOMPARE(proxy.group(), OrdersFilterModel::Group::Open);
        QCOMPARE(ids(proxy), (QStringList{unknown, QStringLiteral("REJ-OLD"), QStringLiteral("GONE"),
                                          QStringLiteral("ERR-NEW"), QStringLiteral("LATE-OLD"),
                                          QStringLiteral("LATE-YOUNG"), QStringLiteral("MID"), QStringLiteral("NEW")}));

        // A header click sorts by its column instead, and the urgency order comes back on request.
        proxy.sort(OrdersModel::Number, Qt::AscendingOrder);
        QVERIFY(!proxy.isUrgencyOrder());
        QCOMPARE(ids(proxy).first(), QStringLiteral("NEW"));
        proxy.setUrgencyOrder();
        QCOMPARE(ids(proxy).first(), unknown);
        // Even a click on column 0 in the urgency order's own direction leaves it.
        proxy.sort(0, Qt::AscendingOrder);
        QVERIFY(!proxy.isUrgencyOrder());
        QCOMPARE(ids(proxy).first(), QStringLiteral("NEW"));
    }

    // Rows hold still in the urgency order too: an order that turns urgent stays where it is
    // (marked as changed by the model) until the supervisor asks for the live order.
    void urgencyOrderHoldsShownRows()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            recordOrder(f.registry, QStringLiteral("O%1").arg(i), numberFor(i), f.at(QDate(2026, 11, 26)) + i);
        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setUrgencyOrder();
        const QStringList before = ids(proxy);
        QCOMPARE(before.first(), QStringLiteral("O0"));
        f.registry.applyStatus(details(QStringLiteral("O3"), QStringLiteral("Rejected")), f.clock.nowMs());
        f.registry.applyStatus(details(QStringLiteral("O4"), QStringLiteral("Completed")), f.clock.nowMs());
        QCOMPARE(ids(proxy), before);
        // Needs me first, asked again: sorted by the live values; a row that left the group stays.
        proxy.setUrgencyOrder();
        QCOMPARE(ids(proxy).first(), QStringLiteral("O3"));
        QCOMPARE(ids(proxy).size(), 5);
        proxy.setGroup(OrdersFilterModel::Group::Open); // the supervisor moves on: the rows settle
        QCOMPARE(ids(proxy).first(), QStringLiteral("O3"));
        QCOMPARE(ids(proxy).size(), 4);
        proxy.setGroup(OrdersFilterModel::Group::All);
        // A new urgent order takes its sorted place at once.
        recordOrder(f.registry, QStringLiteral("X"), numberFor(9), f.at(QDate(2026, 11, 2)), QStringLiteral("Error"));
        QCOMPARE(ids(proxy).first(), QStringLiteral("X"));
    }

    // A shown row whose order left the group says so, until the filter is chosen again.
    void rowLeavingTheFilterIsMarked()
    {
        Fixture f;
        recordOrder(f.registry, QStringLiteral("A"), numberFor(1), f.clock.nowMs());
        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setUrgencyOrder();
        QCOMPARE(proxy.rowCount(), 1);
        f.registry.applyStatus(details(QStringLiteral("A"), QStringLiteral("Completed")), f.clock.nowMs());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, OrdersModel::Status).data().toString(), QStringLiteral("Completed (left this filter)"));
        QCOMPARE(proxy.index(0, OrdersModel::Number).data().toString(), OrdersModel::formatNumber(numberFor(1)));
        proxy.setGroup(OrdersFilterModel::Group::Completed);
        QCOMPARE(proxy.index(0, OrdersModel::Status).data().toString(), QStringLiteral("Completed"));
    }
};

QTEST_GUILESS_MAIN(TestOrdersFilterModel)
#include "tst_ordersfiltermodel.moc"
