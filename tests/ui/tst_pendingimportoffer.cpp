#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "PendingImportOffer.h"
#include "bulk/BulkImport.h"
#include "bulk/PendingBatchStore.h"
#include "common/Translations.h"

using namespace portdesk;

// The start-up offer of the rows an earlier CSV import left unsent: asked once, Resume asks for
// the resume, Later keeps the rows for the Orders view to offer.
class TestPendingImportOffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A store holding two rows of "left.csv" never sent.
    QString storeWithUnsentRows(const QString &name)
    {
        const QString store = m_dir.filePath(name);
        PendingBatch batch;
        batch.sourcePath = m_dir.filePath(QStringLiteral("left.csv"));
        batch.rows = {{1, QStringLiteral("+18015554401"), BulkRow::State::Ready, {}, {}},
                      {2, QStringLiteral("+18015554402"), BulkRow::State::Ready, {}, {}}};
        if (!PendingBatchStore(store).save(batch))
            qFatal("cannot write %s", qPrintable(store));
        return store;
    }

    static QAbstractButton *button(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); } // "2 rows", as the desk shows it

    void offeredOnce()
    {
        const QString store = storeWithUnsentRows(QStringLiteral("once.json"));
        QWidget window;
        ui::PendingImportOffer offer(&window);
        QVERIFY(offer.offerOnce(store));
        QCOMPARE(window.findChildren<QMessageBox *>().size(), 1);
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("2 rows of left.csv were not sent")), qPrintable(box->text()));
        // Asked again (the wizard's page attached again, say): nothing more.
        QVERIFY(!offer.offerOnce(store));
        QCOMPARE(window.findChildren<QMessageBox *>().size(), 1);
        // A switch to the other mode offers that mode's rows once too.
        offer.rearm();
        QVERIFY(offer.offerOnce(store));
        QCOMPARE(window.findChildren<QMessageBox *>().size(), 2);
    }

    void nothingUnsentAsksNothing()
    {
        QWidget window;
        ui::PendingImportOffer offer(&window);
        QVERIFY(!offer.offerOnce(m_dir.filePath(QStringLiteral("none.json"))));
        QVERIFY(!window.findChild<QMessageBox *>());
    }

    void resumeAsksForTheResume()
    {
        const QString store = storeWithUnsentRows(QStringLiteral("resume.json"));
        QWidget window;
        ui::PendingImportOffer offer(&window);
        QSignalSpy resumed(&offer, &ui::PendingImportOffer::resumeRequested);
        QVERIFY(offer.offerOnce(store));
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QAbstractButton *resume = button(box, ui::PendingImportOffer::tr("Res&ume"));
        QVERIFY(resume);
        QCOMPARE(box->defaultButton(), resume); // Enter resumes
        resume->click();
        QCOMPARE(resumed.count(), 1);
    }

    void laterKeepsTheBatch()
    {
        const QString store = storeWithUnsentRows(QStringLiteral("later.json"));
        QWidget window;
        ui::PendingImportOffer offer(&window);
        QSignalSpy resumed(&offer, &ui::PendingImportOffer::resumeRequested);
        QVERIFY(offer.offerOnce(store));
        QPointer<QMessageBox> box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QAbstractButton *later = button(box, ui::PendingImportOffer::tr("&Later"));
        QVERIFY(later);
        later->click();
        QTRY_VERIFY(!box); // closed (and deleted)
        QCOMPARE(resumed.count(), 0);
        QVERIFY(QFile::exists(store));
        QCOMPARE(BulkImport::pendingBatch(store).pendingCount(), 2);
    }
};

QTEST_MAIN(TestPendingImportOffer)
#include "tst_pendingimportoffer.moc"
