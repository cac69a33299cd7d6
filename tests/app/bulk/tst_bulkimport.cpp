#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "BulkCsv.h"
#include "DeskFixture.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "bulk/PendingBatchStore.h"
#include "registry/AuthorizationRecords.h"
#include "registry/OrderRegistry.h"
#include "sandbox/SimulatorEngine.h"

using namespace portdesk;
using namespace portdesk::sandbox;
using namespace portdesk::test;

// The GUI's import without widgets: its table model, and the batch kept on disk without PINs
// so that rows not sent are offered again - from the same file, or one chosen again.
class TestBulkImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Five valid rows with PINs that appear nowhere else, and one row with an error.
    static QByteArray fiveRowsAndABadOne()
    {
        return bulkCsvHeader() + bulkCsvRow(4301, "731953") + bulkCsvRow(4302, "582046") +
               "801-555-4303,Verizon,4651234567,660917,PO Box 12,,Lehi,UT,84043,,mvno,PO Box,verbal:Test Agent\n" +
               bulkCsvRow(4304, "447120") + bulkCsvRow(4305, "390615") + bulkCsvRow(4306, "205738");
    }
    static QList<QByteArray> pins() { return {"731953", "582046", "660917", "447120", "390615", "205738"}; }

    // Loads, sends, and stops after the first answer: rows are left for a resume.
    static void sendFirstThenStop(DeskFixture &d, BulkImport &import)
    {
        bool finished = false;
        QObject::connect(&import, &BulkImport::finished, &import, [&finished] { finished = true; });
        QMetaObject::Connection stop = QObject::connect(&import, &BulkImport::progress, &import, [&import](int done) {
            if (done >= 1)
                import.cancel();
        });
        import.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QObject::disconnect(stop);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void modelShowsEachRowsCheck()
    {
        DeskFixture d;
        QVERIFY(writeFile(path(QStringLiteral("model.csv")), fiveRowsAndABadOne()));
        BulkImport import(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"),
                          path(QStringLiteral("model.json")));
        QAbstractItemModelTester tester(import.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(import.load(path(QStringLiteral("model.csv")), &error), qPrintable(error));
        const BulkRowsModel *m = import.model();
        QCOMPARE(m->rowCount(), 6);
        QCOMPARE(import.readyCount(), 5);
        QCOMPARE(import.invalidCount(), 1);
        QCOMPARE(m->index(2, BulkRowsModel::Row).data().toInt(), 3);
        QCOMPARE(m->index(2, BulkRowsModel::Check).data().toString(), QStringLiteral("Error: Street1"));
        QVERIFY(m->index(2, BulkRowsModel::Message).data().toString().contains(QLatin1String("Street1")));
        QVERIFY(m->index(2, BulkRowsModel::Number).data(Qt::ToolTipRole).toString().contains(QLatin1String("Street1")));
        QCOMPARE(m->index(0, BulkRowsModel::Check).data().toString(), QStringLiteral("OK"));
        QCOMPARE(m->index(0, BulkRowsModel::Number).data().toString(), QStringLiteral("(801) 555-4301"));
        QCOMPARE(m->index(0, BulkRowsModel::Result).data().toString(), QStringLiteral("Ready to send"));

        bool finished = false;
        connect(&import, &BulkImport::finished, this, [&finished] { finished = true; });
        import.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QCOMPARE(m->count(BulkRow::State::Submitted), 5);
        QVERIFY(m->index(0, BulkRowsModel::OrderId).data().toString().startsWith(QLatin1String("JNUOID-")));
        QVERIFY(m->index(0, BulkRowsModel::Result).data().toString().startsWith(QLatin1String("Submitted")));
        QCOMPARE(m->index(2, BulkRowsModel::Result).data().toString(), QStringLiteral("Not sent: fix the file"));
        // The bad row never left; a finished batch leaves nothing to offer.
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 5);
        QVERIFY(!d.f.simulator->engine()->orders().activeFor(QStringLiteral("+18015554303"), d.f.clock.nowMs()));
        QVERIFY(!QFile::exists(path(QStringLiteral("model.json"))));
    }

    // Issue 18 §3: every row needs the customer's authorization; a row without one, or with a
    // signed file that is not what its name says, is reported at its row and never sent, while
    // the others go out with theirs recorded in the order's history.
    void rowsWithoutAuthorizationAreReportedAndNotSent()
    {
        DeskFixture d;
        const QByteArray pdf = "%PDF-1.4\n% signed by Jane Doe\n%%EOF\n";
        QVERIFY(QDir().mkpath(path(QStringLiteral("auth/loa"))));
        QVERIFY(writeFile(path(QStringLiteral("auth/loa/4313.pdf")), pdf));
        QVERIFY(writeFile(path(QStringLiteral("auth/loa/4314.pdf")), QByteArray("\x89PNG\r\n\x1a\n") + "image"));
        const QString csv = path(QStringLiteral("auth/rows.csv"));
        QVERIFY(writeFile(csv, bulkCsvHeader() + bulkCsvRow(4311, "918273", "Jane Doe", "verbal:Ann Lee") +
                                   bulkCsvRow(4312, "918273", "Jane Doe", "") +
                                   bulkCsvRow(4313, "918273", "Jane Doe", "loa/4313.pdf") +
                                   bulkCsvRow(4314, "918273", "Jane Doe", "loa/4314.pdf")));
        BulkImport import(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"),
                          path(QStringLiteral("auth.json")));
        QString error;
        QVERIFY2(import.load(csv, &error), qPrintable(error));
        const BulkRowsModel *m = import.model();
        QCOMPARE(import.readyCount(), 2);
        QCOMPARE(m->index(1, BulkRowsModel::Check).data().toString(), QStringLiteral("Error: Authorization"));
        QVERIFY2(m->index(1, BulkRowsModel::Message)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("Authorization: No authorization")),
                 qPrintable(m->index(1, BulkRowsModel::Message).data().toString()));
        QCOMPARE(m->rowByNumber(2)->line, 3);
        QVERIFY2(m->index(3, BulkRowsModel::Message).data().toString().contains(QLatin1String("PNG")),
                 qPrintable(m->index(3, BulkRowsModel::Message).data().toString()));
        QVERIFY(m->index(0, BulkRowsModel::Consent).data().toString().contains(QLatin1String("Verbal")));
        QCOMPARE(m->headerData(BulkRowsModel::Consent, Qt::Horizontal).toString(), QStringLiteral("Authorization"));

        bool finished = false;
        connect(&import, &BulkImport::finished, this, [&finished] { finished = true; });
        import.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 2);
        for (const char *number : {"+18015554312", "+18015554314"})
            QVERIFY(!d.f.simulator->engine()->orders().activeFor(QString::fromLatin1(number), d.f.clock.nowMs()));

        const Authorization *verbal = d.registry.authorization(m->rowByNumber(1)->orderId);
        QVERIFY(verbal);
        QCOMPARE(verbal->kind, Authorization::Kind::Verbal);
        QCOMPARE(verbal->agent, QStringLiteral("Ann Lee"));
        QCOMPARE(verbal->accountHolder, QStringLiteral("Jane Doe"));
        QVERIFY(!verbal->scriptVersion.isEmpty());
        const Authorization *written = d.registry.authorization(m->rowByNumber(3)->orderId);
        QVERIFY(written);
        QCOMPARE(written->kind, Authorization::Kind::Written);
        QCOMPARE(written->fileName, QStringLiteral("4313.pdf"));
        QCOMPARE(AuthorizationRecords(&d.registry, QStringLiteral("agent1")).fileContent(written->fileSha256, &error),
                 pdf);
    }

    void unsentRowsAreKeptWithoutPinsReadableByTheUserOnly()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("keep.csv"));
        const QString store = path(QStringLiteral("keep.json"));
        QVERIFY(writeFile(csv, fiveRowsAndABadOne()));
        BulkImport import(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
        QString error;
        QVERIFY(import.load(csv, &error));
        sendFirstThenStop(d, import);
        const int sent = d.f.simulator->stats().perRoute.value(route::PortIn);
        QVERIFY(sent >= 1 && sent < 5);

        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &pin : pins())
            QVERIFY2(!bytes.contains(pin), bytes.constData());
        QVERIFY(!bytes.contains("CurrentAccountPassword"));
        QVERIFY(!bytes.contains("4651234567")); // nor anything else read from the file but the number
        QVERIFY(bytes.contains("+18015554306"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        const PendingBatch batch = BulkImport::pendingBatch(store);
        QCOMPARE(batch.pendingCount(), 5 - sent);
        QCOMPARE(QFileInfo(batch.sourcePath), QFileInfo(csv));
        QCOMPARE(batch.sourceSha256, PendingBatchStore::sha256Hex(fiveRowsAndABadOne()));
    }

    void resumeWithTheSameFileSendsTheRestOnce()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("same.csv"));
        const QString store = path(QStringLiteral("same.json"));
        QVERIFY(writeFile(csv, fiveRowsAndABadOne()));
        int sentBefore = 0;
        {
            BulkImport first(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
            QString error;
            QVERIFY(first.load(csv, &error));
            sendFirstThenStop(d, first);
            sentBefore = d.f.simulator->stats().perRoute.value(route::PortIn);
        }
        BulkImport next(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
        QString error;
        QCOMPARE(next.resume(BulkImport::pendingBatch(store), csv, true, &error), BulkImport::Resume::Ok);
        QCOMPARE(next.readyCount(), 5 - sentBefore);
        QCOMPARE(next.model()->count(BulkRow::State::Submitted), sentBefore); // shown, not sent again
        bool finished = false;
        connect(&next, &BulkImport::finished, this, [&finished] { finished = true; });
        next.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 5);
        QCOMPARE(d.f.simulator->engine()->orders().size(), 5);
        QCOMPARE(d.registry.count(), 5);
        QVERIFY(!QFile::exists(store)); // nothing left to offer
    }

    void aChangedFileIsMatchedRowByRow()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("changed.csv"));
        const QString store = path(QStringLiteral("changed.json"));
        QVERIFY(writeFile(csv, fiveRowsAndABadOne()));
        {
            BulkImport first(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
            first.submission()->setMaxInFlight(1);
            QString error;
            QVERIFY(first.load(csv, &error));
            sendFirstThenStop(d, first);
            QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 1);
        }
        // Edited since: row 5 now holds another number, row 4 a corrected PIN, row 6 a PO box.
        QVERIFY(writeFile(
            csv,
            bulkCsvHeader() + bulkCsvRow(4301, "731953") + bulkCsvRow(4302, "582046") +
                "801-555-4303,Verizon,4651234567,660917,PO Box 12,,Lehi,UT,84043,,mvno,PO Box,verbal:Test Agent\n" +
                bulkCsvRow(4304, "111222") + bulkCsvRow(4399, "390615") +
                "801-555-4306,Verizon,4651234567,205738,PO Box 12,,Lehi,UT,84043,,mvno,Jane Doe,verbal:Test Agent\n"));
        BulkImport next(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
        const PendingBatch batch = BulkImport::pendingBatch(store);
        QString error;
        QCOMPARE(next.resume(batch, csv, true, &error), BulkImport::Resume::FileChanged);
        QVERIFY(error.contains(QLatin1String("changed")));
        QCOMPARE(next.resume(batch, csv, false, &error), BulkImport::Resume::Ok);
        const BulkRowsModel *m = next.model();
        QCOMPARE(m->rowByNumber(1)->state, BulkRow::State::Submitted);
        QCOMPARE(m->rowByNumber(2)->state, BulkRow::State::Ready);
        QCOMPARE(m->rowByNumber(4)->state, BulkRow::State::Ready);
        QCOMPARE(m->rowByNumber(4)->request.currentAccountPassword, QStringLiteral("111222")); // from the file
        QCOMPARE(m->rowByNumber(5)->state, BulkRow::State::Refused);
        QVERIFY2(m->rowByNumber(5)->error.contains(QLatin1String("+18015554305")),
                 qPrintable(m->rowByNumber(5)->error));
        QCOMPARE(m->rowByNumber(6)->state, BulkRow::State::Refused);
        QVERIFY(m->rowByNumber(6)->error.contains(QLatin1String("Street1")));
        QVERIFY(!m->rowByNumber(3)); // never part of the batch

        bool finished = false;
        connect(&next, &BulkImport::finished, this, [&finished] { finished = true; });
        next.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 3); // rows 1, then 2 and 4
        QVERIFY(!d.f.simulator->engine()->orders().activeFor(QStringLiteral("+18015554399"), d.f.clock.nowMs()));
        // The refused rows stay on offer until the agent discards them.
        QCOMPARE(BulkImport::pendingBatch(store).pendingCount(), 2);
    }

    void rowsOnTheirWayAtAHardStopAreNeverOffered()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("crash.csv"));
        const QString store = path(QStringLiteral("crash.json"));
        QVERIFY(writeFile(csv, fiveRowsAndABadOne()));
        PendingBatch batch;
        batch.sourcePath = csv;
        batch.sourceSha256 = PendingBatchStore::sha256Hex(fiveRowsAndABadOne());
        batch.rows = {{1, QStringLiteral("+18015554301"), BulkRow::State::Sending, {}, {}},
                      {2, QStringLiteral("+18015554302"), BulkRow::State::Ready, {}, {}}};
        QVERIFY(PendingBatchStore(store).save(batch));
        BulkImport next(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"), store);
        QString error;
        QCOMPARE(next.resume(BulkImport::pendingBatch(store), csv, true, &error), BulkImport::Resume::Ok);
        QCOMPARE(next.model()->rowByNumber(1)->state, BulkRow::State::Unknown);
        const OrderRecord *unknown = d.registry.find(next.model()->rowByNumber(1)->orderId);
        QVERIFY(unknown && unknown->outcomeUnknown);
        QCOMPARE(next.readyCount(), 1);
        bool finished = false;
        connect(&next, &BulkImport::finished, this, [&finished] { finished = true; });
        next.submit();
        QVERIFY(d.f.runUntil([&] { return finished; }));
        QCOMPARE(d.f.simulator->stats().perRoute.value(route::PortIn), 1); // row 2 only
        QVERIFY(!QFile::exists(store));
    }

    void neverResumedAgainstAnotherAccount()
    {
        DeskFixture d;
        const QString csv = path(QStringLiteral("target.csv"));
        QVERIFY(writeFile(csv, fiveRowsAndABadOne()));
        PendingBatch batch;
        batch.sourcePath = csv;
        batch.sourceSha256 = PendingBatchStore::sha256Hex(fiveRowsAndABadOne());
        batch.target = QStringLiteral("DID-live@api.telegent.example");
        batch.rows = {{1, QStringLiteral("+18015554301"), BulkRow::State::Ready, {}, {}}};
        BulkImport next(d.f.client.get(), &d.registry, &d.f.clock, QStringLiteral("agent1"),
                        path(QStringLiteral("target.json")));
        QString error;
        QCOMPARE(next.resume(batch, csv, false, &error), BulkImport::Resume::WrongTarget);
        QVERIFY(error.contains(QLatin1String("DID-live@api.telegent.example")));
        QCOMPARE(next.readyCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
