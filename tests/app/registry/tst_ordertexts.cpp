// PortDesk's own statuses and messages are stored as codes and put into words when shown: a desk
// running in French writes codes into the registry it shares, and a desk in English reading the
// same registry shows English. The catalogues are the ones the desktop installs.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "TestRegistry.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "domain/OrderStatus.h"
#include "models/CsvExport.h"
#include "models/OrdersModel.h"
#include "registry/OrderTexts.h"

#include "TestCatalogues.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const qint64 kNow = 1'767'225'600'000;

// Every text column PortDesk fills, as stored.
QStringList storedTexts(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT status FROM orders"));
            while (q.next())
                out << q.value(0).toString();
            q.exec(QStringLiteral("SELECT old_status, new_status, message FROM order_events"));
            while (q.next())
                out << q.value(0).toString() << q.value(1).toString() << q.value(2).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    out.removeAll(QString());
    return out;
}
} // namespace

class TestOrderTexts : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { test::removeCatalogues(); }

    void aCodeIsShownInWordsAndAnythingElseVerbatim()
    {
        const QString changed =
            OrderTexts::encode(OrderTexts::Code::Changed, {QStringLiteral("SubscriberName"), QStringLiteral("ICCID")});
        QCOMPARE(changed, QStringLiteral("portdesk.changed:[\"SubscriberName\",\"ICCID\"]"));
        QVERIFY(OrderTexts::isCode(changed));
        QCOMPARE(OrderTexts::display(changed), QStringLiteral("Changed: SubscriberName, ICCID"));
        QCOMPARE(OrderTexts::display(OrderTexts::encode(OrderTexts::Code::Changed)),
                 QStringLiteral("Changed: nothing"));
        // The requested port date travels with its value, shown after the field's name.
        const QString dated =
            OrderTexts::encode(OrderTexts::Code::Changed,
                               {QStringLiteral("ICCID"), OrderTexts::portDateArg(QStringLiteral("2026-12-21"))});
        QCOMPARE(OrderTexts::display(dated), QStringLiteral("Changed: ICCID, PortInDate 2026-12-21"));
        QCOMPARE(OrderTexts::english(dated), QStringLiteral("Changed: ICCID, PortInDate 2026-12-21"));
        QCOMPARE(OrderTexts::portDateOf(QStringLiteral("ICCID")), QString());
        const QString duplicate = OrderTexts::encode(
            OrderTexts::Code::DuplicateOrderId,
            {QStringLiteral("JNUOID-%2"), QStringLiteral("+18015550100"), QStringLiteral("UNKNOWN-1")});
        QCOMPARE(OrderTexts::english(duplicate),
                 QStringLiteral("Telegent answered with OrderId JNUOID-%2, which is already recorded for +18015550100: "
                                "recorded as UNKNOWN-1 to check with Telegent; not sent again."));

        // Telegent's own words, a code this version does not know, or a broken one: verbatim.
        for (const QString &text :
             {QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"), QStringLiteral("portdesk.from-the-future"),
              QStringLiteral("portdesk.received-as:[\"JNUOID-1\""), QStringLiteral("portdesk.received-as"),
              QStringLiteral("portdesk.received-as:[7]")}) {
            QVERIFY2(!OrderTexts::isCode(text), qPrintable(text));
            QCOMPARE(OrderTexts::display(text), text);
        }
        QCOMPARE(OrderTexts::status(QStringLiteral("Pending Carrier Approval")),
                 QStringLiteral("Pending Carrier Approval"));
    }

    void aFrenchDeskWritesCodesAndAnEnglishDeskReadsEnglish()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        QString error;
        QString unknownId;
        {
            QCOMPARE(installLanguage(qApp, QStringLiteral("fr_FR")).language(), QLocale::French);
            OrderRegistry french;
            QVERIFY2(french.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(french, QStringLiteral("JNUOID-1"), numberFor(1), kNow));
            UpdatePortInRequest update;
            update.orderId = QStringLiteral("JNUOID-1");
            update.subscriberName = QStringLiteral("Jeanne Martin");
            QVERIFY(french.recordUpdate(update, {}, QStringLiteral("agent-fr"), kNow + 1));
            QVERIFY(french.markNotFound(QStringLiteral("JNUOID-1"), kNow + 2));
            unknownId = french.recordUnknownOutcome(samplePortIn(numberFor(2)), QStringLiteral("agent-fr"), kNow + 3);
            QVERIFY(!unknownId.isEmpty());
            QVERIFY(french.resolveUnknownOutcome(unknownId, QStringLiteral("agent-fr"), kNow + 4));

            // The French desk shows French...
            OrdersModel model(&french, new ManualClock(kNow, &french));
            const int row = int(french.orderIds().indexOf(unknownId));
            QCOMPARE(model.index(row, OrdersModel::Status).data().toString(), QStringLiteral("Non reçue par Telegent"));
            QCOMPARE(OrderTexts::display(french.events(QStringLiteral("JNUOID-1")).constLast().message),
                     QStringLiteral("Telegent ne connaît pas cette demande (HTTP 404)."));
        }
        // ...but stores no word of it.
        const QStringList stored = storedTexts(path);
        QVERIFY(stored.contains(QStringLiteral("portdesk.not-received")));
        QVERIFY(stored.contains(QStringLiteral("portdesk.changed:[\"SubscriberName\"]")));
        for (const QString &text : stored) // a code, or Telegent's own status word
            QVERIFY2(OrderTexts::isCode(text) || statusGroup(text) != StatusGroup::Unknown, qPrintable(text));

        test::removeCatalogues();
        installLanguage(qApp, QStringLiteral("en_US"));
        OrderRegistry english;
        QVERIFY2(english.openSqlite(path, &error), qPrintable(error));
        OrdersModel model(&english, new ManualClock(kNow, &english));
        const int row = int(english.orderIds().indexOf(unknownId));
        QCOMPARE(model.index(row, OrdersModel::Status).data().toString(), QStringLiteral("Not received by Telegent"));
        QCOMPARE(model.index(row, OrdersModel::Status).data(ExportRole).toString(),
                 QStringLiteral("Not received by Telegent"));
        const QList<OrderEvent> closing = english.events(unknownId);
        QCOMPARE(OrderTexts::display(closing.constFirst().message),
                 QStringLiteral("The submit may or may not have reached Telegent."));
        QCOMPARE(OrderTexts::display(closing.constLast().message),
                 QStringLiteral("Checked by the agent: this submit never reached Telegent."));
        const QList<OrderEvent> order = english.events(QStringLiteral("JNUOID-1"));
        QCOMPARE(OrderTexts::display(order.at(1).message), QStringLiteral("Changed: SubscriberName"));
        QCOMPARE(OrderTexts::display(order.at(2).message),
                 QStringLiteral("Telegent does not know this order (HTTP 404)."));
    }
};

QTEST_MAIN(TestOrderTexts)
#include "tst_ordertexts.moc"
