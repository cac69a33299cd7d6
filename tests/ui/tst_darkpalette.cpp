#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

#include "AppContext.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "OrdersView.h"
#include "ScreenshotLanguage.h"
#include "StatusColors.h"
#include "dashboard/DashboardView.h"
#include "models/OrdersModel.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A dark desktop palette as KDE Breeze Dark or GNOME's dark style hand it to Qt.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55)); // red, as many dark themes set it
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x90, 0x96));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x90, 0x96));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x90, 0x96));
    return p;
}

// Pixels of `image` within a small distance of `colour` (anti-aliased text has a few exact ones).
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                24)
                ++n;
        }
    }
    return n;
}

} // namespace

// The app under a dark system palette (Fusion, offscreen): every status colour stays readable
// on the table and on the window background, the status cells are really drawn in them, and
// screenshots of the orders view and the main window are saved for a person to look at.
class TestDarkPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskTest"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        installScreenshotLanguage(); // the pictures' plurals ("1 completed order") come from the catalogue
    }

    void statusColoursContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Fusion)") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void statusColoursContrast()
    {
        QFETCH(QPalette, palette);
        for (const StatusGroup group : {StatusGroup::Open, StatusGroup::NeedsAction, StatusGroup::Completed,
                                        StatusGroup::Cancelled, StatusGroup::Unknown}) {
            const QColor c = ui::statusColor(group, palette);
            const QByteArray what = statusGroupKey(group).toLatin1();
            // WCAG AA for normal text on the table and on the window (field feedback, dialogs).
            QVERIFY2(contrast(c, palette.color(QPalette::Base)) >= 4.5, what.constData());
            QVERIFY2(contrast(c, palette.color(QPalette::Window)) >= 4.5, what.constData());
        }
        // The overdue age too, also on the alternate rows of the table.
        const QColor overdue = ui::overdueColor(palette);
        QVERIFY(contrast(overdue, palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(overdue, palette.color(QPalette::AlternateBase)) >= 4.5);
        QVERIFY(contrast(overdue, palette.color(QPalette::Window)) >= 4.5);
    }

    // The alert red (errors, the training banner) carries white text on every palette, and is
    // itself text on the light one.
    void alertColourContrast()
    {
        QVERIFY(contrast(ui::alertColor(), Qt::white) >= 4.5);
        QVERIFY(contrast(ui::alertColor(), QApplication::style()->standardPalette().color(QPalette::Window)) >= 4.5);
    }

    void ordersViewUnderDarkPalette()
    {
        QApplication::setPalette(darkPalette());
        DeskFixture d;
        const qint64 now = d.f.clock.nowMs();
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-open"), numberFor(1), now));
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-error"), numberFor(2), now));
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-done"), numberFor(3), now));
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-cancelled"), numberFor(4), now));
        QVERIFY(d.registry.applyStatus(details(QStringLiteral("JNUOID-error"), QStringLiteral("Error"),
                                               QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
                                       now));
        QVERIFY(d.registry.applyStatus(details(QStringLiteral("JNUOID-done"), QStringLiteral("Completed")), now));
        QVERIFY(d.registry.applyStatus(details(QStringLiteral("JNUOID-cancelled"), QStringLiteral("Cancelled")), now));
        QVERIFY(!d.registry.recordUnknownOutcome(samplePortIn(numberFor(5)), QStringLiteral("agent1"), now).isEmpty());

        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.resize(1366, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QToolButton *>(QStringLiteral("allButton"))->click();
        auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        table->clearSelection();
        QCOMPARE(table->model()->rowCount(), 5);
        const QImage shot = table->viewport()->grab().toImage();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex cell = table->model()->index(row, OrdersModel::Status);
            const auto group = StatusGroup(cell.data(OrdersModel::StatusGroupRole).toInt());
            const QColor expected = ui::statusColor(group, table->palette());
            const QRect rect = table->visualRect(cell);
            QVERIFY2(pixelsNear(shot.copy(rect), expected) > 0, qPrintable(cell.data().toString()));
        }
        // The chart follows the palette instead of Qt Charts' own light theme.
        auto *chartView = view.findChild<QChartView *>();
        QVERIFY(chartView);
        QCOMPARE(chartView->chart()->titleBrush().color(), darkPalette().color(QPalette::WindowText));
        for (QAbstractAxis *axis : chartView->chart()->axes())
            QCOMPARE(axis->labelsBrush().color(), darkPalette().color(QPalette::WindowText));
        saveScreenshot(view.grab(), QStringLiteral("orders-view-dark.png"));
    }

    void dashboardUnderDarkPalette()
    {
        QApplication::setPalette(darkPalette());
        DeskFixture d;
        const qint64 now = d.f.clock.nowMs();
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-open"), numberFor(1), now));
        QVERIFY(recordOrder(d.registry, QStringLiteral("JNUOID-done"), numberFor(2), now - 3 * 86'400'000));
        QVERIFY(d.registry.applyStatus(details(QStringLiteral("JNUOID-done"), QStringLiteral("Completed")), now));
        ui::DashboardView view(&d.registry, &d.f.clock);
        view.resize(1024, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Both charts follow the palette; the two lines differ by more than colour (dashed).
        const QColor text = darkPalette().color(QPalette::WindowText);
        const QList<QChartView *> charts = view.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 2);
        for (QChartView *chartView : charts) {
            QCOMPARE(chartView->chart()->titleBrush().color(), text);
            QCOMPARE(chartView->chart()->legend()->labelColor(), text);
            for (QAbstractAxis *axis : chartView->chart()->axes())
                QCOMPARE(axis->labelsBrush().color(), text);
        }
        QList<QXYSeries *> lines;
        for (QChartView *chartView : charts)
            for (QAbstractSeries *series : chartView->chart()->series())
                if (auto *line = qobject_cast<QXYSeries *>(series))
                    lines << line;
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->pen().color(), darkPalette().color(QPalette::Highlight));
        QCOMPARE(lines.at(1)->pen().color(), text);
        QCOMPARE(lines.at(1)->pen().style(), Qt::DashLine);
        saveScreenshot(view.grab(), QStringLiteral("dashboard-dark.png"));
    }

    void mainWindowUnderDarkPalette()
    {
        QApplication::setPalette(darkPalette());
        AppContext context;
        ui::MainWindow window(&context);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        context.start(); // training mode: the red banner
        auto *state = window.findChild<QLabel *>(QStringLiteral("stateValue"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Connected")), 10'000);
        // The window takes the system palette: nothing paints a light background of its own.
        QCOMPARE(window.palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        saveScreenshot(window.grab(), QStringLiteral("main-window-dark.png"));
    }

private:
    static void saveScreenshot(const QPixmap &pixmap, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
