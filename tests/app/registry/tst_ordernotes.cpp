// Notes on an order: what the check refuses (a PIN, the account number...) and why, and that a
// note is an event of the order, kept across a restart, in the order's history in time order.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/OrderNotes.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const QString kOrder = QStringLiteral("JNUOID-note");

OrderRecord order()
{
    OrderRecord r;
    r.orderId = kOrder;
    r.accountNumber = QStringLiteral("12345678");
    return r;
}
} // namespace

class TestOrderNotes : public QObject
{
    Q_OBJECT

private slots:
    void checkAcceptsWhatANoteShouldSay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("pin word, no value") << QStringLiteral("customer will call back with a new transfer PIN");
        QTest::newRow("pin word, short number") << QStringLiteral("PIN reset twice, 2 calls");
        QTest::newRow("number far after") << QStringLiteral("asked for the PIN again; the customer will phone "
                                                            "the carrier and call back around 1500");
        QTest::newRow("spanish") << QStringLiteral("El cliente llamará con la nueva clave de transferencia");
        QTest::newRow("french") << QStringLiteral("Le client rappellera avec son nouveau mot de passe");
        QTest::newRow("short account part") << QStringLiteral("Account ends 5678, checked with the customer");
        QTest::newRow("spinning is no pin") << QStringLiteral("spinning 4417 wheels");
        QTest::newRow("starts like a code") << QStringLiteral("portdesk.changed:[\"ICCID\"] is what it said");
    }
    void checkAcceptsWhatANoteShouldSay()
    {
        QFETCH(QString, text);
        QCOMPARE(OrderNotes::check(order(), text), QString());
    }

    void checkRefusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a word of the message in English
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("too long") << QString(OrderNotes::kMaxLength + 1, QLatin1Char('a')) << QStringLiteral("at most");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("not text");
        QTest::newRow("bidi") << QStringLiteral("abc\u202Edef") << QStringLiteral("not text");
        QTest::newRow("account") << QStringLiteral("acct 12345678 verified") << QStringLiteral("account number");
        QTest::newRow("account spaced") << QStringLiteral("acct 12-34 5678") << QStringLiteral("account number");
        QTest::newRow("pin is") << QStringLiteral("new PIN is 4417") << QStringLiteral("PIN");
        QTest::newRow("pin split") << QStringLiteral("PIN: 88 12") << QStringLiteral("PIN");
        QTest::newRow("nip") << QStringLiteral("nip 5521") << QStringLiteral("PIN");
        QTest::newRow("passcode") << QStringLiteral("Passcode = ab12cd") << QStringLiteral("PIN");
        QTest::newRow("pass code") << QStringLiteral("the pass code should be 0000 now") << QStringLiteral("PIN");
        QTest::newRow("contraseña") << QStringLiteral("la contraseña es 7788") << QStringLiteral("PIN");
        QTest::newRow("clave") << QStringLiteral("clave: 4412") << QStringLiteral("PIN");
        QTest::newRow("mot de passe") << QStringLiteral("mot de passe : 9911") << QStringLiteral("PIN");
        QTest::newRow("code secret") << QStringLiteral("code secret 3344") << QStringLiteral("PIN");
    }
    void checkRefusesWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const QString why = OrderNotes::check(order(), text);
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("4417")) && !why.contains(QLatin1String("12345678")),
                 qPrintable(why)); // the message never repeats the secret
    }

    void aShortAccountNumberIsNotLookedFor()
    {
        OrderRecord r = order();
        r.accountNumber = QStringLiteral("123");
        QCOMPARE(OrderNotes::check(r, QStringLiteral("called 123 times")), QString());
    }

    void aRefusedNoteWritesNothing()
    {
        OrderRegistry reg;
        QString error;
        QVERIFY(reg.openSqlite(QStringLiteral(":memory:"), &error));
        QVERIFY(recordOrder(reg, kOrder, QStringLiteral("+18015552345"), 1000));
        const int before = int(reg.events(kOrder).size());
        QSignalSpy history(&reg, &OrderRegistry::historyChanged);
        QVERIFY(!OrderNotes(&reg).add(kOrder, QStringLiteral("new PIN is 4417"), QStringLiteral("sup"), 2000, &error));
        QVERIFY(error.contains(QLatin1String("PIN")));
        // samplePortIn's account number
        QVERIFY(
            !OrderNotes(&reg).add(kOrder, QStringLiteral("acct 465-123-4567"), QStringLiteral("sup"), 2000, &error));
        QVERIFY(error.contains(QLatin1String("account number")));
        QVERIFY(!OrderNotes(&reg).add(QStringLiteral("JNUOID-none"), QStringLiteral("hello"), QStringLiteral("sup"),
                                      2000, &error));
        QCOMPARE(reg.events(kOrder).size(), before);
        QVERIFY(reg.notes(kOrder).isEmpty());
        QCOMPARE(history.count(), 0);
    }

    void notesAreKeptInTimeOrderAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            OrderRegistry reg;
            QString error;
            QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(reg, kOrder, QStringLiteral("+18015552345"), 1000));
            QSignalSpy history(&reg, &OrderRegistry::historyChanged);
            QVERIFY2(OrderNotes(&reg).add(kOrder, QStringLiteral("customer will call back with a new transfer PIN"),
                                          QStringLiteral("sup"), 2000, &error),
                     qPrintable(error));
            QCOMPARE(history.count(), 1);
            QCOMPARE(history.at(0).at(0).toStringList(), QStringList{kOrder});
            QVERIFY(reg.applyStatus(details(kOrder, QStringLiteral("Error"), QStringLiteral("6F-ACCOUNT_PIN")), 3000));
            QCOMPARE(history.count(), 2); // a status event is history too
            QVERIFY(OrderNotes(&reg).add(kOrder, QStringLiteral("portdesk.not-found"), QStringLiteral("agent1"), 4000,
                                         &error));
            QCOMPARE(reg.notes(kOrder).size(), 2);
        }
        OrderRegistry again;
        QString error;
        QVERIFY2(again.openSqlite(path, &error), qPrintable(error));
        const QList<OrderEvent> notes = again.notes(kOrder);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).message, QStringLiteral("customer will call back with a new transfer PIN"));
        QCOMPARE(notes.at(0).who, QStringLiteral("sup"));
        QCOMPARE(notes.at(0).atMs, 2000);
        QCOMPARE(notes.at(1).message, QStringLiteral("portdesk.not-found")); // verbatim, not a code
        QStringList kinds;
        for (const OrderEvent &e : again.events(kOrder))
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("submitted"), QStringLiteral("note"), QStringLiteral("status"),
                                     QStringLiteral("note")}));
    }
};

QTEST_GUILESS_MAIN(TestOrderNotes)
#include "tst_ordernotes.moc"
