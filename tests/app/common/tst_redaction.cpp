#include <QLoggingCategory>
#include <QTest>

#include "common/Redaction.h"

using namespace portdesk;

namespace {
QStringList captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void registeredSecretsAreMasked()
    {
        redaction::registerSecret(QStringLiteral("s3cr3t-account-secret"));
        redaction::registerSecret(QStringLiteral("918273"));
        const QString out = redaction::redact(QStringLiteral("secret=s3cr3t-account-secret pin 918273 order 123"));
        QVERIFY(!out.contains(QLatin1String("s3cr3t")));
        QVERIFY(!out.contains(QLatin1String("918273")));
        QVERIFY(out.contains(QLatin1String("order 123"))); // the rest stays readable
        QCOMPARE(out.count(QLatin1String(redaction::kMask)), 2);
    }

    void longestSecretWins()
    {
        redaction::registerSecret(QStringLiteral("abcd"));
        redaction::registerSecret(QStringLiteral("abcdefgh"));
        QCOMPARE(redaction::redact(QStringLiteral("x abcdefgh y")), QStringLiteral("x [redacted] y"));
    }

    void tooShortToRegister()
    {
        redaction::registerSecret(QStringLiteral("12"));
        QCOMPARE(redaction::redact(QStringLiteral("12 orders")), QStringLiteral("12 orders"));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("jwt") << "token eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3NjcyMjU5MDB9.c2lnbmF0dXJlLXZhbHVl ok"
                             << "eyJhbGciOiJIUzI1NiJ9";
        QTest::newRow("bearer") << "Authorization: Bearer abc.def-ghi" << "abc.def-ghi";
        QTest::newRow("json secret") << R"({"AccountKey":"DID-1","AccountSecret":"never-registered"})" << "never-registered";
        QTest::newRow("json pin") << R"({"CurrentAccountPassword" : "unregistered-pin"})" << "unregistered-pin";
        QTest::newRow("json token any case") << R"({"Token":"opaque-token-value"})" << "opaque-token-value";
    }
    void patterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        const QString out = redaction::redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY(out.contains(QLatin1String(redaction::kMask)));
    }

    void nothingToHideIsUnchanged()
    {
        const QString line = QStringLiteral("GET /numbers/order -> 200 try 1 3 ms");
        QCOMPARE(redaction::redact(line), line);
    }

    void messageHandlerRedactsEveryLine()
    {
        qInstallMessageHandler(capture); // stands for the default handler
        redaction::installMessageHandler();
        redaction::registerSecret(QStringLiteral("handler-secret-77"));
        qInfo("log line with handler-secret-77 inside");
        qWarning() << "and Bearer eyJabcdefg.eyJhijklmn.opqrstuvw";
        QCOMPARE(captured.size(), 2);
        QVERIFY(!captured.join(QLatin1Char('\n')).contains(QLatin1String("handler-secret-77")));
        QVERIFY(!captured.join(QLatin1Char('\n')).contains(QLatin1String("eyJabcdefg")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
