#pragma once
// portdesk-cli submit [--resume] FILE: one request from a .json file, or a batch from a .csv
// file through the GUI's import (BulkImport), its pending rows kept on disk (no PIN) so that a
// stop leaves a list of what was not sent and --resume sends only those. Nothing is sent without
// the customer's authorization: a CSV row's Authorization column, or for a .json request
// --authorization verbal --by NAME or --loa FILE (bulk/BulkAuthorization reads both).
#include "CliCommand.h"

namespace portdesk {

class CliSubmit final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
    // Where the CLI keeps the pending batch of a CSV file (PendingBatchStore, no PIN): one per file.
    static QString batchPath(const QString &csvPath, bool training);

private:
    // One row's end: the OrderId Telegent gave, or why there is none; code: its exit code.
    struct Outcome
    {
        int row;
        QString number, orderId, status, error;
        int code = CliExit::Ok;
    };
    // The rows' table, or with --json their array (the answers' text escaped either way).
    void print(const QList<Outcome> &rows);
    void submitJson(const QString &path, const QString &authorization);
    void submitCsv(const QString &path, bool resume);
};

} // namespace portdesk
