// The signed letter an agent attaches: a real PDF, PNG and JPEG are accepted with their SHA-256;
// a file that is not what its name says, an empty one, a too large one and a missing one are
// refused with words that say why.
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include "authorization/SignedLoaFile.h"

using namespace portdesk;

namespace {
QByteArray pdfBytes()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Signed: Ann Example"));
    }
    return bytes;
}

QByteArray imageBytes(const char *format)
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestSignedLoaFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString put(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acceptsPdfPngAndJpegWithTheirHash_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << QStringLiteral("signed-loa.pdf") << pdfBytes() << QStringLiteral("pdf");
        QTest::newRow("PDF in capitals") << QStringLiteral("SCAN.PDF") << pdfBytes() << QStringLiteral("pdf");
        QTest::newRow("png") << QStringLiteral("photo.png") << imageBytes("PNG") << QStringLiteral("png");
        QTest::newRow("jpg") << QStringLiteral("photo.jpg") << imageBytes("JPEG") << QStringLiteral("jpeg");
        QTest::newRow("jpeg") << QStringLiteral("photo.Jpeg") << imageBytes("JPEG") << QStringLiteral("jpeg");
    }
    void acceptsPdfPngAndJpegWithTheirHash()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QVERIFY(!bytes.isEmpty());
        const SignedLoaFile::Check c = SignedLoaFile::check(put(name, bytes));
        QVERIFY2(c.ok, qPrintable(c.error));
        QVERIFY(c.error.isEmpty());
        QCOMPARE(c.fileName, name);
        QCOMPARE(c.type, type);
        QCOMPARE(c.size, bytes.size());
        QCOMPARE(c.content, bytes);
        QCOMPARE(c.sha256Hex, sha256Hex(bytes));
        QCOMPARE(c.sha256Hex.size(), 64);

        // The same bytes from the team database, under the name they were attached with.
        const SignedLoaFile::Check again = SignedLoaFile::fromBytes(bytes, name);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.sha256Hex, c.sha256Hex);
        QCOMPARE(again.type, type);
    }

    void theHashIsSha256OfTheFile()
    {
        // A fixed input and its digest as `printf '%PDF-1.4\n' | sha256sum` gives it.
        const SignedLoaFile::Check c =
            SignedLoaFile::fromBytes(QByteArrayLiteral("%PDF-1.4\n"), QStringLiteral("a.pdf"));
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.sha256Hex, QByteArrayLiteral("e5c62df5dab5c87b6a015ef3d43597074d1eec433b15f51aec63b8582d0e4ab4"));
    }

    void aFileThatIsNotWhatItsNameSaysIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said"); // what the message must name
        QTest::newRow("png named .pdf") << QStringLiteral("scan.pdf") << imageBytes("PNG") << QStringLiteral("PNG");
        QTest::newRow("jpeg named .png") << QStringLiteral("scan.png") << imageBytes("JPEG") << QStringLiteral("JPEG");
        QTest::newRow("pdf named .jpg") << QStringLiteral("scan.jpg") << pdfBytes() << QStringLiteral("PDF");
        QTest::newRow("text named .pdf") << QStringLiteral("letter.pdf")
                                         << QByteArrayLiteral("I authorize the port.\nAnn\n") << QStringLiteral("text");
        QTest::newRow("program named .pdf")
            << QStringLiteral("invoice.pdf") << QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00\x04\x00")
            << QStringLiteral("program");
        QTest::newRow("unknown bytes named .pdf")
            << QStringLiteral("blob.pdf") << QByteArrayLiteral("\x00\x01\x02\x03garbage")
            << QStringLiteral("PDF, PNG or JPEG");
        QTest::newRow("pdf with no extension") << QStringLiteral("scan") << pdfBytes() << QStringLiteral(".pdf");
        QTest::newRow("pdf named .exe") << QStringLiteral("scan.exe") << pdfBytes() << QStringLiteral(".pdf");
    }
    void aFileThatIsNotWhatItsNameSaysIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        for (const SignedLoaFile::Check &c :
             {SignedLoaFile::check(put(name, bytes)), SignedLoaFile::fromBytes(bytes, name)}) {
            QVERIFY(!c.ok);
            QVERIFY2(c.error.contains(name), qPrintable(c.error));
            QVERIFY2(c.error.contains(said), qPrintable(c.error));
            QVERIFY(c.content.isEmpty());
            QVERIFY(c.sha256Hex.isEmpty());
        }
    }

    void anEmptyFileIsRefused()
    {
        const SignedLoaFile::Check c = SignedLoaFile::check(put(QStringLiteral("signed.pdf"), {}));
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("signed.pdf is empty")), qPrintable(c.error));
        QCOMPARE(c.size, 0);
    }

    void aFileOverTheLimitIsRefusedNamingTheLimit()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n");
            QVERIFY(file.resize(11 * 1024 * 1024)); // sparse: nothing is written
        }
        const SignedLoaFile::Check c = SignedLoaFile::check(path);
        QVERIFY(!c.ok);
        QCOMPARE(c.size, 11 * 1024 * 1024);
        QVERIFY2(c.error.contains(QStringLiteral("10 MB")), qPrintable(c.error));
        QVERIFY(c.content.isEmpty());

        // Just over the limit in memory (the team database), and exactly at it.
        QByteArray over(SignedLoaFile::kMaxBytes + 1, ' ');
        over.replace(0, 5, "%PDF-");
        const SignedLoaFile::Check overLimit = SignedLoaFile::fromBytes(over, QStringLiteral("big.pdf"));
        QVERIFY(!overLimit.ok);
        QVERIFY2(overLimit.error.contains(QStringLiteral("10 MB")), qPrintable(overLimit.error));
        over.chop(1);
        QVERIFY(SignedLoaFile::fromBytes(over, QStringLiteral("big.pdf")).ok);
    }

    void aMissingFileOrAFolderIsRefused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("not-there.pdf"));
        const SignedLoaFile::Check c = SignedLoaFile::check(missing);
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("not-there.pdf")) &&
                     c.error.contains(QStringLiteral("does not exist")),
                 qPrintable(c.error));

        const SignedLoaFile::Check folder = SignedLoaFile::check(m_dir.path());
        QVERIFY(!folder.ok);
        QVERIFY2(folder.error.contains(QStringLiteral("folder")), qPrintable(folder.error));
    }
};

QTEST_MAIN(TestSignedLoaFile)
#include "tst_signedloafile.moc"
