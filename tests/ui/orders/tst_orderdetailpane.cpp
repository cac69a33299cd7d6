// The selected order's story beside the table, offscreen: its facts in words (due date, overdue
// in words and colour, requested port date), its timeline following the registry, and notes:
// refused at the field with the reason (nothing written), or shown in the timeline at once.
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "StatusColors.h"
#include "TestRegistry.h"
#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "orders/OrderDetailPane.h"
#include "registry/OrderRegistry.h"
#include "registry/SendJournal.h"

using namespace portdesk;
using namespace portdesk::test;
using Fact = ui::OrderDetailPane::Fact;

namespace {
const QString kOrder = QStringLiteral("JNUOID-P");
// A Monday at noon, local time: due five business days later, the next Monday.
const qint64 kSubmitted = QDateTime(QDate(2026, 11, 30), QTime(12, 0)).toMSecsSinceEpoch();

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}
} // namespace

class TestOrderDetailPane : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture() : clock(kSubmitted)
        {
            QString error;
            if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
                qFatal("%s", qPrintable(error));
            recordOrder(registry, kOrder, QStringLiteral("+18015552345"), kSubmitted);
            pane.resize(600, 700);
        }
        QLineEdit *noteEdit() { return pane.findChild<QLineEdit *>(QStringLiteral("noteEdit")); }
        QPushButton *addNote() { return pane.findChild<QPushButton *>(QStringLiteral("addNoteButton")); }
        QTableView *timeline() { return pane.findChild<QTableView *>(QStringLiteral("timeline")); }
        void typeNote(const QString &text)
        {
            noteEdit()->clear();
            QTest::keyClicks(noteEdit(), text);
            QTest::mouseClick(addNote(), Qt::LeftButton);
        }
        ManualClock clock;
        OrderRegistry registry;
        ui::OrderDetailPane pane{&registry, &clock, QStringLiteral("sup")};
    };

private slots:
    void factsAreShownInWords()
    {
        Fixture f;
        f.pane.setOrder(kOrder);
        QCOMPARE(f.pane.factText(Fact::Subscriber), QStringLiteral("Jane Doe"));
        QCOMPARE(f.pane.factText(Fact::Carrier), QStringLiteral("Verizon"));
        QCOMPARE(f.pane.factText(Fact::Agent), QStringLiteral("agent1"));
        QCOMPARE(f.pane.factText(Fact::Status), QStringLiteral("Pending"));
        const QString due = mediumDate(QDate(2026, 12, 7));
        QCOMPARE(f.pane.factText(Fact::DueDate), due);
        QCOMPARE(f.pane.factText(Fact::RequestedPortDate), QStringLiteral("Not requested"));
        // A screen reader hears the caption with the value.
        const QList<QLabel *> labels = f.pane.findChildren<QLabel *>();
        QStringList names;
        for (QLabel *l : labels)
            names << accessibleName(l);
        QVERIFY2(names.contains(QStringLiteral("Due date: %1").arg(due)), qPrintable(names.join(QLatin1Char('|'))));

        // Live: a rejection with its fix, the requested date of an update, then overdue.
        QVERIFY(f.registry.applyStatus(
            details(kOrder, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")),
            kSubmitted + 1000));
        const QString status = f.pane.factText(Fact::Status);
        QVERIFY2(status.contains(QLatin1String("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")) &&
                     status.contains(QLatin1String("correct the account number")),
                 qPrintable(status));
        UpdatePortInRequest update;
        update.orderId = kOrder;
        update.portInDate = QStringLiteral("2026-12-10");
        QVERIFY(f.registry.recordUpdate(update, {}, QStringLiteral("agent1"), kSubmitted + 2000));
        QCOMPARE(f.pane.factText(Fact::RequestedPortDate), mediumDate(QDate(2026, 12, 10)));
        QCOMPARE(f.timeline()->model()->rowCount(), 3);

        QVERIFY(!f.pane.factText(Fact::DueDate).contains(QLatin1String("overdue")));
        f.clock.advance(qint64(9) * 24 * 3600 * 1000); // Wednesday, Dec 9: two days late
        f.pane.setOrder(kOrder);
        QCOMPARE(f.pane.factText(Fact::DueDate), QStringLiteral("%1 (overdue)").arg(due));
        // ...and in colour, the table's overdue colour for this palette (readable on dark ones too).
        QLabel *dueLabel = nullptr;
        for (QLabel *l : f.pane.findChildren<QLabel *>()) {
            if (l->text() == f.pane.factText(Fact::DueDate))
                dueLabel = l;
        }
        QVERIFY(dueLabel);
        QCOMPARE(dueLabel->palette().color(QPalette::WindowText), ui::overdueColor(f.pane.palette()));
        QCOMPARE(accessibleName(dueLabel), QStringLiteral("Due date: %1 (overdue)").arg(due));
        // A dark theme gets the dark palette's colour, readable on it.
        QPalette dark = f.pane.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        f.pane.setPalette(dark);
        QCOMPARE(dueLabel->palette().color(QPalette::WindowText), ui::overdueColor(dark));
        QVERIFY(ui::overdueColor(dark) != ui::overdueColor(QPalette(Qt::white)));
    }

    // Issue 20: the customer's answer about texts, one fact: yes (where, which language), no, or
    // not asked (an order from before, or from a bulk file).
    void theTextsAnswerIsAFact()
    {
        Fixture f;
        f.pane.setOrder(kOrder);
        QCOMPARE(f.pane.factText(Fact::Texts), QStringLiteral("Not asked"));
        const auto submit = [&f](const QString &orderId, const QString &number, bool agreed) {
            TextConsent c;
            c.asked = true;
            c.agreed = agreed;
            c.to = agreed ? QStringLiteral("+18015550199") : QString();
            c.language = QStringLiteral("es");
            c.agent = QStringLiteral("agent1");
            c.atMs = kSubmitted;
            SendJournal journal(&f.registry, QStringLiteral("agent1"));
            journal.setTextConsent(c);
            ApiError error;
            const qint64 intent = journal.beforeSubmit(number, kSubmitted, &error);
            SubmitResult result;
            result.orderId = orderId;
            result.status = QStringLiteral("Pending");
            return intent && journal.afterSubmit(intent, samplePortIn(number), true, result, {}, kSubmitted).outcome ==
                                 SendJournal::Outcome::Ordered;
        };
        QVERIFY(submit(QStringLiteral("JNUOID-YES"), numberFor(1), true));
        f.pane.setOrder(QStringLiteral("JNUOID-YES"));
        QCOMPARE(f.pane.factText(Fact::Texts), QStringLiteral("Yes, to (801) 555-0199, Spanish"));
        QVERIFY(submit(QStringLiteral("JNUOID-NO"), numberFor(2), false));
        f.pane.setOrder(QStringLiteral("JNUOID-NO"));
        QCOMPARE(f.pane.factText(Fact::Texts), QStringLiteral("No"));
    }

    void aRefusedNoteIsExplainedAtTheFieldAndWritesNothing()
    {
        Fixture f;
        f.pane.setOrder(kOrder);
        f.pane.show();
        const int events = int(f.registry.events(kOrder).size());
        f.typeNote(QStringLiteral("acct 4651234567 checked")); // the order's account number
        QVERIFY2(f.pane.noteFeedback().contains(QLatin1String("account number")), qPrintable(f.pane.noteFeedback()));
        QCOMPARE(f.noteEdit()->accessibleDescription(), f.pane.noteFeedback());    // read out too
        QCOMPARE(f.noteEdit()->text(), QStringLiteral("acct 4651234567 checked")); // kept, to correct
        f.typeNote(QStringLiteral("new PIN is 4417"));
        QVERIFY2(f.pane.noteFeedback().contains(QLatin1String("PIN")), qPrintable(f.pane.noteFeedback()));
        QCOMPARE(f.registry.events(kOrder).size(), events);
        QCOMPARE(f.timeline()->model()->rowCount(), events);
    }

    void aGoodNoteAppearsInTheTimeline()
    {
        Fixture f;
        f.pane.setOrder(kOrder);
        f.pane.show();
        f.typeNote(QStringLiteral("new PIN is 4417")); // refused first...
        f.typeNote(QStringLiteral("customer will call back with a new transfer PIN"));
        QCOMPARE(f.pane.noteFeedback(), QString()); // ...then fine
        QCOMPARE(f.noteEdit()->text(), QString());
        QAbstractItemModel *model = f.timeline()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model->index(1, 2).data().toString(),
                 QStringLiteral("customer will call back with a new transfer PIN"));
        QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("sup"));
        QCOMPARE(f.registry.notes(kOrder).size(), 1);
    }

    void everyControlIsNamedAndTabLeavesTheTimeline()
    {
        Fixture f;
        f.pane.setOrder(kOrder);
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        for (QWidget *w : f.pane.findChildren<QWidget *>()) {
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && !qobject_cast<QAbstractItemView *>(w->parent()))
                QVERIFY2(!accessibleName(w).isEmpty(), w->metaObject()->className());
        }
        QCOMPARE(accessibleName(f.timeline()), QStringLiteral("Timeline of (801) 555-2345"));
        QCOMPARE(accessibleName(f.noteEdit()), QStringLiteral("New note"));
        QVERIFY(!f.timeline()->tabKeyNavigation());
        QCOMPARE(f.addNote()->text(), QStringLiteral("&Add note"));

        f.pane.showSelectionCount(3);
        QVERIFY(!f.timeline()->isVisible());
        QVERIFY(f.pane.findChild<QLabel *>() != nullptr);
        bool said = false;
        for (QLabel *l : f.pane.findChildren<QLabel *>())
            said = said ||
                   (l->isVisible() && l->text() == QCoreApplication::translate("portdesk::ui::OrderDetailPane",
                                                                               "%n order(s) selected", nullptr, 3));
        QVERIFY(said);
        QCOMPARE(f.pane.orderId(), QString());
    }
};

QTEST_MAIN(TestOrderDetailPane)
#include "tst_orderdetailpane.moc"
