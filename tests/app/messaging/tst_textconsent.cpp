#include <QTest>

#include "messaging/TextConsent.h"

using namespace portdesk;

// The customer's answer about texts as the registry keeps it: the event's JSON (who and when are
// the event's columns), the record a write-ahead and a draft keep, and its words in a history.
class TestTextConsent : public QObject
{
    Q_OBJECT

    static TextConsent yes()
    {
        TextConsent c;
        c.asked = true;
        c.agreed = true;
        c.to = QStringLiteral("+18015550199");
        c.language = QStringLiteral("es");
        c.agent = QStringLiteral("agent7");
        c.atMs = 1'700'000'000'123;
        return c;
    }

private slots:
    void anEventHoldsTheAnswerNumberAndLanguage()
    {
        const TextConsent c = yes();
        QCOMPARE(c.toEventMessage(), QStringLiteral(R"({"agreed":true,"language":"es","to":"+18015550199"})"));
        QCOMPARE(TextConsent::fromEvent(c.toEventMessage(), c.agent, c.atMs), c);
        QCOMPARE(QString::fromLatin1(TextConsent::kEventKind), QStringLiteral("text-consent"));
    }

    // A "no" names no number: nothing to text, nothing kept.
    void aNoIsRecordedWithoutANumber()
    {
        TextConsent no = yes();
        no.agreed = false;
        QCOMPARE(no.toEventMessage(), QStringLiteral(R"({"agreed":false})"));
        const TextConsent back = TextConsent::fromEvent(no.toEventMessage(), no.agent, no.atMs);
        QVERIFY(back.asked);
        QVERIFY(!back.agreed);
        QVERIFY(back.to.isEmpty());
    }

    // No text without a clear yes: an unreadable event, or a yes with no number, is a no.
    void anythingButAClearYesIsANo_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("agreed");
        QTest::newRow("empty") << QString();
        QTest::newRow("agreed as a string") << QStringLiteral(R"({"agreed":"true","to":"+18015550199"})");
        QTest::newRow("yes without a number") << QStringLiteral(R"({"agreed":true,"language":"en"})");
    }
    void anythingButAClearYesIsANo()
    {
        QFETCH(QString, message);
        QVERIFY(!TextConsent::fromEvent(message, QStringLiteral("agent7"), 1).agreed);
    }

    void aRecordKeepsWhoAndWhenToo()
    {
        const TextConsent c = yes();
        QCOMPARE(TextConsent::fromRecord(c.toRecord()), c);
        TextConsent no = yes();
        no.agreed = false;
        no.to.clear();
        no.language.clear();
        QCOMPARE(TextConsent::fromRecord(no.toRecord()), no);
        // Not asked: nothing to record, and nothing comes back from nothing.
        QVERIFY(TextConsent().toRecord().isEmpty());
        QCOMPARE(TextConsent::fromRecord(QString()), TextConsent());
        QCOMPARE(TextConsent::fromRecord(QStringLiteral(R"({"resumes":"LOA-1"})")), TextConsent());
    }

    void itReadsAsTheAppShowsNumbers()
    {
        QCOMPARE(yes().describe(), QStringLiteral("Texts about this port: yes, to (801) 555-0199, in Spanish"));
        TextConsent no = yes();
        no.agreed = false;
        QCOMPARE(no.describe(), QStringLiteral("Texts about this port: no"));
        QCOMPARE(yes().answerText(), QStringLiteral("Yes, to (801) 555-0199, Spanish"));
        QCOMPARE(no.answerText(), QStringLiteral("No"));
        QCOMPARE(TextConsent().answerText(), QStringLiteral("Not asked"));
        QCOMPARE(TextConsent::languageName(QStringLiteral("fr")), QStringLiteral("French"));
        QCOMPARE(TextConsent::languageName(QStringLiteral("en")), QStringLiteral("English"));
    }
};

QTEST_GUILESS_MAIN(TestTextConsent)
#include "tst_textconsent.moc"
