// Rows written before schema 4 hold PortDesk's words in the writing desk's language: opening the
// registry turns the English, Spanish and French ones into codes, shown in the reader's language;
// what is not recognised (Telegent's own words, anything else) stays as it was, shown verbatim.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestRegistry.h"
#include "registry/LegacyOrderTexts.h"
#include "registry/Migrations.h"
#include "registry/OrderTexts.h"

using namespace portdesk;
using namespace portdesk::test;

namespace {
const qint64 kNow = 1'767'225'600'000;

// Runs statements on the file directly, as an older PortDesk would have written it.
void sql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements)
            QVERIFY2(QSqlQuery(db).exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
} // namespace

class TestLegacyOrderTexts : public QObject
{
    Q_OBJECT

private slots:
    void recognisesWhatOlderVersionsWroteInEachLanguage_data()
    {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *name, const QString &old, const QString &code) {
            QTest::newRow(name) << old << code;
        };
        row("en status", QStringLiteral("Not received by Telegent"), QStringLiteral("portdesk.not-received"));
        row("es status", QStringLiteral("No recibida por Telegent"), QStringLiteral("portdesk.not-received"));
        row("fr status", QStringLiteral("Reçue par Telegent sous l'ID JNUOID-7"),
            QStringLiteral("portdesk.received-as:[\"JNUOID-7\"]"));
        row("en changed", QStringLiteral("Changed: CurrentCarrierName, ICCID"),
            QStringLiteral("portdesk.changed:[\"CurrentCarrierName\",\"ICCID\"]"));
        row("fr changed nothing", QStringLiteral("Modifié\u00a0: rien"), QStringLiteral("portdesk.changed"));
        row("es changed", QStringLiteral("Cambiado: SubscriberName"),
            QStringLiteral("portdesk.changed:[\"SubscriberName\"]"));
        row("en attached", QStringLiteral("The order of submit UNKNOWN-ab12, whose outcome was unknown."),
            QStringLiteral("portdesk.order-of-unknown-submit:[\"UNKNOWN-ab12\"]"));
        row("es duplicate",
            QStringLiteral("Telegent respondió con el OrderId JNUOID-9, que ya está registrado para +18015550100: se "
                           "registra como UNKNOWN-c3 para comprobarlo con Telegent; no se envía de nuevo."),
            QStringLiteral("portdesk.duplicate-order-id:[\"JNUOID-9\",\"+18015550100\",\"UNKNOWN-c3\"]"));
        row("fr_CA interrupted",
            QStringLiteral(
                "PortDesk s'est arrêté pendant cette opération (cancel)\u00a0: elle est peut-être parvenue à "
                "Telegent, peut-être pas; la prochaine vérification du statut le dira."),
            QStringLiteral("portdesk.interrupted-action:[\"cancel\"]"));
        row("en 404", QStringLiteral("Telegent does not know this order (HTTP 404)."),
            QStringLiteral("portdesk.not-found"));
        // Not PortDesk's: left alone.
        row("carrier code", QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"), QString());
        row("status", QStringLiteral("Pending Carrier Approval"), QString());
        row("changed values", QStringLiteral("Changed: the PIN to 1234"), QString());
        row("already a code", QStringLiteral("portdesk.not-received"), QString());
    }
    void recognisesWhatOlderVersionsWroteInEachLanguage()
    {
        QFETCH(QString, old);
        QFETCH(QString, code);
        QCOMPARE(LegacyOrderTexts::codeFor(old), code);
    }

    void openingAnOlderRegistryTurnsItsWordsIntoCodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        QString error;
        {
            OrderRegistry reg;
            QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-1"), numberFor(1), kNow));
            QVERIFY(recordOrder(reg, QStringLiteral("JNUOID-2"), numberFor(2), kNow));
        }
        // Back to schema 3, with rows as a desk in English and one in French wrote them.
        const QString unknownEn = QStringLiteral("UNKNOWN-en"), unknownFr = QStringLiteral("UNKNOWN-fr");
        QStringList statements = backToSchema3();
        for (const auto &[id, status] : {std::pair{unknownEn, QStringLiteral("Received by Telegent as JNUOID-2")},
                                         std::pair{unknownFr, QStringLiteral("Non reçue par Telegent")}})
            statements << QStringLiteral("INSERT INTO orders (order_id, number, status, status_group, submitted_at, "
                                         "outcome_unknown) VALUES (%1, '+18015550001', %2, 'cancelled', %3, 1)")
                              .arg(quoted(id), quoted(status))
                              .arg(kNow);
        const auto event = [](const QString &id, const QString &kind, const QString &oldStatus,
                              const QString &newStatus, const QString &message) {
            return QStringLiteral("INSERT INTO order_events (order_id, at, kind, old_status, new_status, message, "
                                  "who) VALUES (%1, %2, %3, %4, %5, %6, 'agent1')")
                .arg(quoted(id))
                .arg(kNow + 1)
                .arg(quoted(kind), quoted(oldStatus), quoted(newStatus), quoted(message));
        };
        statements << event(unknownEn, QStringLiteral("verified"), {},
                            QStringLiteral("Received by Telegent as JNUOID-2"),
                            QStringLiteral("Checked by the agent: Telegent received this submit as order JNUOID-2."))
                   << event(unknownFr, QStringLiteral("verified"), {}, QStringLiteral("Non reçue par Telegent"),
                            QStringLiteral("Vérifié par l'agent\u00a0: cet envoi n'est jamais parvenu à Telegent."))
                   << event(QStringLiteral("JNUOID-1"), QStringLiteral("update"), QStringLiteral("Pending"),
                            QStringLiteral("Updated"), QStringLiteral("Modifié\u00a0: SubscriberName, ICCID"))
                   << event(QStringLiteral("JNUOID-1"), QStringLiteral("status"), QStringLiteral("Updated"),
                            QStringLiteral("Error"), QStringLiteral("Changed: 8A"))
                   << event(QStringLiteral("JNUOID-2"), QStringLiteral("not-found"), QStringLiteral("Pending"),
                            QStringLiteral("Pending"), QStringLiteral("Telegent kennt diese Bestellung nicht."));
        sql(path, statements);

        OrderRegistry reg;
        QVERIFY2(reg.openSqlite(path, &error), qPrintable(error));
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QCOMPARE(Migrations::currentVersion(check), Migrations::latestVersion());
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        QCOMPARE(reg.find(unknownEn)->status, QStringLiteral("portdesk.received-as:[\"JNUOID-2\"]"));
        QCOMPARE(reg.find(unknownFr)->status, QStringLiteral("portdesk.not-received"));
        QCOMPARE(reg.events(unknownEn).constFirst().newStatus, QStringLiteral("portdesk.received-as:[\"JNUOID-2\"]"));
        QCOMPARE(reg.events(unknownEn).constFirst().message,
                 QStringLiteral("portdesk.checked-received-as:[\"JNUOID-2\"]"));
        QCOMPARE(reg.events(unknownFr).constFirst().message, QStringLiteral("portdesk.checked-not-received"));
        const QList<OrderEvent> one = reg.events(QStringLiteral("JNUOID-1"));
        QCOMPARE(one.at(1).message, QStringLiteral("portdesk.changed:[\"SubscriberName\",\"ICCID\"]"));
        QCOMPARE(one.at(1).newStatus, QStringLiteral("Updated"));
        // Shown in English here, as an English desk always showed them.
        QCOMPARE(OrderTexts::status(reg.find(unknownEn)->status), QStringLiteral("Received by Telegent as JNUOID-2"));
        QCOMPARE(OrderTexts::display(one.at(1).message), QStringLiteral("Changed: SubscriberName, ICCID"));
        // A status event's message is Telegent's, and unrecognised words stay: both verbatim.
        QCOMPARE(one.at(2).message, QStringLiteral("Changed: 8A"));
        QCOMPARE(OrderTexts::display(reg.events(QStringLiteral("JNUOID-2")).constLast().message),
                 QStringLiteral("Telegent kennt diese Bestellung nicht."));
    }
};

QTEST_MAIN(TestLegacyOrderTexts)
#include "tst_legacyordertexts.moc"
