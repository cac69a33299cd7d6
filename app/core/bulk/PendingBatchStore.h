#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

#include "BulkRow.h"

namespace portdesk {

// The bulk import in progress, as much as may reach disk: which file, a hash of it, and per row
// its number and how far it got. Never a PIN and never anything else read from the file: the
// PINs stay in the file the agent chose, which resume reads again.
struct PendingBatch
{
    struct Row
    {
        int row = 0;
        QString number;                               // E.164
        BulkRow::State state = BulkRow::State::Ready; // Ready = not sent yet; Sending = maybe sent
        QString orderId;
        QString message;
    };

    QString sourcePath;
    QByteArray sourceSha256; // hex
    QString target;          // AccountKey@host the rows go to: never resumed against another
    qint64 startedAtMs = 0;
    QList<Row> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    // Rows never handed to the client: the ones resume offers.
    int pendingCount() const;
    // Rows handed to the client whose answer was never recorded (the desk stopped hard).
    int interruptedCount() const;
    Row *find(int row);
};

// One file, written atomically on every change and readable by this user only (like the
// port-in draft). Removed when nothing of the batch is left to send.
class PendingBatchStore
{
public:
    // Training keeps its own file: a trainee's practice rows must never come back on a live desk.
    static QString defaultPath(bool training);
    static QString defaultPath() { return defaultPath(false); }
    explicit PendingBatchStore(QString path = defaultPath());
    static QByteArray sha256Hex(const QByteArray &bytes);

    bool save(const PendingBatch &batch, QString *error = nullptr);
    // The saved batch, or an empty one (no file, unreadable, or not ours).
    PendingBatch load() const;
    bool exists() const;
    void remove();
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace portdesk
