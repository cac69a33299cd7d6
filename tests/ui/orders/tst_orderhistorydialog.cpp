// An order's history as the agent reads it: PortDesk's own texts, stored as codes, in the agent's
// language; Telegent's words as they came.
#include <QApplication>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "authorization/Authorization.h"
#include "common/Translations.h"
#include "domain/OrderRecord.h"
#include "orders/OrderHistoryDialog.h"

#include "TestCatalogues.h"

using namespace portdesk;

class TestOrderHistoryDialog : public QObject
{
    Q_OBJECT

    // Status and message cells of each row.
    static QStringList cells(const QList<OrderEvent> &events)
    {
        OrderRecord order;
        order.orderId = QStringLiteral("UNKNOWN-1");
        ui::OrderHistoryDialog dialog(order, events);
        auto *table = dialog.findChild<QTableWidget *>();
        QStringList out;
        for (int row = 0; table && row < table->rowCount(); ++row)
            out << table->item(row, 2)->text() << table->item(row, 3)->text();
        return out;
    }

    static QList<OrderEvent> events()
    {
        return {{1,
                 QStringLiteral("UNKNOWN-1"),
                 1000,
                 QStringLiteral("unknown-outcome"),
                 {},
                 {},
                 QStringLiteral("portdesk.submit-outcome-unknown"),
                 QStringLiteral("agent1")},
                {2, QStringLiteral("UNKNOWN-1"), 2000, QStringLiteral("verified"), QStringLiteral("Pending"),
                 QStringLiteral("portdesk.not-received"), QStringLiteral("portdesk.checked-not-received"),
                 QStringLiteral("agent1")},
                {3,
                 QStringLiteral("UNKNOWN-1"),
                 3000,
                 QStringLiteral("status"),
                 QStringLiteral("Pending"),
                 QStringLiteral("Error"),
                 QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"),
                 {}}};
    }

private slots:
    void cleanup() { test::removeCatalogues(); }

    void codesAreShownInTheAgentsLanguage()
    {
        QCOMPARE(
            cells(events()),
            (QStringList{QString(), QStringLiteral("The submit may or may not have reached Telegent."),
                         QStringLiteral("Pending \u2192 Not received by Telegent"),
                         QStringLiteral("Checked by the agent: this submit never reached Telegent."),
                         QStringLiteral("Pending \u2192 Error"), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT")}));
        installLanguage(qApp, QStringLiteral("fr_FR"));
        const QStringList french = cells(events());
        QCOMPARE(french.at(1), QStringLiteral("L'envoi est peut-être parvenu à Telegent, peut-être pas."));
        QCOMPARE(french.at(2), QStringLiteral("En attente \u2192 Non reçue par Telegent"));
        QCOMPARE(french.at(5), QStringLiteral("8A-ACCOUNT_NUM_REQ_OR_INCORRECT"));
    }

    // The customer's consent is stored as a record of facts: the agent reads it as a sentence,
    // in their language, with the facts (never the JSON).
    void theAuthorizationIsReadAsASentence()
    {
        Authorization a;
        a.kind = Authorization::Kind::Written;
        a.accountHolder = QStringLiteral("Jane Doe");
        a.authorizingPerson = QStringLiteral("Jim Doe");
        a.fileName = QStringLiteral("signed.pdf");
        a.fileSha256 = QString(64, QLatin1Char('a'));
        const QList<OrderEvent> history = {{1,
                                            QStringLiteral("UNKNOWN-1"),
                                            1000,
                                            QStringLiteral("authorized"),
                                            {},
                                            {},
                                            a.toEventMessage(),
                                            QStringLiteral("agent1")}};
        QCOMPARE(cells(history).at(1),
                 QStringLiteral("Signed LOA from Jim Doe: signed.pdf, SHA-256 %1").arg(a.fileSha256));
        installLanguage(qApp, QStringLiteral("es_US"));
        const QString spanish = cells(history).at(1);
        QVERIFY2(spanish.contains(QLatin1String("Jim Doe")) && spanish.contains(a.fileSha256) &&
                     !spanish.contains(QLatin1String("Signed LOA")) && !spanish.contains(QLatin1Char('{')),
                 qPrintable(spanish));
    }

    // A note is the writer's words, even one that starts like a PortDesk code.
    void aNoteIsShownVerbatim()
    {
        const QList<OrderEvent> history = {{1,
                                            QStringLiteral("UNKNOWN-1"),
                                            1000,
                                            QStringLiteral("note"),
                                            {},
                                            {},
                                            QStringLiteral("portdesk.not-found"),
                                            QStringLiteral("sup")}};
        QCOMPARE(cells(history).at(1), QStringLiteral("portdesk.not-found"));
    }
};

QTEST_MAIN(TestOrderHistoryDialog)
#include "tst_orderhistorydialog.moc"
