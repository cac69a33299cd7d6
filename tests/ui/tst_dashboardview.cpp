// The Dashboard tab offscreen: what it shows is TeamFigures' figures (labels and tables, each with
// an accessible name), it follows the registry and the date, and it exports the figures as CSV.
#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ScreenshotLanguage.h"
#include "TestRegistry.h"
#include "common/Clock.h"
#include "dashboard/DashboardView.h"
#include "models/TeamFigures.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toMSecsSinceEpoch();
}

bool submit(OrderRegistry &registry, const QString &id, const QString &who, qint64 ms, int i)
{
    SubmitResult result;
    result.orderId = id;
    result.status = QStringLiteral("Pending");
    result.phoneNumber = numberFor(i);
    return registry.recordSubmitted(samplePortIn(numberFor(i)), result, who, ms);
}

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QStringList row(const QTableWidget *table, int r)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

    struct Desk
    {
        ManualClock clock{at(12, 9, 17)}; // Wednesday
        OrderRegistry registry;

        Desk()
        {
            QString error;
            if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
                qFatal("%s", qPrintable(error));
            const QString maria = QStringLiteral("maria"), ken = QStringLiteral("ken");
            submit(registry, QStringLiteral("JNUOID-1"), maria, at(12, 9), 1);
            submit(registry, QStringLiteral("JNUOID-2"), maria, at(11, 27), 2); // overdue
            submit(registry, QStringLiteral("JNUOID-3"), ken, at(12, 7), 3);
            registry.applyStatus(details(QStringLiteral("JNUOID-3"), QStringLiteral("Error"),
                                         QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                                 at(12, 8));
            submit(registry, QStringLiteral("JNUOID-4"), ken, at(12, 2), 4);
            registry.applyStatus(details(QStringLiteral("JNUOID-4"), QStringLiteral("Completed")), at(12, 4));
        }
    };

    template <typename T> static T *child(QWidget &view, const char *name)
    {
        T *w = view.findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage();
    }

    void showsTheFiguresAndScreenshot()
    {
        Desk d;
        ui::DashboardView view(&d.registry, &d.clock);
        view.resize(1024, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const TeamFigures f = TeamFigures::of(d.registry, QDate(2026, 12, 9));
        QCOMPARE(view.figures().toCsv(), f.toCsv());

        const QStringList labels = [&] {
            QStringList out;
            for (QLabel *l : view.findChildren<QLabel *>())
                if (l->isVisible())
                    out << l->text();
            return out;
        }();
        // In the installed language (.ci/screenshots takes this picture in es and fr too).
        using View = ui::DashboardView;
        QVERIFY2(labels.contains(View::tr("Open: %1").arg(2)), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(View::tr("Overdue: %1").arg(1)));
        QVERIFY(labels.contains(View::tr("Needs action: %1").arg(1)));
        QVERIFY(labels.contains(
            View::tr("Median time to complete: %1 business days (%n completed order(s))", nullptr, 1).arg(2)));

        auto *days = child<QTableWidget>(view, "daysTable");
        QVERIFY(days);
        QCOMPARE(days->rowCount(), TeamFigures::kDays);
        for (int i = 0; i < f.days.size(); ++i) { // newest first
            const QStringList cells = row(days, int(f.days.size()) - 1 - i);
            QCOMPARE(cells.at(1), QString::number(f.days.at(i).submitted));
            QCOMPARE(cells.at(2), QString::number(f.days.at(i).completed));
        }
        QCOMPARE(row(days, 0).at(1), QStringLiteral("1")); // today
        auto *age = child<QTableWidget>(view, "ageTable");
        QCOMPARE(age->rowCount(), TeamFigures::kAgeBuckets);
        QCOMPARE(row(age, 0), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(row(age, 5), (QStringList{View::tr("%1 or more").arg(5), QStringLiteral("1")}));
        auto *rejections = child<QTableWidget>(view, "rejectionsTable");
        QCOMPARE(rejections->rowCount(), 1);
        QCOMPARE(row(rejections, 0).mid(0, 3),
                 (QStringList{QStringLiteral("8A"), QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(row(rejections, 0).at(3), f.rejections.at(0).hint);
        auto *agents = child<QTableWidget>(view, "agentsTable");
        QCOMPARE(agents->rowCount(), 2);
        QCOMPARE(row(agents, 0),
                 (QStringList{QStringLiteral("ken"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(row(agents, 1),
                 (QStringList{QStringLiteral("maria"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0")}));

        // The charts module loads in the build tree: both charts are there, beside the tables.
        auto *charts = child<QWidget>(view, "dashboardCharts");
        QStringList chartNames;
        for (QWidget *w : charts->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            chartNames << accessibleName(w);
        QVERIFY2(chartNames.contains(
                     shown("portdesk::ui::DailyOrdersChart", "Port-ins submitted and completed per business day")),
                 qPrintable(chartNames.join(QLatin1Char('|'))));
        QVERIFY(chartNames.contains(shown("portdesk::ui::OrdersAgeChart", "Open ports by age in business days")));

        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(view.grab().save(dir + QStringLiteral("/dashboard.png")));
        }
    }

    void everyControlHasAnAccessibleName()
    {
        Desk d;
        ui::DashboardView view(&d.registry, &d.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int checked = 0;
        for (QWidget *w : view.findChildren<QWidget *>()) {
            if (!qobject_cast<QLabel *>(w) && !qobject_cast<QAbstractButton *>(w) && !qobject_cast<QTableWidget *>(w))
                continue;
            if (!w->isVisibleTo(&view))
                continue;
            QVERIFY2(!accessibleName(w).isEmpty(), w->metaObject()->className());
            ++checked;
        }
        QVERIFY(checked >= 10); // four tables, five figures, the button
        QCOMPARE(accessibleName(child<QTableWidget>(view, "agentsTable")), QStringLiteral("Orders per agent"));
        QCOMPARE(accessibleName(child<QPushButton>(view, "exportFiguresButton")), QStringLiteral("Export figures"));
        // A figure's label is named by its text: a screen reader reads the figure, not a caption.
        QCOMPARE(accessibleName(child<QLabel>(view, "openLabel")), QStringLiteral("Open: 2"));
        QCOMPARE(accessibleName(child<QLabel>(view, "overdueLabel")), QStringLiteral("Overdue: 1"));
    }

    void followsTheRegistryAndTheDate()
    {
        Desk d;
        ui::DashboardView view(&d.registry, &d.clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.figures().open, 2);
        QVERIFY(submit(d.registry, QStringLiteral("JNUOID-5"), QStringLiteral("ana"), d.clock.nowMs(), 5));
        QCOMPARE(view.figures().open, 2);     // not at every change...
        QTRY_COMPARE(view.figures().open, 3); // ...but within a second
        QCOMPARE(view.figures().agents.size(), 3);

        // Hidden behind another tab it does not recompute; shown again, it catches up at once.
        view.hide();
        QVERIFY(submit(d.registry, QStringLiteral("JNUOID-6"), QStringLiteral("ana"), d.clock.nowMs(), 6));
        QTest::qWait(1500); // past the second it would have waited
        QCOMPARE(view.figures().open, 3);
        view.show();
        QCOMPARE(view.figures().open, 4);

        // Thursday: the window moves on a day, and today's orders are a business day old.
        d.clock.advance(8 * 3'600'000);
        QCOMPARE(view.figures().today, QDate(2026, 12, 10));
        QCOMPARE(view.figures().days.constLast().date, QDate(2026, 12, 10));
        QCOMPARE(view.figures().openByAge.at(1), 3);
    }

    void exportsTheCsvOrSaysWhy()
    {
        Desk d;
        ui::DashboardView view(&d.registry, &d.clock);
        auto *message = child<QLabel>(view, "dashboardMessage");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figures.csv"));
        view.exportCsv(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), TeamFigures::of(d.registry, QDate(2026, 12, 9)).toCsv());
        QVERIFY(message->isVisibleTo(&view));
        QCOMPARE(message->text(), QStringLiteral("Figures exported to %1.").arg(path));

        const QString nowhere = dir.filePath(QStringLiteral("missing/figures.csv"));
        view.exportCsv(nowhere);
        QVERIFY(message->text().startsWith(QStringLiteral("Could not write %1").arg(nowhere)));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
