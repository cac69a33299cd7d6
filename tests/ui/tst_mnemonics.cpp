#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "AppContext.h"
#include "AuthorizationRulesDialog.h"
#include "CustomerTextsDialog.h"
#include "ImportCsvDialog.h"
#include "MainWindow.h"
#include "OrdersView.h"
#include "RegistryDialog.h"
#include "SettingsDialog.h"
#include "TestRegistry.h"
#include "TestRequests.h"
#include "UpdateOrderDialog.h"
#include "bulk/PendingBatchStore.h"
#include "common/Translations.h"
#include "domain/OrderRecord.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderRegistry.h"
#include "wizard/PortInWizard.h"

using namespace portdesk;
using namespace portdesk::test;

// Keyboard users reach every field and button with Alt+letter. Two mnemonics live in the same
// window at once make Qt only move the focus between them instead of acting, so in every window
// state (each tab, each wizard page, each dialog) and in every shipped language, each Alt+letter
// must be unique. The check reads the widgets themselves, so a new button or a new translation
// that takes a letter already in use fails here with both texts named.
class TestMnemonics : public QObject
{
    Q_OBJECT

    struct Mnemonic
    {
        QKeySequence key;
        QString text;
    };

    // Every mnemonic that is live in `window` as it is now: visible buttons, labels with a buddy,
    // group box titles and tabs. Widgets of other windows (message boxes, dialogs) are not counted.
    static QList<Mnemonic> mnemonicsIn(QWidget *window)
    {
        QList<Mnemonic> out;
        const auto add = [&out](const QString &text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                out.append({key, text});
        };
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->window() != window || !w->isVisibleTo(window))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text());
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(label->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(box->title());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->isTabVisible(i))
                        add(tabs->tabText(i));
        }
        return out;
    }

    // "Alt+U: '&Update...' and 'Res&ume...'" for each letter taken twice; empty when none is.
    static QStringList clashes(QWidget *window, const QString &where)
    {
        QStringList out;
        const QList<Mnemonic> all = mnemonicsIn(window);
        QList<QKeySequence> reported;
        for (const Mnemonic &m : all) {
            if (reported.contains(m.key))
                continue;
            QStringList texts;
            for (const Mnemonic &other : all)
                if (other.key == m.key)
                    texts << QLatin1Char('\'') + other.text + QLatin1Char('\'');
            if (texts.size() > 1) {
                reported << m.key;
                out << QStringLiteral("%1: %2: %3").arg(where, m.key.toString(), texts.join(QStringLiteral(" and ")));
            }
        }
        return out;
    }

    static void useLanguage(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installLanguage(qApp, language);
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en_US");
        for (const QString &language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    static void verifyNone(const QStringList &found)
    {
        QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PortDeskMnemonicsTest"));
        QVERIFY(shippedLanguages().size() >= 2); // es and fr are built in: this test covers them
    }

    void cleanupTestCase() { useLanguage(QStringLiteral("en_US")); }

    void mainWindowTabsAndWizardPages_data() { addLanguages(); }
    void mainWindowTabsAndWizardPages()
    {
        QFETCH(QString, language);
        useLanguage(language);
        // A batch left by a closed desk: the orders view shows its Resume/Discard strip too.
        PendingBatch left;
        left.sourcePath = QStringLiteral("/nonexistent/left.csv");
        left.rows = {{1, QStringLiteral("+18015554401"), BulkRow::State::Ready, {}, {}}};
        QVERIFY(PendingBatchStore(PendingBatchStore::defaultPath(true)).save(left));

        AppContext context;
        ui::MainWindow window(&context);
        window.resize(1366, 768);
        window.show();
        context.start(); // training mode: the wizard and the orders view exist
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs && window.wizard());
        QStringList found;

        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("wizardPage")));
        ui::PortInWizard *wizard = window.wizard();
        const QList<int> pages = wizard->pageIds();
        QVERIFY(pages.size() >= 4);
        for (int id : pages) {
            // Each page as the agent sees it, with the buttons QWizard shows for it.
            wizard->setStartId(id);
            wizard->restart();
            QCOMPARE(wizard->currentId(), id);
            found << clashes(&window,
                             QStringLiteral("new port-in, page %1 (%2)").arg(id).arg(wizard->currentPage()->title()));
        }
        // The authorization page with the written LOA chosen: its two buttons show instead.
        wizard->setStartId(ui::AuthorizationPageId);
        wizard->restart();
        wizard->currentPage()->findChildren<QRadioButton *>().at(1)->click();
        found << clashes(&window, QStringLiteral("new port-in, authorization page, written LOA"));
        wizard->setStartId(pages.first());
        wizard->restart();
        // A number an open order holds: "Show the order" under the error.
        QVERIFY(recordOrder(*context.registry(), QStringLiteral("JNUOID-HELD"), QStringLiteral("+18015550103"),
                            context.client()->clock()->nowMs()));
        context.portInSession()->setValue(QStringLiteral("PortInNumber"), QStringLiteral("(801) 555-0103"));
        context.portInSession()->touch(QStringLiteral("PortInNumber"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("showOrderButton"))->isVisible());
        found << clashes(&window, QStringLiteral("new port-in, number held by an open order"));
        context.portInSession()->reset();

        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("ordersPage")));
        QVERIFY(window.ordersView());
        QTRY_VERIFY(window.ordersView()->findChild<QWidget *>(QStringLiteral("resumeFrame"))->isVisible());
        found << clashes(&window, QStringLiteral("orders tab"));
        // A submit with an unknown outcome, selected: "Not received..." shows as well.
        const QString unknown = context.registry()->recordUnknownOutcome(samplePortIn(), QStringLiteral("agent1"),
                                                                         context.client()->clock()->nowMs());
        window.ordersView()->selectOrder(unknown);
        QVERIFY(window.ordersView()->findChild<QWidget *>(QStringLiteral("resolveButton"))->isVisible());
        found << clashes(&window, QStringLiteral("orders tab, unknown outcome selected"));
        // A port-in awaiting its signed LOA, selected: its own actions, then "Continue" once signed.
        Authorization pending;
        pending.kind = Authorization::Kind::Written;
        pending.accountHolder = QStringLiteral("Jane Doe");
        pending.atMs = context.client()->clock()->nowMs();
        QString error;
        AuthorizationRecords records(context.registry(), QStringLiteral("agent1"));
        const QString waiting =
            records.recordAwaiting(samplePortIn(QStringLiteral("+18015550102")), pending, pending.atMs, &error);
        QVERIFY2(!waiting.isEmpty(), qPrintable(error));
        window.ordersView()->selectOrder(waiting);
        QVERIFY(window.ordersView()->findChild<QWidget *>(QStringLiteral("attachLoaButton"))->isVisible());
        found << clashes(&window, QStringLiteral("orders tab, port-in awaiting its LOA selected"));
        pending.reference = QStringLiteral("mail");
        QVERIFY2(records.recordReceived(waiting, pending, {}, pending.atMs, &error), qPrintable(error));
        window.ordersView()->selectOrder(unknown);
        window.ordersView()->selectOrder(waiting);
        QVERIFY(window.ordersView()->findChild<QWidget *>(QStringLiteral("continueButton"))->isVisible());
        found << clashes(&window, QStringLiteral("orders tab, signed port-in selected"));

        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("connectionPage")));
        found << clashes(&window, QStringLiteral("connection tab"));
        verifyNone(found);
        PendingBatchStore(PendingBatchStore::defaultPath(true)).remove();
    }

    void dialogs_data() { addLanguages(); }
    void dialogs()
    {
        QFETCH(QString, language);
        useLanguage(language);
        AppContext context;
        context.start();
        QStringList found;
        {
            ui::SettingsDialog dialog(&context);
            dialog.show();
            found << clashes(&dialog, QStringLiteral("settings"));
        }
        {
            ui::RegistryDialog dialog(&context);
            dialog.teamChoice()->setChecked(true);
            dialog.show();
            found << clashes(&dialog, QStringLiteral("order registry"));
        }
        {
            OrderRecord order;
            order.orderId = QStringLiteral("JNUOID-00000000-0000-4000-8000-000000000001");
            order.number = QStringLiteral("+18015550008");
            order.status = QStringLiteral("Error");
            ui::UpdateOrderDialog dialog(order, context.actions());
            dialog.show();
            found << clashes(&dialog, QStringLiteral("update order"));
        }
        {
            ui::AuthorizationRulesDialog dialog(context.registry());
            dialog.show();
            found << clashes(&dialog, QStringLiteral("authorization rules"));
        }
        {
            ui::CustomerTextsDialog dialog(context.registry(), context.client());
            dialog.show();
            found << clashes(&dialog, QStringLiteral("customer texts"));
        }
        {
            QTemporaryDir dir;
            ui::ImportCsvDialog dialog(context.client(), context.registry(), context.client()->clock(),
                                       QStringLiteral("agent1"), nullptr, dir.filePath(QStringLiteral("batch.json")));
            dialog.show();
            found << clashes(&dialog, QStringLiteral("import CSV"));
        }
        verifyNone(found);
    }

    // The check itself: two buttons on the same letter are reported, with both texts.
    void aClashIsReported()
    {
        QWidget window;
        auto *a = new QPushButton(QStringLiteral("&Update"), &window);
        auto *b = new QPushButton(QStringLiteral("Res&ume"), &window);
        auto *hidden = new QPushButton(QStringLiteral("&Undo"), &window);
        hidden->hide(); // not on screen: not live
        Q_UNUSED(a);
        Q_UNUSED(b);
        const QStringList found = clashes(&window, QStringLiteral("w"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QLatin1String("'&Update' and 'Res&ume'")), qPrintable(found.first()));
        b->setText(QStringLiteral("Resu&me"));
        QVERIFY(clashes(&window, QStringLiteral("w")).isEmpty());
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
