#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "AppContext.h"
#include "BulkCsv.h"
#include "DeskFixture.h"
#include "ImportCsvDialog.h"
#include "MainWindow.h"
#include "OrdersView.h"
#include "ScreenshotLanguage.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "common/Translations.h"
#include "registry/OrderRegistry.h"
#include "sandbox/SimulatorEngine.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using namespace portdesk::test;

// "Import CSV..." offscreen against the simulator: the checked preview, sending with progress,
// stopping, and rows left by a closed desk offered again and completed.
class TestImportCsvDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray rows(int count, int badRow = 0)
    {
        static const QList<QByteArray> names = {"Maria Garcia", "John Smith", "Ana Lopez", "Wei Chen",
                                                "Priya Patel",  "Tom Brown",  "Sara Kim",  "Luis Ortiz",
                                                "Emma Davis",   "Omar Haddad"};
        QByteArray csv = bulkCsvHeader();
        for (int i = 1; i <= count; ++i) {
            const QByteArray name = names.at((i - 1) % names.size());
            if (i == badRow)
                csv += "801-555-" + QByteArray::number(4400 + i) +
                       ",Verizon,4651234567,5521,PO Box 12,,Lehi,UT,84043,,mvno," + name + ",verbal:Test Agent\n";
            else
                csv += bulkCsvRow(4400 + i, QByteArray::number(700100 + i), name);
        }
        return csv;
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QSettings().clear();
        installTranslations(QCoreApplication::instance()); // "1 row" / "4 rows", as the desk shows them
        installScreenshotLanguage(); // .ci/screenshots --language: the expected texts below follow it
    }

    void previewShowsABadRowWithItsFieldAndMessage()
    {
        DeskFixture d;
        QVERIFY(writeFile(path(QStringLiteral("preview.csv")), rows(14, 3)));
        ui::ImportCsvDialog dialog(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), nullptr,
                                   path(QStringLiteral("preview.json")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openFile(path(QStringLiteral("preview.csv"))));
        auto *table = child<QTableView>(&dialog, "table");
        QCOMPARE(table->model()->rowCount(), 14);
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(shown("portdesk::ui::ImportCsvDialog", "%n valid", 13)) &&
                     summary.contains(
                         shown("portdesk::ui::ImportCsvDialog", "%n with errors \u2014 errors are not sent", 1)),
                 qPrintable(summary));
        const QModelIndex check = table->model()->index(2, BulkRowsModel::Check);
        QCOMPARE(check.data().toString(), shown("portdesk::BulkRowsModel", "Error: %1").arg(QLatin1String("Street1")));
        QVERIFY(check.data(Qt::ToolTipRole).toString().contains(QLatin1String("Street1")));
        QVERIFY(table->model()->index(2, BulkRowsModel::Message).data().toString().contains(QLatin1String("Street1")));
        // The keyboard reaches the message too: arrow down to the row, read it below the table.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        auto *detail = child<QLabel>(&dialog, "detailLabel");
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().startsWith(shown("portdesk::ui::ImportCsvDialog", "Row %1 (line %2): %3")
                                               .arg(3)
                                               .arg(4)
                                               .arg(QLatin1String("CurrentBillingAddress.Street1"))),
                 qPrintable(detail->text()));
        QVERIFY(child<QPushButton>(&dialog, "submitButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "submitButton")->text().contains(QLatin1String("13")));
        QVERIFY(!child<QPushButton>(&dialog, "stopButton")->isEnabled());
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 0); // a preview sends nothing
        screenshot(&dialog, QStringLiteral("import-1-preview.png"));
    }

    void submitShowsProgressBudgetWaitAndResults()
    {
        DeskFixture d;
        QVERIFY(writeFile(path(QStringLiteral("submit.csv")), rows(48, 5)));
        ui::ImportCsvDialog dialog(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), nullptr,
                                   path(QStringLiteral("submit.json")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openFile(path(QStringLiteral("submit.csv"))));
        auto *submit = child<QPushButton>(&dialog, "submitButton");
        QVERIFY(submit->isDefault());
        submit->setFocus();
        QTest::keyClick(submit, Qt::Key_Space); // keyboard: the default button
        auto *bar = child<QProgressBar>(&dialog, "progressBar");
        QVERIFY(bar->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "stopButton")->isEnabled());
        QVERIFY(!submit->isEnabled());
        // The background share of the budget runs out before the 47 rows are sent: the dialog says so.
        auto *budget = child<QLabel>(&dialog, "budgetLabel");
        QVERIFY(d.f.runUntil([&] { return budget->isVisible(); }));
        const auto waitingText = [&budget] {
            for (int seconds = 1; seconds <= 120; ++seconds)
                if (budget->text() ==
                    shown("portdesk::ui::ImportCsvDialog",
                          "Waiting for the account's request budget: the next row goes in about %n second(s).",
                          seconds))
                    return true;
            return false;
        };
        QVERIFY2(waitingText(), qPrintable(budget->text()));
        QVERIFY(bar->value() < 47);
        QCOMPARE(bar->text(), shown("portdesk::ui::ImportCsvDialog", "%1 of %2 sent").arg(bar->value()).arg(47));
        screenshot(&dialog, QStringLiteral("import-2-sending.png"));

        QVERIFY(d.f.runUntil([&] { return !dialog.import()->isRunning(); }));
        QCOMPARE(bar->text(), shown("portdesk::ui::ImportCsvDialog", "%1 of %2 sent").arg(47).arg(47));
        QVERIFY(!budget->isVisible());
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(shown("portdesk::ui::ImportCsvDialog", "%n submitted", 47)) &&
                     summary.contains(shown("portdesk::ui::ImportCsvDialog", "%n with errors, not sent", 1)),
                 qPrintable(summary));
        const QAbstractItemModel *m = child<QTableView>(&dialog, "table")->model();
        QVERIFY(m->index(0, BulkRowsModel::OrderId).data().toString().startsWith(QLatin1String("JNUOID-")));
        QVERIFY(m->index(0, BulkRowsModel::Result)
                    .data()
                    .toString()
                    .startsWith(shown("portdesk::BulkRowsModel", "Submitted: %1").arg(QString())));
        QVERIFY(m->index(4, BulkRowsModel::OrderId).data().toString().isEmpty());
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 47);
        QCOMPARE(d.f.simulator->stats().rateLimited, 0);
        QCOMPARE(d.registry.count(), 47);
        QVERIFY(!submit->isEnabled()); // nothing left to send
        screenshot(&dialog, QStringLiteral("import-3-done.png"));
    }

    void stopLeavesTheRestToSendLater()
    {
        DeskFixture d;
        const QString store = path(QStringLiteral("stop.json"));
        QVERIFY(writeFile(path(QStringLiteral("stop.csv")), rows(10)));
        ui::ImportCsvDialog dialog(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), nullptr, store);
        dialog.show();
        QVERIFY(dialog.openFile(path(QStringLiteral("stop.csv"))));
        auto *stop = child<QPushButton>(&dialog, "stopButton");
        QMetaObject::Connection once = connect(dialog.import(), &BulkImport::progress, stop, [stop](int done) {
            if (done == 1 && stop->isEnabled())
                stop->click();
        });
        child<QPushButton>(&dialog, "submitButton")->click();
        QVERIFY(d.f.runUntil([&] { return !dialog.import()->isRunning(); }));
        const int sent = d.f.simulator->stats().perRoute.value(route::PortIn);
        QVERIFY(sent >= 1 && sent <= 3);
        QCOMPARE(dialog.import()->sentCount(), sent); // rows on their way were answered and shown
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("%1 not sent").arg(10 - sent)), qPrintable(summary));
        auto *submit = child<QPushButton>(&dialog, "submitButton");
        QVERIFY(submit->isEnabled());
        QVERIFY(submit->text().contains(QLatin1String("remaining")));
        QCOMPARE(BulkImport::pendingBatch(store).pendingCount(), 10 - sent);

        disconnect(once);
        submit->click(); // the agent changes their mind: the rest goes
        QVERIFY(d.f.runUntil([&] { return !dialog.import()->isRunning(); }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 10);
        QVERIFY(BulkImport::pendingBatch(store).isEmpty());
    }

    void escapeWhileSendingStopsThenCloses()
    {
        DeskFixture d;
        const QString store = path(QStringLiteral("escape.json"));
        QVERIFY(writeFile(path(QStringLiteral("escape.csv")), rows(8)));
        ui::ImportCsvDialog dialog(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), nullptr, store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openFile(path(QStringLiteral("escape.csv"))));
        dialog.submit();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // rows on their way finish first
        QVERIFY(d.f.runUntil([&] { return !dialog.isVisible(); }));
        const int sent = d.f.simulator->stats().perRoute.value(route::PortIn);
        QCOMPARE(dialog.import()->sentCount(), sent);
        QCOMPARE(BulkImport::pendingBatch(store).pendingCount(), 8 - sent);
    }

    void closedMidBatchThenOfferedAgainAndCompleted()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("resume.csv"));
        const QString store = path(QStringLiteral("resume.json"));
        QVERIFY(writeFile(csv, rows(9, 7)));
        QStringList unknownIds;
        {
            auto *dialog = new ui::ImportCsvDialog(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"),
                                                   nullptr, store);
            dialog->show();
            QVERIFY(dialog->openFile(csv));
            bool answered = false;
            connect(dialog->import(), &BulkImport::progress, dialog, [&answered](int done) { answered = done >= 2; });
            dialog->submit();
            QVERIFY(d.f.runUntil([&] { return answered; }));
            QCOMPARE(dialog->import()->submission()->inFlightCount(), 2);
            delete dialog; // the desk closes with two rows on their way
        }
        // Those two are recorded to check, never to resend.
        for (const QString &id : d.registry.orderIds())
            if (d.registry.find(id)->outcomeUnknown)
                unknownIds << id;
        QCOMPARE(unknownIds.size(), 2);
        const PendingBatch left = BulkImport::pendingBatch(store);
        QCOMPARE(left.pendingCount(), 8 - 2 - 2);

        // The next start: the orders view offers them.
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.enableImport(d.f.client.get(), QStringLiteral("agent1"), store);
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *offer = child<QFrame>(&view, "resumeFrame");
        QVERIFY(offer->isVisible());
        const QString text = child<QLabel>(&view, "resumeLabel")->text();
        QVERIFY2(text.contains(shown("portdesk::ui::OrdersView", "%n row(s) of %1 were not sent.", 4)
                                   .arg(QLatin1String("resume.csv"))),
                 qPrintable(text));
        screenshot(&view, QStringLiteral("import-offer.png"));

        child<QPushButton>(&view, "resumeButton")->click();
        ui::ImportCsvDialog *dialog = view.findChild<ui::ImportCsvDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!offer->isVisible());
        const QAbstractItemModel *m = child<QTableView>(dialog, "table")->model();
        QCOMPARE(m->rowCount(), 8); // the batch: every valid row of the file, each with where it got
        QCOMPARE(dialog->import()->readyCount(), 4);
        QCOMPARE(dialog->import()->model()->count(BulkRow::State::Unknown), 2);
        child<QPushButton>(dialog, "submitButton")->click();
        QVERIFY(d.f.runUntil([&] { return !dialog->import()->isRunning(); }));
        QCOMPARE(dialog->import()->model()->count(BulkRow::State::Submitted), 6);
        QCOMPARE(dialog->import()->model()->count(BulkRow::State::Unknown), 2);
        // Each of the 8 valid rows went exactly once: 2 answered, 2 abandoned on their way (they did
        // reach the simulator: that is why they are unknown, not unsent), 4 resumed. Never 10.
        d.f.clock.advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 8);
        QVERIFY(BulkImport::pendingBatch(store).isEmpty());
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Close)->click();
        QVERIFY(QTest::qWaitFor([&] { return !view.findChild<ui::ImportCsvDialog *>(); }));
        QVERIFY(!offer->isVisible()); // nothing left to offer
    }

    void importingAnotherFileAsksBeforeForgettingUnsentRows()
    {
        DeskFixture d;
        const QString store = path(QStringLiteral("forget.json"));
        PendingBatch batch;
        batch.sourcePath = path(QStringLiteral("old.csv"));
        batch.rows = {{1, QStringLiteral("+18015554401"), BulkRow::State::Ready, {}, {}}};
        QVERIFY(PendingBatchStore(store).save(batch));
        ui::OrdersView view(&d.registry, d.planner.get(), &d.actions, &d.f.clock);
        view.enableImport(d.f.client.get(), QStringLiteral("agent1"), store);
        view.show();
        QString asked;
        const auto answer = [&asked](const QString &button) {
            QTimer::singleShot(0, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
            });
        };
        answer(QStringLiteral("Cancel"));
        child<QPushButton>(&view, "importButton")->click();
        QVERIFY2(asked.contains(QLatin1String("1 row of old.csv was not sent")), qPrintable(asked));
        QVERIFY(!view.findChild<ui::ImportCsvDialog *>());
        QVERIFY(QFile::exists(store)); // cancelled: kept

        answer(QStringLiteral("Forget them and import"));
        child<QPushButton>(&view, "importButton")->click();
        QVERIFY(view.findChild<ui::ImportCsvDialog *>());
        QVERIFY(!QFile::exists(store));
    }

    void theNextStartOffersTheRowsAndResumes()
    {
        // What a previous session left: two rows not sent, one that was on its way at a hard stop.
        const QString csv = path(QStringLiteral("start.csv"));
        QVERIFY(writeFile(csv, rows(3)));
        PendingBatch batch;
        batch.sourcePath = csv;
        batch.sourceSha256 = PendingBatchStore::sha256Hex(rows(3));
        batch.rows = {{1, QStringLiteral("+18015554401"), BulkRow::State::Sending, {}, {}},
                      {2, QStringLiteral("+18015554402"), BulkRow::State::Ready, {}, {}},
                      {3, QStringLiteral("+18015554403"), BulkRow::State::Ready, {}, {}}};
        const QString store = PendingBatchStore::defaultPath(true); // training mode's own file
        QVERIFY(PendingBatchStore(store).save(batch));

        AppContext context;
        ui::MainWindow window(&context);
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        context.start(); // training: the embedded simulator
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = window.findChild<QMessageBox *>()) && offer->isVisible());
        QVERIFY2(offer->text().contains(QLatin1String("2 rows of start.csv were not sent")), qPrintable(offer->text()));
        screenshot(offer, QStringLiteral("import-start-offer.png"));
        QAbstractButton *resume = nullptr;
        for (QAbstractButton *b : offer->buttons())
            if (b->text().contains(QLatin1String("Res")))
                resume = b;
        QVERIFY(resume);
        resume->click();
        QVERIFY(window.ordersView() && window.ordersView()->isVisible());
        auto *dialog = window.ordersView()->findChild<ui::ImportCsvDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->import()->readyCount(), 2);
        QCOMPARE(dialog->import()->model()->count(BulkRow::State::Unknown), 1); // row 1: to check, not to send
        child<QPushButton>(dialog, "submitButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->import()->isRunning(), 20'000);
        QCOMPARE(dialog->import()->model()->count(BulkRow::State::Submitted), 2);
        QCOMPARE(context.simulator()->stats().perRoute.value(route::PortIn), 2);
        QVERIFY(BulkImport::pendingBatch(store).isEmpty());
    }
};

QTEST_MAIN(TestImportCsvDialog)
#include "tst_importcsvdialog.moc"
