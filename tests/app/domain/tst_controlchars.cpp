#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "domain/ControlChars.h"
#include "domain/OrderIds.h"

using namespace portdesk;

// What may reach a terminal, and what may be stored as an OrderId (issue 12 §5).
class TestControlChars : public QObject
{
    Q_OBJECT
private slots:
    void classifies()
    {
        for (char32_t c : {0x00u, 0x07u, 0x0Au, 0x1Bu, 0x7Fu, 0x85u, 0x9Bu, 0xADu, 0x200Bu, 0x200Eu, 0x200Fu, 0x202Au,
                           0x202Eu, 0x2066u, 0x2069u, 0x2028u, 0xFEFFu, 0xD800u, 0xE0001u})
            QVERIFY2(isControlOrFormat(c), qPrintable(QString::number(uint(c), 16)));
        for (char32_t c : {0x20u, 0x41u, 0xE9u, 0x4E2Du, 0x1F600u, 0xA0u})
            QVERIFY2(!isControlOrFormat(c), qPrintable(QString::number(uint(c), 16)));
        QCOMPARE(uint(firstControlOrFormat(u"Jane\u202eeoD").value_or(0)), 0x202Eu);
        QVERIFY(firstControlOrFormat(QStringLiteral("Jane") + QChar(0)).has_value());
        QVERIFY(!firstControlOrFormat(u"Zoë Smith 😀").has_value());
    }

    void escapesForTheTerminal()
    {
        QCOMPARE(escapeControls(u"Pending\x1b[2J"), QStringLiteral("Pending\\x1b[2J"));
        QCOMPARE(escapeControls(u"a\nb\tc"), QStringLiteral("a\\nb\\tc"));
        QCOMPARE(escapeControls(u"x\u009b2Jy\u202e"), QStringLiteral("x\\x9b2Jy\\u202e"));
        QCOMPARE(escapeControls(u"Zoë 😀"), QStringLiteral("Zoë 😀")); // text stays text
    }

    void jsonStaysExact()
    {
        const QString hostile = QStringLiteral("Pending\x1b[2J\u202e\u0085 😀 ok");
        const QByteArray raw =
            QJsonDocument(QJsonObject{{QStringLiteral("Status"), hostile}}).toJson(QJsonDocument::Compact);
        const QByteArray safe = escapeControlsInJson(raw);
        for (const char *bad : {"\x1b", "\xe2\x80\xae", "\xc2\x85"})
            QVERIFY2(!safe.contains(bad), safe.constData());
        QVERIFY(safe.contains("\xf0\x9f\x98\x80")); // the emoji is not a control
        QCOMPARE(QJsonDocument::fromJson(safe).object().value(QStringLiteral("Status")).toString(), hostile);
    }

    void orderIdShape()
    {
        QVERIFY(isWellFormedOrderId(QStringLiteral("JNUOID-7f3a-01")));
        QVERIFY(isWellFormedOrderId(QString(kMaxOrderIdLength, QLatin1Char('A'))));
        QVERIFY(!isWellFormedOrderId(QString(kMaxOrderIdLength + 1, QLatin1Char('A'))));
        QVERIFY(!isWellFormedOrderId(QString()));
        QVERIFY(!isWellFormedOrderId(QStringLiteral("JNUOID-\x1b[2J")));
        QVERIFY(!isWellFormedOrderId(QStringLiteral("JNUOID 1")));
        QVERIFY(!isWellFormedOrderId(QStringLiteral("JNUOID-\u202e1")));
        QVERIFY(isLocalPlaceholderId(QStringLiteral("UNKNOWN-1234")));
        QVERIFY(!isLocalPlaceholderId(QStringLiteral("JNUOID-1")));
    }
};

QTEST_GUILESS_MAIN(TestControlChars)
#include "tst_controlchars.moc"
