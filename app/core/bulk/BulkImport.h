#pragma once
#include <QObject>
#include <memory>

#include "BulkRow.h"
#include "PendingBatchStore.h"

namespace portdesk {

class BulkAuthorization;
class BulkRowsModel;
class BulkSubmission;
class Clock;
class OrderRegistry;
class TelegentClient;
struct BulkResult;

// One bulk import of the GUI: reads and checks a CSV file, sends its valid rows through a
// BulkSubmission, and keeps the pending batch on disk (without PINs) as each row moves on, so
// that rows not sent when the desk closes are offered again - and rows that may have reached
// Telegent never are.
class BulkImport : public QObject
{
    Q_OBJECT
public:
    BulkImport(TelegentClient *client, OrderRegistry *registry, Clock *clock, QString who,
               QString storePath = PendingBatchStore::defaultPath(), QObject *parent = nullptr);
    // Rows on their way are recorded as unknown outcomes; rows not sent stay in the store.
    ~BulkImport() override;

    BulkRowsModel *model() const { return m_model; }
    BulkSubmission *submission() const { return m_submission; }
    QString sourcePath() const { return m_batch.sourcePath; }

    // Reads and checks a file. False with *error when the file itself is unusable.
    bool load(const QString &path, QString *error);

    enum class Resume
    {
        Ok,
        FileChanged,
        Unreadable,
        WrongTarget
    };
    // Takes up the saved batch with the PINs of `path`. With sameFileOnly, a file whose hash
    // differs from the saved one is not used (FileChanged: ask the agent to choose it again);
    // otherwise each pending row must still be in it with the same row number and number, or it
    // is refused with a message. Rows that may have reached Telegent before a hard stop are
    // recorded as unknown outcomes here, never offered.
    Resume resume(const PendingBatch &batch, const QString &path, bool sameFileOnly, QString *error);

    int readyCount() const;
    int invalidCount() const;
    // Sends every Ready row. The batch is on disk before the first row goes.
    void submit();
    void cancel();
    bool isRunning() const;
    int sentCount() const;   // answered (either way) in this run
    int toSendCount() const; // in this run
    qint64 budgetWaitMs() const;

    // The saved batch of a previous session, if it still has rows to offer.
    static PendingBatch pendingBatch(const QString &storePath = PendingBatchStore::defaultPath());

signals:
    void progress(int done, int total);
    void finished();
    // The store could not be written: rows are still sent, but a crash would lose the list.
    void storageFailed(const QString &message);

private:
    void onSending(int row);
    void onFinished(const BulkResult &result);
    void onDrained();
    void save();
    QString target() const;
    bool readFile(const QString &path, QByteArray *bytes, QString *error) const;
    BulkAuthorization authorizationsFor(const QString &csvPath) const;

    TelegentClient *m_client;
    OrderRegistry *m_registry;
    Clock *m_clock;
    QString m_who;
    PendingBatchStore m_store;
    PendingBatch m_batch;
    BulkRowsModel *m_model;
    BulkSubmission *m_submission;
};

} // namespace portdesk
