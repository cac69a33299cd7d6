#pragma once
#include <QDialog>
#include <memory>

#include "bulk/PendingBatchStore.h"

class QTimer;

namespace Ui {
class ImportCsvDialog;
}

namespace portdesk {
class BulkImport;
class Clock;
class OrderRegistry;
class TelegentClient;
} // namespace portdesk

namespace portdesk::ui {

// "Import CSV...": choose a file, see every row checked (a bad row with its field and message,
// never sent), send the valid rows in the background within the budget with a progress bar and
// a way to stop, and see each row's result. Rows not sent when the dialog or the desk closes are
// kept (without PINs) and offered again; resumePending() takes them up.
class ImportCsvDialog : public QDialog
{
    Q_OBJECT
public:
    ImportCsvDialog(TelegentClient *client, OrderRegistry *registry, Clock *clock, const QString &who,
                    QWidget *parent = nullptr, const QString &storePath = PendingBatchStore::defaultPath());
    ~ImportCsvDialog() override;

    BulkImport *import() const { return m_import; }
    // Reads and checks a file (the file chooser ends here). While a resume waits for the agent
    // to choose the file again, the rows of that file are matched to the saved ones instead.
    bool openFile(const QString &path);
    // Takes up a batch a previous session left: with the same file when it is unchanged,
    // otherwise the agent is asked to choose it again.
    void resumePending(const PendingBatch &batch);
    void submit();
    void stop();

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void refresh();
    void refreshBudgetHint();
    void onFinished();

    std::unique_ptr<Ui::ImportCsvDialog> m_ui;
    BulkImport *m_import;
    QTimer *m_budgetTimer;
    PendingBatch m_awaitingFileFor; // a resume waiting for the agent to choose the file again
    QString m_error;
    bool m_closeWhenStopped = false;
    bool m_ran = false;
};

} // namespace portdesk::ui
