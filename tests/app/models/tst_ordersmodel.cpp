#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "TestRegistry.h"
#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "common/Translations.h"
#include "models/CsvExport.h"
#include "models/OrdersFilterModel.h"
#include "models/OrdersModel.h"
#include "models/OrdersSummary.h"
#include "registry/OrderNotes.h"

using namespace portdesk;
using namespace portdesk::test;

// Stands for a catalogue: marks the status labels so the test sees where they are used.
class MarkedStatuses : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "OrderStatus") == 0 ? QStringLiteral("<%1>").arg(QLatin1String(source)) : QString();
    }
};

class TestOrdersModel : public QObject
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
        ManualClock clock;
        OrderRegistry registry;
    };

private slots:
    void passesTheModelTesterThroughChanges()
    {
        Fixture f;
        for (int i = 0; i < 20; ++i)
            recordOrder(f.registry, QStringLiteral("O%1").arg(i), numberFor(i), f.clock.nowMs());
        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(OrdersModel::Number);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 20; i < 25; ++i)
            recordOrder(f.registry, QStringLiteral("O%1").arg(i), numberFor(i), f.clock.nowMs());
        f.registry.applyStatus(details(QStringLiteral("O3"), QStringLiteral("Completed")), f.clock.nowMs());
        f.registry.applyStatus(details(QStringLiteral("O4"), QStringLiteral("Error"), QStringLiteral("8A-X")),
                               f.clock.nowMs());
        proxy.setGroup(OrdersFilterModel::Group::All);
        proxy.setSearchText(QStringLiteral("801"));
        model.refreshRelativeTimes();
        QCOMPARE(model.rowCount(), 25);
    }

    void changesAreDataChangedOnTheirRowsOnly()
    {
        Fixture f;
        for (int i = 0; i < 100; ++i)
            recordOrder(f.registry, QStringLiteral("O%1").arg(i), numberFor(i), f.clock.nowMs());
        OrdersModel model(&f.registry, &f.clock);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i : {10, 11, 12, 50})
            f.registry.applyStatus(details(QStringLiteral("O%1").arg(i), QStringLiteral("Scheduled")), f.clock.nowMs());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 4);
        for (const auto &args : changed) {
            const auto topLeft = args.at(0).toModelIndex();
            const auto bottomRight = args.at(1).toModelIndex();
            QCOMPARE(topLeft.row(), bottomRight.row());
            QVERIFY(QList<int>({10, 11, 12, 50}).contains(topLeft.row()));
        }
        QCOMPARE(model.index(50, OrdersModel::Status).data().toString(), QStringLiteral("Scheduled"));
    }

    void displayValues()
    {
        Fixture f;
        // Submitted on Friday 2026-11-20 at noon: 4 business days before Thursday the 26th.
        const qint64 friday = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
        recordOrder(f.registry, QStringLiteral("JNUOID-1"), QStringLiteral("+18015552345"), friday);
        f.registry.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("Error"),
                                       QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                               f.clock.nowMs() - 5 * 60'000);
        OrdersModel model(&f.registry, &f.clock);
        const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(OrdersModel::Number), QStringLiteral("(801) 555-2345"));
        QCOMPARE(cell(OrdersModel::Status), QStringLiteral("Error")); // exactly the API text
        QVERIFY(cell(OrdersModel::Message).startsWith(QLatin1String("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")));
        QVERIFY(cell(OrdersModel::Message).contains(QLatin1String("account number")));
        QCOMPARE(cell(OrdersModel::Age), QStringLiteral("4 business days"));
        QCOMPARE(cell(OrdersModel::LastChecked), QStringLiteral("5 min ago"));
        QCOMPARE(cell(OrdersModel::OrderId), QStringLiteral("JNUOID-1"));
        QCOMPARE(cell(OrdersModel::Agent), QStringLiteral("agent1"));
        QCOMPARE(model.index(0, 0).data(OrdersModel::StatusGroupRole).toInt(), int(StatusGroup::NeedsAction));
        f.registry.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("On Hold Forever")), f.clock.nowMs());
        QCOMPARE(cell(OrdersModel::Status), QStringLiteral("On Hold Forever")); // unknown: verbatim
        QCOMPARE(model.index(0, 0).data(OrdersModel::StatusGroupRole).toInt(), int(StatusGroup::Unknown));
    }

    // The table shows the label in the agent's language; the tooltip and the export keep
    // Telegent's exact value, and the export's date is ISO whatever the GUI shows.
    void statusLabelShownTelegentsValueKept()
    {
        Fixture f;
        const qint64 friday = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
        recordOrder(f.registry, QStringLiteral("JNUOID-1"), QStringLiteral("+18015552345"), friday);
        f.registry.applyStatus(details(QStringLiteral("JNUOID-1"), QStringLiteral("ResolutionRequired")),
                               f.clock.nowMs());
        MarkedStatuses marked;
        QCoreApplication::installTranslator(&marked);
        OrdersModel model(&f.registry, &f.clock);
        const QModelIndex status = model.index(0, OrdersModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("<Resolution Required>"));
        QVERIFY2(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("ResolutionRequired")),
                 qPrintable(status.data(Qt::ToolTipRole).toString()));
        QCOMPARE(status.data(ExportRole).toString(), QStringLiteral("ResolutionRequired"));
        const QString csv = toCsv(model);
        QCoreApplication::removeTranslator(&marked);
        QVERIFY2(csv.contains(QLatin1String(",ResolutionRequired,")), qPrintable(csv));
        QVERIFY2(!csv.contains(QLatin1String("<Resolution")), qPrintable(csv));

        const QModelIndex submitted = model.index(0, OrdersModel::Submitted);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(friday);
        QCOMPARE(submitted.data().toString(), mediumDateTime(at)); // "Nov 20, 2026 12:00 PM", not "11/20/26"
        // ISO 8601 with the desk's offset: one instant wherever the file is read.
        const QString iso = submitted.data(ExportRole).toString();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^2026-11-20T\\d\\d:00:00(Z|[+-]\\d\\d:\\d\\d)$")).match(iso).hasMatch(),
            qPrintable(iso));
        QCOMPARE(QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch(), friday);
        QVERIFY2(csv.contains(QLatin1Char(',') + iso + QLatin1Char(',')), qPrintable(csv));
        // The age stays readable in its own column; never checked is empty, not "never".
        QVERIFY2(csv.contains(QLatin1String(",4 business days,")), qPrintable(csv));
        QCOMPARE(
            QDateTime::fromString(model.index(0, OrdersModel::LastChecked).data(ExportRole).toString(), Qt::ISODate)
                .toMSecsSinceEpoch(),
            f.clock.nowMs());
    }

    void filtersAndSearch()
    {
        Fixture f;
        recordOrder(f.registry, QStringLiteral("JNUOID-aaa"), QStringLiteral("+18015552345"), 1);
        recordOrder(f.registry, QStringLiteral("JNUOID-bbb"), QStringLiteral("+13125550199"), 1);
        recordOrder(f.registry, QStringLiteral("JNUOID-ccc"), QStringLiteral("+12125550100"), 1);
        recordOrder(f.registry, QStringLiteral("JNUOID-ddd"), QStringLiteral("+12125550101"), 1);
        f.registry.applyStatus(details(QStringLiteral("JNUOID-bbb"), QStringLiteral("Rejected")), 2);
        f.registry.applyStatus(details(QStringLiteral("JNUOID-ccc"), QStringLiteral("Complete")), 2);
        f.registry.recordCancelled(QStringLiteral("JNUOID-ddd"), {}, QStringLiteral("s"), 3);
        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        const auto ids = [&] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(OrdersModel::OrderIdRole).toString();
            out.sort();
            return out;
        };
        // Default: open, i.e. not finished, what needs action included.
        QCOMPARE(ids(), (QStringList{QStringLiteral("JNUOID-aaa"), QStringLiteral("JNUOID-bbb")}));
        proxy.setGroup(OrdersFilterModel::Group::NeedsAction);
        QCOMPARE(ids(), QStringList{QStringLiteral("JNUOID-bbb")});
        proxy.setGroup(OrdersFilterModel::Group::Completed);
        QCOMPARE(ids(), QStringList{QStringLiteral("JNUOID-ccc")});
        proxy.setGroup(OrdersFilterModel::Group::Cancelled);
        QCOMPARE(ids(), QStringList{QStringLiteral("JNUOID-ddd")});
        proxy.setGroup(OrdersFilterModel::Group::All);
        QCOMPARE(ids().size(), 4);
        proxy.setSearchText(QStringLiteral("(312) 555"));
        QCOMPARE(ids(), QStringList{QStringLiteral("JNUOID-bbb")});
        proxy.setSearchText(QStringLiteral("jnuoid-CC"));
        QCOMPARE(ids(), QStringList{QStringLiteral("JNUOID-ccc")});
        proxy.setSearchText(QStringLiteral("jane"));
        QCOMPARE(ids().size(), 4); // every sample subscriber is Jane Doe
        proxy.setSearchText(QStringLiteral("nobody"));
        QCOMPARE(ids().size(), 0);
    }

    // Statuses change under a supervisor's eyes: no shown row moves or leaves until the agent
    // sorts or filters again; orders coming into the group take their sorted place.
    void rowsHoldStillWhileStatusesChange()
    {
        Fixture f;
        for (int i = 0; i < 10; ++i)
            recordOrder(f.registry, QStringLiteral("O%1").arg(i), numberFor(i), f.clock.nowMs(),
                        QStringLiteral("Pending"));
        recordOrder(f.registry, QStringLiteral("R1"), numberFor(20), f.clock.nowMs(), QStringLiteral("Completed"));
        OrdersModel model(&f.registry, &f.clock);
        OrdersFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OrdersModel::Status);
        const auto ids = [&] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(OrdersModel::OrderIdRole).toString();
            return out;
        };
        const QStringList before = ids();
        QCOMPARE(before.size(), 10); // open only
        QPersistentModelIndex selected = proxy.index(5, 0);
        const QString selectedId = selected.data(OrdersModel::OrderIdRole).toString();
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);

        // "Approved" sorts before "Pending", "Completed" leaves the open group, a whole-row change
        // among equal values re-places the row: none of them moves a shown row.
        f.registry.applyStatus(details(selectedId, QStringLiteral("Approved")), f.clock.nowMs());
        f.registry.applyStatus(details(before.at(8), QStringLiteral("Completed")), f.clock.nowMs());
        f.registry.applyStatus(details(before.at(2), QStringLiteral("Pending"), QStringLiteral("still waiting")),
                               f.clock.nowMs());
        QCOMPARE(ids(), before);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(selected.row(), 5);
        // The new status is shown, and that the order left the Open group.
        QCOMPARE(proxy.index(8, OrdersModel::Status).data().toString(), QStringLiteral("Completed (left this filter)"));
        QCOMPARE(proxy.index(5, OrdersModel::Status).data().toString(), QStringLiteral("Approved"));

        // An order coming into the group is inserted at its sorted place, the others keep theirs.
        f.registry.applyStatus(details(QStringLiteral("R1"), QStringLiteral("Approved")), f.clock.nowMs());
        QCOMPARE(proxy.rowCount(), 11);
        QCOMPARE(proxy.index(0, 0).data(OrdersModel::OrderIdRole).toString(), QStringLiteral("R1"));
        QStringList rest = ids().mid(1);
        QCOMPARE(rest, before);

        // The agent asks for the live table: the rows settle.
        proxy.setGroup(OrdersFilterModel::Group::Open);
        QCOMPARE(proxy.rowCount(), 10);
        QVERIFY(!ids().contains(before.at(8)));
        QCOMPARE(ids().mid(0, 2), (QStringList{before.at(5), QStringLiteral("R1")})); // the two Approved (by row)
        // ... and a header click does the same.
        f.registry.applyStatus(details(before.at(9), QStringLiteral("Accepted")), f.clock.nowMs());
        QCOMPARE(ids().at(9), before.at(9));
        proxy.sort(OrdersModel::Status, Qt::DescendingOrder);
        proxy.sort(OrdersModel::Status, Qt::AscendingOrder);
        QCOMPARE(ids().at(0), before.at(9));
    }

    // Under a business day the age is in minutes or hours; after, in business days; an open
    // order past its due date (5 business days) says "overdue" in words and by role.
    void ageMeansSomething()
    {
        Fixture f; // Thursday 2026-11-26 12:00
        const auto at = [](const QDate &d, int hour, int minute = 0) {
            return QDateTime(d, QTime(hour, minute)).toMSecsSinceEpoch();
        };
        recordOrder(f.registry, QStringLiteral("MIN"), numberFor(1), at(QDate(2026, 11, 26), 11, 35));
        recordOrder(f.registry, QStringLiteral("HOURS"), numberFor(2), at(QDate(2026, 11, 26), 8, 10));
        recordOrder(f.registry, QStringLiteral("ONE"), numberFor(3), at(QDate(2026, 11, 25), 16, 0));
        recordOrder(f.registry, QStringLiteral("DUE"), numberFor(4), at(QDate(2026, 11, 19), 9, 0)); // due today
        recordOrder(f.registry, QStringLiteral("LATE"), numberFor(5), at(QDate(2026, 11, 18), 9, 0));
        recordOrder(f.registry, QStringLiteral("DONE"), numberFor(6), at(QDate(2026, 11, 2), 9, 0));
        f.registry.applyStatus(details(QStringLiteral("DONE"), QStringLiteral("Completed")), f.clock.nowMs());
        OrdersModel model(&f.registry, &f.clock);
        const auto age = [&](const QString &id) {
            return model.index(model.rowOf(id), OrdersModel::Age).data().toString();
        };
        const auto overdue = [&](const QString &id) {
            return model.index(model.rowOf(id), OrdersModel::Age).data(OrdersModel::OverdueRole).toBool();
        };
        QCOMPARE(age(QStringLiteral("MIN")), QStringLiteral("25 min"));
        QCOMPARE(age(QStringLiteral("HOURS")), QStringLiteral("3 h"));
        QCOMPARE(age(QStringLiteral("ONE")), QStringLiteral("1 business day"));
        QCOMPARE(age(QStringLiteral("DUE")), QStringLiteral("5 business days"));
        QVERIFY(!overdue(QStringLiteral("DUE")));
        QCOMPARE(age(QStringLiteral("LATE")), QStringLiteral("6 business days, overdue"));
        QVERIFY(overdue(QStringLiteral("LATE")));
        QVERIFY(!overdue(QStringLiteral("DONE"))); // a completed port is not late
        QVERIFY(!age(QStringLiteral("DONE")).contains(QLatin1String("overdue")));
        // Time moves on: the next morning DUE is late too, and the view is told.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        f.clock.advance(24 * 3600 * 1000);
        model.refreshRelativeTimes();
        QVERIFY(changed.count() > 0);
        QVERIFY(changed.last().at(2).value<QList<int>>().contains(OrdersModel::OverdueRole));
        QVERIFY(overdue(QStringLiteral("DUE")));
    }

    // The table shows an order's latest note; the export keeps every note with when and who.
    void notesColumn()
    {
        Fixture f;
        recordOrder(f.registry, QStringLiteral("A"), numberFor(1), f.clock.nowMs());
        OrdersModel model(&f.registry, &f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QString error;
        OrderNotes notes(&f.registry);
        QVERIFY2(notes.add(QStringLiteral("A"), QStringLiteral("Customer will call back with a new PIN"),
                           QStringLiteral("sup1"), f.clock.nowMs(), &error),
                 qPrintable(error));
        QVERIFY(changed.count() > 0);
        QCOMPARE(changed.last().at(0).toModelIndex().column(), int(OrdersModel::Notes));
        QVERIFY(notes.add(QStringLiteral("A"), QStringLiteral("Called back"), QStringLiteral("agent2"),
                          f.clock.nowMs() + 60'000, &error));
        const QModelIndex cell = model.index(0, OrdersModel::Notes);
        QCOMPARE(cell.data().toString(), QStringLiteral("Called back"));
        const QStringList exported = cell.data(ExportRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(exported.size(), 2);
        QVERIFY2(exported.at(0).endsWith(QLatin1String(" sup1: Customer will call back with a new PIN")),
                 qPrintable(exported.at(0)));
        QVERIFY2(exported.at(1).endsWith(QLatin1String(" agent2: Called back")), qPrintable(exported.at(1)));
        QCOMPARE(QDateTime::fromString(exported.at(1).section(QLatin1Char(' '), 0, 0), Qt::ISODate).toMSecsSinceEpoch(),
                 f.clock.nowMs() + 60'000);
        // A status answer is not a note: no second dataChanged for the Notes cell.
        changed.clear();
        f.registry.applyStatus(details(QStringLiteral("A"), QStringLiteral("Scheduled")), f.clock.nowMs());
        QCOMPARE(changed.count(), 1);
        QVERIFY(toCsv(model).contains(QLatin1String(",Notes\r\n")));
    }

    void unseenChangesUntilSeen()
    {
        Fixture f;
        recordOrder(f.registry, QStringLiteral("A"), numberFor(1), 1);
        OrdersModel model(&f.registry, &f.clock);
        QSignalSpy unseen(&model, &OrdersModel::unseenCountChanged);
        f.registry.applyStatus(details(QStringLiteral("A"), QStringLiteral("Scheduled")), 2);
        QCOMPARE(model.unseenCount(), 1);
        QVERIFY(model.index(0, 0).data(OrdersModel::UnseenChangeRole).toBool());
        model.markSeen(QStringLiteral("A"));
        QCOMPARE(model.unseenCount(), 0);
        QVERIFY(!model.index(0, 0).data(OrdersModel::UnseenChangeRole).toBool());
        QCOMPARE(unseen.count(), 2);
    }

    void csvExport()
    {
        Fixture f;
        PortInRequest r = samplePortIn(numberFor(1));
        r.subscriberName = QStringLiteral("Doe, \"JJ\"");
        SubmitResult result;
        result.orderId = QStringLiteral("=cmd|calc");
        QVERIFY(f.registry.recordSubmitted(r, result, QStringLiteral("a"), f.clock.nowMs()));
        OrdersModel model(&f.registry, &f.clock);
        const QStringList lines = toCsv(model).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QLatin1String("Number,Subscriber,Carrier,Status,Message")));
        QVERIFY2(lines.at(1).contains(QLatin1String("\"Doe, \"\"JJ\"\"\"")),
                 qPrintable(lines.at(1))); // quoted, quotes doubled
        QVERIFY2(lines.at(1).contains(QLatin1String(",'=cmd|calc,")),
                 qPrintable(lines.at(1))); // no spreadsheet formula
        QCOMPARE(csvField(QStringLiteral("+18015552345")), QStringLiteral("+18015552345"));
    }

    void englishPluralsComeFromTheCatalogue()
    {
        installTranslations(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("portdesk::ui::OrdersView", "%n order(s) exported to %1.", nullptr, 1),
                 QStringLiteral("1 order exported to %1."));
        QCOMPARE(QCoreApplication::translate("portdesk::ui::OrdersView", "%n order(s) exported to %1.", nullptr, 3),
                 QStringLiteral("3 orders exported to %1."));
    }

    void summary()
    {
        Fixture f;
        const QDate today(2026, 11, 26);
        const auto at = [](const QDate &d) { return QDateTime(d, QTime(10, 0)).toMSecsSinceEpoch(); };
        recordOrder(f.registry, QStringLiteral("A"), numberFor(1), at(today));
        recordOrder(f.registry, QStringLiteral("B"), numberFor(2), at(QDate(2026, 11, 16))); // 8 business days
        recordOrder(f.registry, QStringLiteral("C"), numberFor(3), at(today));
        recordOrder(f.registry, QStringLiteral("D"), numberFor(4), at(today));
        f.registry.applyStatus(details(QStringLiteral("C"), QStringLiteral("Error")), 1);
        f.registry.applyStatus(details(QStringLiteral("D"), QStringLiteral("Completed")), 1);
        const OrdersSummary s = OrdersSummary::of(f.registry, today);
        QCOMPARE(s.open, 2);
        QCOMPARE(s.needsAction, 1);
        QCOMPARE(s.completed, 1);
        QCOMPARE(s.cancelled, 0);
        QCOMPARE(s.oldestOpenBusinessDays, 8);
        QCOMPARE(s.openByAge, (QList<int>{1, 0, 0, 0, 0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
