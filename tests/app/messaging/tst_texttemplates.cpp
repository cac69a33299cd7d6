// TextTemplates and TextTrigger: what a customer's text says, when it is sent, and that it never
// holds a secret or runs past two segments.
#include "domain/OrderRecord.h"
#include "messaging/SmsLength.h"
#include "messaging/TextTemplates.h"
#include "messaging/TextTrigger.h"
#include "registry/OrderRegistry.h"

#include <QTest>

using namespace portdesk;

namespace {
QList<CarrierCodeAdvice::Fix> allFixes()
{
    using F = CarrierCodeAdvice::Fix;
    return {F::None, F::AccountNumber, F::Pin, F::ReviewAll, F::NumberLock};
}
OrderRecord sampleOrder()
{
    OrderRecord order;
    order.orderId = QStringLiteral("PO-1");
    order.number = QStringLiteral("+18015550199");
    order.accountNumber = QStringLiteral("ACCT-8841-2207");
    order.address = {
        QStringLiteral("12 Elm Street"), {}, QStringLiteral("Provo"), QStringLiteral("UT"), QStringLiteral("84601")};
    return order;
}
} // namespace

class TstTextTemplates : public QObject
{
    Q_OBJECT
private slots:
    void everyDefaultFitsTwoSegmentsAndHoldsNoSecret()
    {
        // Every template of every language, with the longest brand and every fix: within two
        // segments, no secret of the order, and the last four digits and the brand in it.
        const OrderRecord order = sampleOrder();
        const QString brand(TextTemplates::kMaxBrandLength, QLatin1Char('W'));
        for (const QString &language : TextTemplates::languages()) {
            for (TextTrigger trigger : allTextTriggers()) {
                const QString text = TextTemplates::defaultTemplate(trigger, language);
                const QString problem = TextTemplates::problem(text, language);
                QVERIFY2(problem.isEmpty(), qPrintable(language + QStringLiteral(": ") + problem));
                for (CarrierCodeAdvice::Fix fix : allFixes()) {
                    const QString body = TextTemplates::render(
                        text, {QStringLiteral("0199"), brand, TextTemplates::customerFix(fix, language)});
                    const QString context =
                        language + QLatin1Char('/') + textTriggerKey(trigger) + QStringLiteral(": ") + body;
                    QVERIFY2(SmsLength::of(body).segments <= kMaxTextSegments, qPrintable(context));
                    QVERIFY2(TextTemplates::refusal(body, order).isEmpty(),
                             qPrintable(context + QStringLiteral(" -> ") + TextTemplates::refusal(body, order)));
                    QVERIFY2(body.contains(u"0199") && body.contains(brand), qPrintable(context));
                    QVERIFY2(!body.contains(u'{'), qPrintable(context));
                }
            }
        }
    }
    void needsActionCarriesTheFixInTheCustomersLanguage()
    {
        const QString en =
            TextTemplates::render(TextTemplates::defaultTemplate(TextTrigger::NeedsAction, QStringLiteral("en")),
                                  {QStringLiteral("0199"), QStringLiteral("Acme"),
                                   TextTemplates::customerFix(CarrierCodeAdvice::Fix::Pin, QStringLiteral("en"))});
        QCOMPARE(en,
                 QStringLiteral("Acme: the move of your number ending in 0199 is on hold: your transfer PIN was not "
                                "accepted - please call us."));
        const QString es = TextTemplates::customerFix(CarrierCodeAdvice::Fix::Pin, QStringLiteral("es"));
        QVERIFY(es.contains(u"PIN") && es.contains(QString::fromUtf8("llámenos")));
    }
    void noBrandLeavesNoLoneColon()
    {
        const QString body = TextTemplates::render(QStringLiteral("{brand}: your number ending in {last4} moved."),
                                                   {QStringLiteral("0199"), {}, {}});
        QCOMPARE(body, QStringLiteral("your number ending in 0199 moved."));
    }
    void problemsOfATemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // a word of the message; empty: no problem
        QTest::newRow("fine") << QStringLiteral("{brand}: {last4} moved.") << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("pin placeholder") << QStringLiteral("Your PIN {pin}") << QStringLiteral("{pin}");
        QTest::newRow("account placeholder") << QStringLiteral("Account {account}") << QStringLiteral("{account}");
        QTest::newRow("digits") << QStringLiteral("Call 555123 now") << QStringLiteral("555123");
        QTest::newRow("too long") << QStringLiteral("{brand} {fix} ") + QString(250, QLatin1Char('a'))
                                  << QStringLiteral("segments");
        QTest::newRow("too long ucs2") << QString::fromUtf8("“{last4}” ") + QString(130, QLatin1Char('a'))
                                       << QStringLiteral("UCS-2");
        QTest::newRow("control") << QStringLiteral("a\u0007b") << QStringLiteral("not text");
    }
    void problemsOfATemplate()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString problem = TextTemplates::problem(text);
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
    void refusalGuardsTheOrdersSecrets_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain") << QStringLiteral("Acme: 0199 moved.") << false;
        QTest::newRow("account") << QStringLiteral("Acme: acct 8841-2207") << true;
        QTest::newRow("account dashes") << QStringLiteral("ACCT-8841-2207 moved") << true;
        QTest::newRow("pin") << QStringLiteral("Your PIN is 4417") << true;
        QTest::newRow("street") << QStringLiteral("We wrote to 12 Elm Street") << true;
        QTest::newRow("zip") << QStringLiteral("Your ZIP 84601 is fine") << true;
        QTest::newRow("three segments") << QString(307, QLatin1Char('a')) << true;
    }
    void refusalGuardsTheOrdersSecrets()
    {
        QFETCH(QString, body);
        QFETCH(bool, refused);
        QCOMPARE(!TextTemplates::refusal(body, sampleOrder()).isEmpty(), refused);
    }
    void theTeamsTemplateIsKeptInTheRegistry()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(QStringLiteral(":memory:"), &error), qPrintable(error));
        const QString es = QStringLiteral("es");
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Completed, es),
                 TextTemplates::defaultTemplate(TextTrigger::Completed, es));
        QVERIFY2(TextTemplates::save(&registry, TextTrigger::Completed, es, QStringLiteral("{brand}: listo ({last4})."),
                                     &error),
                 qPrintable(error));
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Completed, es),
                 QStringLiteral("{brand}: listo ({last4})."));
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Completed, QStringLiteral("en")),
                 TextTemplates::defaultTemplate(TextTrigger::Completed, QStringLiteral("en")));
        // A template with a problem is not saved; the previous one stays.
        QVERIFY(!TextTemplates::save(&registry, TextTrigger::Completed, es, QStringLiteral("PIN {pin}"), &error));
        QVERIFY(error.contains(u"{pin}"));
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Completed, es),
                 QStringLiteral("{brand}: listo ({last4})."));
        // An empty text goes back to the default.
        QVERIFY(TextTemplates::save(&registry, TextTrigger::Completed, es, {}, &error));
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Completed, es),
                 TextTemplates::defaultTemplate(TextTrigger::Completed, es));
        // An unknown language reads English.
        QCOMPARE(TextTemplates::load(&registry, TextTrigger::Scheduled, QStringLiteral("de")),
                 TextTemplates::defaultTemplate(TextTrigger::Scheduled, QStringLiteral("en")));
    }
    void triggers_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("trigger"); // empty: none
        QTest::newRow("first answer pending") << QString() << QStringLiteral("Pending") << QString();
        QTest::newRow("pending to approval")
            << QStringLiteral("Pending") << QStringLiteral("Pending Carrier Approval") << QString();
        QTest::newRow("scheduled") << QStringLiteral("Pending Carrier Approval") << QStringLiteral("Scheduled")
                                   << QStringLiteral("scheduled");
        QTest::newRow("scheduled again") << QStringLiteral("Scheduled") << QStringLiteral("scheduled") << QString();
        QTest::newRow("rejected") << QStringLiteral("Pending") << QStringLiteral("Rejected")
                                  << QStringLiteral("needs-action");
        QTest::newRow("rejected to error") << QStringLiteral("Rejected") << QStringLiteral("Error") << QString();
        QTest::newRow("first answer error") << QString() << QStringLiteral("Error") << QStringLiteral("needs-action");
        QTest::newRow("completed") << QStringLiteral("Scheduled") << QStringLiteral("Completed")
                                   << QStringLiteral("completed");
        QTest::newRow("cancelled") << QStringLiteral("Pending") << QStringLiteral("Cancelled")
                                   << QStringLiteral("cancelled");
        QTest::newRow("unknown text") << QStringLiteral("Pending") << QStringLiteral("Frobnicated") << QString();
    }
    void triggers()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, trigger);
        const auto fired = textTriggerFor(before, after);
        QCOMPARE(fired ? textTriggerKey(*fired) : QString(), trigger);
        if (fired)
            QCOMPARE(textTriggerFromKey(trigger), fired);
    }
};

QTEST_GUILESS_MAIN(TstTextTemplates)
#include "tst_texttemplates.moc"
