#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

#include <cstring>

#include "common/Redaction.h"

using namespace portdesk;

namespace {
QStringList captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}
// The child of messageHandlerOutlivesStatics(): a line logged while the process exits, after
// the function-local statics created by the first redact() were destroyed - what Qt's plugin
// loaders do at exit under QT_DEBUG_PLUGINS=1.
struct LogsWhenDestroyed
{
    ~LogsWhenDestroyed() { qWarning("last line at exit, exit-secret-4711 and Bearer abc.def-ghi"); }
};

int logAtExit()
{
    static LogsWhenDestroyed last; // constructed before redact()'s statics: destroyed after them
    redaction::installMessageHandler();
    redaction::registerSecret(QStringLiteral("exit-secret-4711"));
    qWarning("first line, exit-secret-4711 and Bearer abc.def-ghi");
    return 0;
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
        QTest::newRow("bearer") << "Authorization: Bearer abc.def-ghi"
                                << "abc.def-ghi";
        QTest::newRow("json secret") << R"({"AccountKey":"DID-1","AccountSecret":"never-registered"})"
                                     << "never-registered";
        QTest::newRow("json pin") << R"({"CurrentAccountPassword" : "unregistered-pin"})"
                                  << "unregistered-pin";
        QTest::newRow("json token any case") << R"({"Token":"opaque-token-value"})"
                                             << "opaque-token-value";
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

    void messageHandlerOutlivesStatics()
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--log-at-exit")});
        QVERIFY(child.waitForFinished(30'000));
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit); // not killed by a signal at exit
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(err.contains(QLatin1String("last line at exit")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("exit-secret-4711")) && !err.contains(QLatin1String("abc.def-ghi")),
                 qPrintable(err)); // still redacted
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--log-at-exit") == 0)
        return logAtExit();
    QCoreApplication app(argc, argv);
    TestRedaction test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_redaction.moc"
