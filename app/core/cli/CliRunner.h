#pragma once
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <functional>

#include "telegent/ApiError.h"

namespace portdesk {

class AppContext;

// portdesk-cli's commands on the shared AppContext (same client, budget, registry and rules as
// the GUI). One command per run; finished(code) carries the exit code:
//   0 ok, 2 usage or invalid input, 3 not eligible, 4 API error or partial failure,
//   5 authentication failed, 6 network error or outcome unknown, 7 order database (storage)
//   error: what it could not record was not sent, 8 stopped by a signal before every row was sent.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    enum Exit { Ok = 0, Usage = 2, NotEligible = 3, ApiFailure = 4, AuthFailure = 5, NetworkOrUnknown = 6,
                Storage = 7, Interrupted = 8 };

    CliRunner(AppContext *context, QTextStream &out, QTextStream &err, bool json, QObject *parent = nullptr);
    // args: the command and its arguments, e.g. {"status", "JNUOID-..."}
    void run(const QStringList &args);
    static int exitFor(const ApiError &error);
    static QString usage();
    // SIGINT/SIGTERM (the first one): a batch stops feeding rows, lets the ones on their way finish
    // and be recorded, reports what was and was not sent and ends with Interrupted; `watch` ends.
    void interrupt();
    // Where the CLI keeps the pending batch of a CSV file (PendingBatchStore, no PIN): one per file.
    static QString batchPath(const QString &csvPath, bool training);

signals:
    void finished(int code);

private:
    void eligibility(const QStringList &args);
    void submit(const QStringList &args);
    void submitCsv(const QString &path, bool resume);
    void status(const QStringList &ids);
    void cancel(const QStringList &args);
    void update(const QStringList &args);
    void orders(const QStringList &args);
    void watch(const QStringList &args);
    // An unknown-outcome submit: attach the OrderId found for it, or close it as never received.
    void resolve(const QStringList &args);
    // status/cancel/update get Telegent's ids only: not a malformed one (it would be recorded),
    // not the registry's UNKNOWN-... ids (they go to resolve). True when refused (and reported).
    bool refusePlaceholder(const QString &orderId);
    // Sends an update or cancel through OrderActions and reports its answer.
    void runAction(const QString &orderId, const QString &status, const std::function<void()> &start);
    void fail(int code, const QString &message);
    void done(int code);
    void printTable(const QStringList &header, const QList<QStringList> &rows);
    // Every line of output that carries text from the server or the registry goes through these:
    // control characters are written out, never sent to the terminal.
    void printJson(const QJsonDocument &doc);

    AppContext *m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    std::function<void()> m_stop; // what interrupt() does for the running command
};

} // namespace portdesk
