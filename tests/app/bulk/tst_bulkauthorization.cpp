#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "BulkCsv.h"
#include "authorization/VerbalScript.h"
#include "bulk/BulkAuthorization.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"
#include "registry/OrderRegistry.h"

using namespace portdesk;
using namespace portdesk::test;

// The Authorization cell of a bulk CSV (and the CLI's flags, written as one): each kind, the
// team's policy, the signed file checked by its content, and the copy kept just before a send.
class TestBulkAuthorization : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr qint64 kNow = 1'765'000'000'000;
    const QByteArray m_pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n";

    BulkAuthorization rule(AuthorizationPolicy policy = AuthorizationPolicy::VerbalAllowed) const
    {
        return BulkAuthorization(policy, QStringLiteral("builtin-1/en_US"), QStringLiteral("importer"), m_dir.path(),
                                 kNow);
    }
    QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, content);
        return path;
    }

private slots:
    void verbalNamesTheAgentAndTheScript()
    {
        const BulkAuthorization::Result r =
            rule().parse(QStringLiteral(" verbal: Ann Lee "), QStringLiteral("Jane Doe"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorization.kind, Authorization::Kind::Verbal);
        QCOMPARE(r.authorization.agent, QStringLiteral("Ann Lee"));
        QCOMPARE(r.authorization.accountHolder, QStringLiteral("Jane Doe"));
        QCOMPARE(r.authorization.scriptVersion, QStringLiteral("builtin-1/en_US"));
        QCOMPARE(r.authorization.atMs, kNow);
        QVERIFY(r.authorization.isRecorded());
        QVERIFY(r.path.isEmpty());
    }

    void verbalIsRefusedWhenTheTeamRequiresASignedLoa()
    {
        const BulkAuthorization::Result r =
            rule(AuthorizationPolicy::WrittenRequired).parse(QStringLiteral("verbal:Ann"), QStringLiteral("Jane Doe"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("requires a signed LOA")), qPrintable(r.error));
        // A signed LOA received by mail is still accepted.
        QVERIFY(rule(AuthorizationPolicy::WrittenRequired).parse(QStringLiteral("received:box 7"), {}).ok());
    }

    void theTeamsSettingsComeFromTheRegistry()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(m_dir.filePath(QStringLiteral("settings.sqlite")), &error), qPrintable(error));
        AuthorizationSettings settings(&registry);
        QVERIFY(settings.setScriptText(QStringLiteral("Do you agree to move {number}?"), &error));
        const BulkAuthorization::Result r = BulkAuthorization(&registry, QStringLiteral("importer"), {}, kNow)
                                                .parse(QStringLiteral("verbal:Ann"), QStringLiteral("Jane Doe"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorization.scriptVersion,
                 VerbalScript(QStringLiteral("Do you agree to move {number}?")).version());
        QVERIFY(r.authorization.scriptVersion.startsWith(QLatin1String("team-")));
        QVERIFY(settings.setPolicy(AuthorizationPolicy::WrittenRequired, &error));
        QVERIFY(!BulkAuthorization(&registry, QStringLiteral("importer"), {}, kNow)
                     .parse(QStringLiteral("verbal:Ann"), QStringLiteral("Jane Doe"))
                     .ok());
    }

    void aNameOrReferenceIsCheckedText_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QStringLiteral("verbal:  ") << QStringLiteral("verbal:Ann Lee");
        QTest::newRow("control") << QStringLiteral("verbal:Ann\x1b[2J") << QStringLiteral("U+001B");
        QTest::newRow("bidi") << QStringLiteral("verbal:Ann \u202eeeL") << QStringLiteral("U+202E");
        QTest::newRow("too long") << (QStringLiteral("verbal:") + QString(200, QLatin1Char('A')))
                                  << QStringLiteral("At most");
        QTest::newRow("no reference") << QStringLiteral("received:") << QStringLiteral("reference");
    }
    void aNameOrReferenceIsCheckedText()
    {
        QFETCH(QString, cell);
        QFETCH(QString, mentions);
        const BulkAuthorization::Result r = rule().parse(cell, QStringLiteral("Jane Doe"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(!r.error.contains(QChar(0x1b)) && !r.error.contains(QChar(0x202e)));
    }

    void receivedNamesItsReference()
    {
        const BulkAuthorization::Result r =
            rule().parse(QStringLiteral("Received:mail 2026-12-01"), QStringLiteral("Jane Doe"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorization.kind, Authorization::Kind::Written);
        QCOMPARE(r.authorization.reference, QStringLiteral("mail 2026-12-01"));
        QCOMPARE(r.authorization.agent, QStringLiteral("importer"));
        QVERIFY(r.authorization.fileSha256.isEmpty());
        QVERIFY(r.authorization.isRecorded());
    }

    void aSignedFileRelativeToTheCsvFolder()
    {
        file(QStringLiteral("loa/jane.pdf"), m_pdf);
        const BulkAuthorization::Result r = rule().parse(QStringLiteral("loa/jane.pdf"), QStringLiteral("Jane Doe"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorization.kind, Authorization::Kind::Written);
        QCOMPARE(r.authorization.fileName, QStringLiteral("jane.pdf"));
        QCOMPARE(r.authorization.fileSha256,
                 QString::fromLatin1(QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.path, m_dir.filePath(QStringLiteral("loa/jane.pdf")));
        // An absolute path is taken as it is.
        QVERIFY(BulkAuthorization(AuthorizationPolicy::WrittenRequired, {}, {}, QStringLiteral("/nonexistent"), kNow)
                    .parse(r.path, {})
                    .ok());
    }

    void aFileThatIsNotWhatItsNameSaysIsRefused()
    {
        file(QStringLiteral("scan.pdf"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(64, 'x'));
        const BulkAuthorization::Result png = rule().parse(QStringLiteral("scan.pdf"), QStringLiteral("Jane Doe"));
        QVERIFY(!png.ok());
        QVERIFY2(png.error.contains(QLatin1String("scan.pdf")) && png.error.contains(QLatin1String("PNG")),
                 qPrintable(png.error));
        const BulkAuthorization::Result missing = rule().parse(QStringLiteral("nowhere.pdf"), QStringLiteral("Jane"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("nowhere.pdf")), qPrintable(missing.error));
        QCOMPARE(missing.authorization.kind, Authorization::Kind::None);
    }

    void anEmptyCellIsNoAuthorization()
    {
        for (const QString &cell : {QString(), QStringLiteral("   ")}) {
            const BulkAuthorization::Result r = rule().parse(cell, QStringLiteral("Jane Doe"));
            QVERIFY(!r.ok());
            QVERIFY2(r.error.startsWith(QLatin1String("No authorization")) &&
                         r.error.contains(QLatin1String("not sent")),
                     qPrintable(r.error));
            QCOMPARE(r.authorization.kind, Authorization::Kind::None);
        }
    }

    // Just before a send: the file must still be the one checked; then the registry keeps it.
    void keepReadsTheFileAgainAndKeepsIt()
    {
        OrderRegistry registry;
        QString error;
        QVERIFY2(registry.openSqlite(m_dir.filePath(QStringLiteral("keep.sqlite")), &error), qPrintable(error));
        const QString path = file(QStringLiteral("keep/signed.pdf"), m_pdf);
        const BulkAuthorization::Result r = rule().parse(path, QStringLiteral("Jane Doe"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        bool storage = true;
        QVERIFY(BulkAuthorization::keep(&registry, QStringLiteral("importer"), {}, {}, kNow, &error, &storage));
        QVERIFY(!storage); // verbal or by reference: nothing to keep

        file(QStringLiteral("keep/signed.pdf"), m_pdf + "% changed\n");
        QVERIFY(!BulkAuthorization::keep(&registry, QStringLiteral("importer"), r.authorization, r.path, kNow, &error,
                                         &storage));
        QVERIFY2(error.contains(QLatin1String("changed")), qPrintable(error));
        QVERIFY(!storage);
        QVERIFY(AuthorizationRecords(&registry, QStringLiteral("importer"))
                    .fileContent(r.authorization.fileSha256, &error)
                    .isEmpty());

        file(QStringLiteral("keep/signed.pdf"), m_pdf);
        error.clear();
        QVERIFY2(BulkAuthorization::keep(&registry, QStringLiteral("importer"), r.authorization, r.path, kNow, &error,
                                         &storage),
                 qPrintable(error));
        QCOMPARE(
            AuthorizationRecords(&registry, QStringLiteral("importer")).fileContent(r.authorization.fileSha256, &error),
            m_pdf);
    }
};

QTEST_GUILESS_MAIN(TestBulkAuthorization)
#include "tst_bulkauthorization.moc"
