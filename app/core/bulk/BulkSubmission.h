#pragma once
#include <QHash>
#include <QList>
#include <QObject>

#include "BulkRow.h"
#include "telegent/ApiError.h"
#include "telegent/RateBudget.h"

namespace portdesk {

class Clock;
class OrderRegistry;
class SendJournal;
class SubmitPortIn;
class TelegentClient;

// What became of one sent row.
struct BulkResult
{
    int row = 0;
    QString number;                                // E.164, as sent
    BulkRow::State state = BulkRow::State::Failed; // Submitted, Failed or Unknown
    QString orderId;                               // Telegent's, or the registry's UNKNOWN-... id
    QString status;
    ApiError error;
};

// Sends valid port-in rows through the client - the same budget, retries and token as every
// other request - a few at a time, so the scheduler is never flooded and a cancel takes effect
// at once: cancel() stops feeding rows, the ones already on their way finish and are reported.
// Every row goes through SendJournal: its intent is written (and its number claimed) before it is
// sent - a row whose intent cannot be written is not sent and fails with a Storage error - and its
// answer is recorded before anything else is done with it; a row sent without a usable answer is
// recorded as an unknown outcome and never sent again. Each row carries the customer's
// authorization into its write-ahead and the order's history; a row whose signed LOA cannot be
// read again as checked, or kept, is not sent. The CLI's
// `submit FILE.csv` and the GUI's import both run on it.
class BulkSubmission : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        int row = 0;
        PortInRequest request;       // normalised (validateBulkRows)
        Authorization authorization; // the customer's, recorded with whatever the answer creates
        QString loaPath;             // its signed file, kept by the registry just before the send
    };

    BulkSubmission(TelegentClient *client, OrderRegistry *registry, Clock *clock, QString who,
                   QObject *parent = nullptr);
    // Abandons what is still on its way (see abandon()).
    ~BulkSubmission() override;

    // Rows sent at the same time. Small, so that cancel stops the batch promptly and other work
    // of the desk gets its turn in the scheduler between rows.
    void setMaxInFlight(int rows) { m_maxInFlight = std::max(1, rows); }
    int maxInFlight() const { return m_maxInFlight; }
    // Interactive for the CLI (it has nothing else to do); the GUI sends in the background share
    // of the budget, so an agent's own eligibility check or submit never waits behind a batch.
    void setPriority(Priority priority) { m_priority = priority; }

    void start(const QList<Item> &items);
    // No row is sent from now on; rows on their way still finish and are reported.
    void cancel();
    // The desk is closing: every row on its way is recorded as an unknown outcome now (it may
    // have reached Telegent) and reported; nothing more is sent.
    void abandon();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_items.size()); }
    int finishedCount() const { return m_finished; }
    int inFlightCount() const { return int(m_inFlight.size()); }
    // Rows not handed to the client yet (what a cancel leaves unsent).
    QList<int> unsentRows() const;
    // While rows wait for the account's per-minute budget (or a 429 pause): how long until the
    // next request may go, in ms; 0 when nothing waits for the budget.
    qint64 budgetWaitMs() const;

signals:
    // Emitted just before the row is handed to the client: from here on it may reach Telegent.
    void rowSending(int row);
    void rowFinished(const portdesk::BulkResult &result);
    // Finished, cancelled and drained, or abandoned: nothing is on its way any more.
    void finished();

private:
    void feed();
    void onFinished(SubmitPortIn *op, int row);
    void finishIfDrained();
    SendJournal journalFor(int index) const;

    TelegentClient *m_client;
    OrderRegistry *m_registry;
    Clock *m_clock;
    QString m_who;
    int m_maxInFlight = 2;
    Priority m_priority = Priority::Interactive;
    QList<Item> m_items;
    int m_next = 0;
    int m_finished = 0;
    struct InFlight
    {
        int index = 0;     // in m_items
        qint64 intent = 0; // SendJournal's
    };
    QHash<SubmitPortIn *, InFlight> m_inFlight;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace portdesk

Q_DECLARE_METATYPE(portdesk::BulkResult)
