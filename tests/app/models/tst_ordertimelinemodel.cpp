// One order's story as a table: each kind of event in words, the order's new events appearing
// as inserted rows while it is shown (by this desk or, through historyChanged, another).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "TestRegistry.h"
#include "authorization/Authorization.h"
#include "common/DisplayDates.h"
#include "messaging/TextConsent.h"
#include "messaging/TextTrigger.h"
#include "models/OrderTimelineModel.h"
#include "registry/OrderNotes.h"
#include "registry/OrderTexts.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const QString kOrder = QStringLiteral("JNUOID-T");
const qint64 kNow = 1'767'225'600'000;
} // namespace

class TestOrderTimelineModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture()
        {
            QString error;
            if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
                qFatal("%s", qPrintable(error));
            recordOrder(registry, kOrder, QStringLiteral("+18015552345"), kNow);
            recordOrder(registry, QStringLiteral("JNUOID-other"), QStringLiteral("+18015552346"), kNow);
        }
        QString text(int row, int column) const { return model.index(row, column).data().toString(); }
        OrderRegistry registry;
        OrderTimelineModel model{&registry};
    };

private slots:
    void eventsAppearAsInsertedRows()
    {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(f.model.rowCount(), 0);
        f.model.setOrder(kOrder);
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.columnCount(), int(OrderTimelineModel::ColumnCount));

        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QVERIFY(f.registry.applyStatus(details(kOrder, QStringLiteral("Error"), QStringLiteral("8A-X")), kNow + 1));
        QCOMPARE(f.model.rowCount(), 2);
        QString error;
        QVERIFY2(OrderNotes(&f.registry)
                     .add(kOrder, QStringLiteral("called the customer"), QStringLiteral("sup"), kNow + 2, &error),
                 qPrintable(error));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        // Another order's events, or a check that changed nothing, add nothing here.
        QVERIFY(OrderNotes(&f.registry)
                    .add(QStringLiteral("JNUOID-other"), QStringLiteral("elsewhere"), QStringLiteral("sup"), kNow + 3,
                         &error));
        QVERIFY(f.registry.applyStatus(details(kOrder, QStringLiteral("Error"), QStringLiteral("8A-X")), kNow + 4));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0);
        // Oldest first, with the raw time beside the shown one.
        QCOMPARE(f.model.index(0, OrderTimelineModel::When).data(OrderTimelineModel::AtMsRole).toLongLong(), kNow);
        QCOMPARE(f.text(2, OrderTimelineModel::When),
                 mediumDateTime(QDateTime::fromMSecsSinceEpoch(kNow + 2).toLocalTime()));
        QCOMPARE(f.text(2, OrderTimelineModel::Who), QStringLiteral("sup"));

        f.model.setOrder(QString());
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
    }

    void eachKindIsSaidInWords()
    {
        Fixture f;
        QVERIFY(f.registry.applyStatus(
            details(kOrder, QStringLiteral("Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")), kNow + 1));
        UpdatePortInRequest update;
        update.orderId = kOrder;
        update.subscriberName = QStringLiteral("Jim Doe");
        update.portInDate = QStringLiteral("2026-12-21");
        QVERIFY(f.registry.recordUpdate(update, {}, QStringLiteral("agent1"), kNow + 2));
        QString error;
        QVERIFY(OrderNotes(&f.registry)
                    .add(kOrder, QStringLiteral("portdesk.not-found"), QStringLiteral("sup"), kNow + 3, &error));
        QVERIFY(f.registry.markNotFound(kOrder, kNow + 4));
        QVERIFY(f.registry.recordCancelled(kOrder, {}, QStringLiteral("agent1"), kNow + 5));
        f.model.setOrder(kOrder);
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(f.model.rowCount(), 6);

        QStringList what;
        for (int row = 0; row < f.model.rowCount(); ++row)
            what << f.text(row, OrderTimelineModel::What);
        QCOMPARE(what,
                 (QStringList{QStringLiteral("Submitted"), QStringLiteral("Status changed"), QStringLiteral("Updated"),
                              QStringLiteral("Note"), QStringLiteral("Not found"), QStringLiteral("Cancelled")}));
        QCOMPARE(f.text(0, OrderTimelineModel::Details), QStringLiteral("Pending"));
        const QString status = f.text(1, OrderTimelineModel::Details);
        QVERIFY2(status.startsWith(QStringLiteral("Pending \u2192 Error")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("correct the account number")), qPrintable(status)); // the fix
        const QString updated = f.text(2, OrderTimelineModel::Details);
        QVERIFY2(updated.contains(QLatin1String("Changed: SubscriberName, PortInDate 2026-12-21")),
                 qPrintable(updated));
        // A note is the writer's words, even when they look like one of PortDesk's codes.
        QCOMPARE(f.text(3, OrderTimelineModel::Details), QStringLiteral("portdesk.not-found"));
        QVERIFY(f.text(4, OrderTimelineModel::Details).contains(QLatin1String("HTTP 404")));
        QVERIFY(f.text(5, OrderTimelineModel::Details).contains(QStringLiteral("\u2192 Cancelled")));
        QCOMPARE(f.model.index(3, 0).data(OrderTimelineModel::KindRole).toString(), QStringLiteral("note"));
    }

    void authorizationsAndUnknownKindsAreSentences()
    {
        OrderEvent e{1, kOrder, kNow, QStringLiteral("authorized"), {}, {}, {}, QStringLiteral("agent1")};
        Authorization a = Authorization::given(Authorization::Kind::Verbal, QStringLiteral("Jane Doe"), {},
                                               QStringLiteral("agent1"), kNow);
        e.message = a.toEventMessage();
        QCOMPARE(OrderTimelineModel::whatOf(e.kind), QStringLiteral("Authorization recorded"));
        QCOMPARE(OrderTimelineModel::detailsOf(e), a.describe());
        QVERIFY(!OrderTimelineModel::detailsOf(e).contains(QLatin1Char('{')));
        QCOMPARE(OrderTimelineModel::whatOf(QStringLiteral("from-the-future")), QStringLiteral("Other event"));
        QCOMPARE(OrderTimelineModel::whatOf(QStringLiteral("unknown-outcome")), QStringLiteral("Unknown outcome"));
        QCOMPARE(OrderTimelineModel::whatOf(QStringLiteral("tracked")), QStringLiteral("Tracked"));
    }

    // A customer text's events: which change, its MessageId, its status - words, never the JSON.
    void customerTextsAreSaidInWords()
    {
        const OrderEvent sent{1,
                              kOrder,
                              kNow,
                              QStringLiteral("text-sent"),
                              {},
                              QStringLiteral("Queued"),
                              QStringLiteral("{\"MessageId\":\"TMID-7\",\"trigger\":\"completed\"}"),
                              {}};
        QCOMPARE(OrderTimelineModel::whatOf(sent.kind), QStringLiteral("Text sent to the customer"));
        const QString details = OrderTimelineModel::detailsOf(sent);
        QVERIFY2(details.contains(QLatin1String("TMID-7")) &&
                     details.contains(textTriggerLabel(TextTrigger::Completed)),
                 qPrintable(details));
        QVERIFY(!details.contains(QLatin1Char('{')));
        const OrderEvent status{2,
                                kOrder,
                                kNow,
                                QStringLiteral("text-status"),
                                QStringLiteral("Queued"),
                                QStringLiteral("Delivered"),
                                QStringLiteral("{\"MessageId\":\"TMID-7\",\"trigger\":\"needs-action:1\"}"),
                                {}};
        QVERIFY2(OrderTimelineModel::detailsOf(status).contains(QLatin1String("Delivered")) &&
                     OrderTimelineModel::detailsOf(status).contains(textTriggerLabel(TextTrigger::NeedsAction)),
                 qPrintable(OrderTimelineModel::detailsOf(status)));
        QCOMPARE(OrderTimelineModel::whatOf(QStringLiteral("text-unknown")),
                 QStringLiteral("Text outcome unknown (not sent again)"));
    }

    // Issue 20: the customer's answer about texts reads as a sentence, never as its JSON.
    void aTextConsentIsASentence()
    {
        TextConsent c;
        c.asked = c.agreed = true;
        c.to = QStringLiteral("+18015550199");
        c.language = QStringLiteral("es");
        const OrderEvent e{1,
                           kOrder,
                           kNow,
                           QLatin1String(TextConsent::kEventKind),
                           {},
                           {},
                           c.toEventMessage(),
                           QStringLiteral("agent1")};
        QCOMPARE(OrderTimelineModel::whatOf(e.kind), QStringLiteral("Texts answer recorded"));
        QCOMPARE(OrderTimelineModel::detailsOf(e),
                 QStringLiteral("Texts about this port: yes, to (801) 555-0199, in Spanish"));
        OrderEvent no = e;
        no.message = QStringLiteral(R"({"agreed":false})");
        QCOMPARE(OrderTimelineModel::detailsOf(no), QStringLiteral("Texts about this port: no"));
    }
};

QTEST_GUILESS_MAIN(TestOrderTimelineModel)
#include "tst_ordertimelinemodel.moc"
