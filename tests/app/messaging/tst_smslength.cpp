// SmsLength: GSM-7 vs UCS-2 and the segments a customer's text takes.
#include "messaging/SmsLength.h"

#include <QTest>

using namespace portdesk;

class TstSmsLength : public QObject
{
    Q_OBJECT
private slots:
    void empty()
    {
        const SmsLength l = SmsLength::of({});
        QCOMPARE(l.segments, 0);
        QCOMPARE(l.units, 0);
    }
    void gsm7Boundaries_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("left");
        QTest::newRow("1") << 1 << 1 << 159;
        QTest::newRow("160") << 160 << 1 << 0;
        QTest::newRow("161") << 161 << 2 << 145; // 153 + 8: 145 left
        QTest::newRow("306") << 306 << 2 << 0;
        QTest::newRow("307") << 307 << 3 << 152;
    }
    void gsm7Boundaries()
    {
        QFETCH(int, length);
        QFETCH(int, segments);
        QFETCH(int, left);
        const SmsLength l = SmsLength::of(QString(length, QLatin1Char('a')));
        QCOMPARE(l.encoding, SmsLength::Encoding::Gsm7);
        QCOMPARE(l.units, length);
        QCOMPARE(l.segments, segments);
        QCOMPARE(l.unitsLeft, left);
    }
    void accentsOfTheGsmAlphabetStayGsm7()
    {
        // é, ñ, ü, à, Ç are in GSM 03.38; so are @ £ $ ¥ and the Greek capitals.
        const SmsLength l = SmsLength::of(QString::fromUtf8("Señor Müller, à bientôt? no: é ñ ü à Ç @£$¥ΔΩ"));
        QCOMPARE(l.encoding, SmsLength::Encoding::Ucs2); // ô is not
        const SmsLength g = SmsLength::of(QString::fromUtf8("Señor Müller, à é ñ ü Ç @£$¥ΔΩ"));
        QCOMPARE(g.encoding, SmsLength::Encoding::Gsm7);
        QCOMPARE(g.units, 30);
        QCOMPARE(g.segments, 1);
    }
    void extensionCharactersTakeTwoSeptets()
    {
        const SmsLength l = SmsLength::of(QString::fromUtf8("{}[]~|^\\€"));
        QCOMPARE(l.encoding, SmsLength::Encoding::Gsm7);
        QCOMPARE(l.units, 18);
        // 159 plain + one escape pair = 161 septets: two segments.
        QCOMPARE(SmsLength::of(QString(159, QLatin1Char('a')) + QStringLiteral("[")).segments, 2);
    }
    void anEscapePairIsNeverSplit()
    {
        // 152 'a' then '[': 154 septets do not fit a 153 part, so '[' starts the second part whole.
        const SmsLength l =
            SmsLength::of(QString(152, QLatin1Char('a')) + QStringLiteral("[") + QString(10, QLatin1Char('a')));
        QCOMPARE(l.units, 164);
        QCOMPARE(l.segments, 2);
        QCOMPARE(l.unitsLeft, 153 - 12);
    }
    void curlyQuotesMakeItUcs2()
    {
        const SmsLength l = SmsLength::of(QString::fromUtf8("“Hello”"));
        QCOMPARE(l.encoding, SmsLength::Encoding::Ucs2);
        QCOMPARE(l.units, 7);
        QCOMPARE(l.segments, 1);
        QCOMPARE(l.unitsLeft, 63);
    }
    void ucs2Boundaries()
    {
        const QString ue = QString::fromUtf8("ú");
        QCOMPARE(SmsLength::of(ue.repeated(70)).segments, 1);
        QCOMPARE(SmsLength::of(ue.repeated(71)).segments, 2);
        QCOMPARE(SmsLength::of(ue.repeated(134)).segments, 2);
        QCOMPARE(SmsLength::of(ue.repeated(135)).segments, 3);
    }
    void anEmojiIsTwoUnitsAndNeverSplit()
    {
        const QString smile = QString::fromUtf8("😀");
        QCOMPARE(SmsLength::of(smile).units, 2);
        // 66 units then a pair: 68 > 67 in a split message, so the pair moves to part two.
        const SmsLength l = SmsLength::of(QString(66, QLatin1Char('a')) + smile + QString(3, QLatin1Char('a')));
        QCOMPARE(l.encoding, SmsLength::Encoding::Ucs2);
        QCOMPARE(l.units, 71);
        QCOMPARE(l.segments, 2);
        QCOMPARE(l.unitsLeft, 67 - 5);
    }
};

QTEST_APPLESS_MAIN(TstSmsLength)
#include "tst_smslength.moc"
