#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/Clock.h"
#include "domain/validation/FieldNames.h"
#include "wizard/DraftStore.h"
#include "wizard/SessionDraft.h"

using namespace portdesk;
using namespace portdesk::FieldName;

// When the draft is written (on the injected clock) and what it holds (never the PIN).
class TestSessionDraft : public QObject
{
    Q_OBJECT

    struct Draft
    {
        Draft() : store(dir.filePath(QStringLiteral("draft.json"))), draft(&clock) { draft.setStore(&store); }
        QTemporaryDir dir;
        ManualClock clock;
        DraftStore store;
        SessionDraft draft;
    };

private slots:
    void dueAPauseAfterTheLastChange()
    {
        Draft d;
        QSignalSpy due(&d.draft, &SessionDraft::due);
        d.draft.saveSoon();
        d.clock.advance(SessionDraft::kSaveDelayMs - 1);
        d.draft.saveSoon(); // another keystroke: the pause starts again
        d.clock.advance(SessionDraft::kSaveDelayMs - 1);
        QCOMPARE(due.size(), 0);
        QVERIFY(d.draft.isPending());
        d.clock.advance(1);
        QCOMPARE(due.size(), 1);
        QVERIFY(!d.draft.isPending());
        d.draft.saveSoon();
        d.draft.cancel();
        d.clock.advance(60'000);
        QCOMPARE(due.size(), 1);
    }

    void savedWithoutThePinAndReadBack()
    {
        Draft d;
        d.draft.save({{City, QStringLiteral("Lehi")}, {CurrentAccountPassword, QStringLiteral("PIN-918273")}},
                     QStringLiteral("account"));
        QFile file(d.store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("918273"));
        const SessionDraft::Saved saved = d.draft.load();
        QCOMPARE(saved.values, (QHash<QString, QString>{{City, QStringLiteral("Lehi")}}));
        QCOMPARE(saved.page, QStringLiteral("account"));
        QCOMPARE(saved.savedAtMs, d.clock.nowMs());
    }

    void noValuesDeletesTheDraft()
    {
        Draft d;
        d.draft.save({{City, QStringLiteral("Lehi")}}, {});
        QVERIFY(d.store.exists());
        d.draft.save({}, {});
        QVERIFY(!d.store.exists());
        QVERIFY(d.draft.load().values.isEmpty());
        d.draft.save({{City, QStringLiteral("Lehi")}}, {});
        d.draft.saveSoon();
        d.draft.remove(); // a new port-in: the file and the pending save go
        QVERIFY(!d.store.exists());
        QVERIFY(!d.draft.isPending());
    }

    void withoutAStoreNothingIsWritten()
    {
        Draft d;
        d.draft.setStore(nullptr);
        d.draft.save({{City, QStringLiteral("Lehi")}}, {});
        QVERIFY(!d.store.exists());
        QVERIFY(d.draft.load().values.isEmpty());
        d.draft.remove();
    }

    void aFailedWriteIsSaid()
    {
        Draft d;
        QFile blocker(d.dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftStore unwritable(blocker.fileName() + QStringLiteral("/draft.json"));
        d.draft.setStore(&unwritable);
        QSignalSpy failed(&d.draft, &SessionDraft::saveFailed);
        d.draft.save({{City, QStringLiteral("Lehi")}}, {});
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionDraft)
#include "tst_sessiondraft.moc"
