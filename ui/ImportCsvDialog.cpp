#include "ImportCsvDialog.h"
#include "ui_ImportCsvDialog.h"

#include "StatusColors.h"
#include "bulk/BulkImport.h"
#include "bulk/BulkRowsModel.h"
#include "bulk/BulkSubmission.h"
#include "domain/PortInCsv.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>

#include <algorithm>

namespace portdesk::ui {

namespace {
// Rows that will not be sent stand out in the Check column; results are coloured like orders.
class ImportRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = BulkRow::State(index.data(BulkRowsModel::StateRole).toInt());
        const bool refused = state == BulkRow::State::Invalid || state == BulkRow::State::Refused;
        std::optional<StatusGroup> group;
        if (index.column() == BulkRowsModel::Check && refused)
            group = StatusGroup::NeedsAction;
        if (index.column() == BulkRowsModel::Result) {
            switch (state) {
            case BulkRow::State::Submitted:
                group = StatusGroup::Completed;
                break;
            case BulkRow::State::Failed:
            case BulkRow::State::Invalid:
            case BulkRow::State::Refused:
                group = StatusGroup::NeedsAction;
                break;
            case BulkRow::State::Unknown:
                group = StatusGroup::Unknown;
                break;
            case BulkRow::State::Sending:
                group = StatusGroup::Open;
                break;
            case BulkRow::State::Ready:
                break;
            }
        }
        if (group) {
            option->palette.setColor(QPalette::Text, statusColor(*group, option->palette));
            option->font.setBold(true);
        }
        if (state == BulkRow::State::Unknown)
            option->font.setItalic(true);
    }
};
} // namespace

ImportCsvDialog::ImportCsvDialog(TelegentClient *client, OrderRegistry *registry, Clock *clock, const QString &who,
                                 QWidget *parent, const QString &storePath)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportCsvDialog>()),
      m_import(new BulkImport(client, registry, clock, who, storePath, this)), m_budgetTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("One port-in per row, with the header %1. Every row is checked first; rows with errors are "
           "shown with the reason and never sent.")
            .arg(PortInCsv::columns().join(QStringLiteral(", "))));
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->detailLabel->setTextFormat(Qt::PlainText); // quotes the file and the server
    m_ui->budgetLabel->setTextFormat(Qt::PlainText);
    m_ui->table->setModel(m_import->model());
    m_ui->table->setItemDelegate(new ImportRowDelegate(this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->setAccessibleName(tr("Rows of the file"));
    // Wide enough for a whole OrderId (JNUOID- and a UUID); the message takes the rest. The
    // authorization shows its start (its whole text in the tooltip: a signed file's SHA-256).
    const std::pair<int, int> widths[] = {{BulkRowsModel::Row, 45},         {BulkRowsModel::Number, 115},
                                          {BulkRowsModel::Subscriber, 125}, {BulkRowsModel::Consent, 180},
                                          {BulkRowsModel::Check, 130},      {BulkRowsModel::Result, 200},
                                          {BulkRowsModel::OrderId, 320}};
    for (const auto &[column, width] : widths)
        m_ui->table->setColumnWidth(column, width);
    // The Result column holds the whole longest state in this language ("Outcome unknown: ...").
    int resultWidth = 0;
    for (int s = int(BulkRow::State::Invalid); s <= int(BulkRow::State::Refused); ++s) {
        BulkRow sample;
        sample.state = BulkRow::State(s);
        resultWidth =
            std::max(resultWidth, m_ui->table->fontMetrics().horizontalAdvance(BulkRowsModel::stateText(sample)));
    }
    m_ui->table->setColumnWidth(BulkRowsModel::Result, std::max(200, resultWidth + 16));
    m_ui->progressBar->setAccessibleName(tr("Rows sent"));
    m_ui->progressBar->hide();
    m_ui->submitButton->setDefault(true);

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportCsvDialog::chooseFile);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ImportCsvDialog::submit);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ImportCsvDialog::stop);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportCsvDialog::reject);
    connect(m_import, &BulkImport::progress, this, &ImportCsvDialog::refresh);
    connect(m_import, &BulkImport::finished, this, &ImportCsvDialog::onFinished);
    connect(m_import, &BulkImport::storageFailed, this, [this](const QString &message) {
        m_error = message;
        refresh();
    });
    // The selected row's message, for keyboard users (a tooltip needs the mouse).
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportCsvDialog::refresh);
    connect(m_import->model(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_ui->table->currentIndex().row())
            refresh();
    });
    m_budgetTimer->setInterval(1000);
    connect(m_budgetTimer, &QTimer::timeout, this, &ImportCsvDialog::refreshBudgetHint);
    resize(1280, 640);
    refresh();
}

ImportCsvDialog::~ImportCsvDialog()
{
    // The desk is closing: rows on their way are recorded as unknown outcomes by the import, while
    // nothing of this half-destroyed dialog listens any more.
    m_budgetTimer->stop();
    m_import->disconnect(this);
    m_import->model()->disconnect(this);
    m_ui->table->setModel(nullptr);
    delete m_import;
}

void ImportCsvDialog::chooseFile()
{
    const int unsent = m_ran && m_awaitingFileFor.isEmpty() ? m_import->readyCount() : 0;
    if (unsent > 0 &&
        QMessageBox::question(this, tr("Unsent rows"),
                              tr("%n row(s) of this file were not sent. Another file replaces them: they are "
                                 "forgotten. Choose another file anyway?",
                                 nullptr, unsent)) != QMessageBox::Yes)
        return;
    const QString start = m_awaitingFileFor.isEmpty() ? m_ui->fileEdit->text() : m_awaitingFileFor.sourcePath;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import port-ins"), start, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportCsvDialog::openFile(const QString &path)
{
    if (m_import->isRunning())
        return false;
    m_error.clear();
    bool ok = false;
    if (!m_awaitingFileFor.isEmpty()) {
        ok = m_import->resume(m_awaitingFileFor, path, false, &m_error) == BulkImport::Resume::Ok;
        if (ok)
            m_awaitingFileFor = {};
    } else {
        ok = m_import->load(path, &m_error);
        m_ran = false;
    }
    if (ok) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(m_import->sourcePath()));
        m_ui->progressBar->hide();
        if (m_import->model()->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_import->model()->index(0, 0));
    }
    refresh();
    return ok;
}

void ImportCsvDialog::resumePending(const PendingBatch &batch)
{
    if (batch.isEmpty() || m_import->isRunning())
        return;
    m_error.clear();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(batch.sourcePath));
    QString why;
    if (m_import->resume(batch, batch.sourcePath, true, &why) == BulkImport::Resume::Ok) {
        if (m_import->model()->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_import->model()->index(0, 0));
        refresh();
        return;
    }
    // Moved or edited: the PINs must come from a file the agent points at, row by row.
    m_awaitingFileFor = batch;
    m_error = tr("%1 Choose the file again: each row not sent yet is taken from it only when its row number "
                 "and number are unchanged.")
                  .arg(why);
    refresh();
}

void ImportCsvDialog::submit()
{
    if (m_import->isRunning() || m_import->readyCount() == 0)
        return;
    m_error.clear();
    m_ran = true;
    m_import->submit();
    m_ui->progressBar->show();
    m_budgetTimer->start();
    refresh();
    m_ui->stopButton->setFocus();
}

void ImportCsvDialog::stop()
{
    m_import->cancel();
    refresh();
}

void ImportCsvDialog::onFinished()
{
    m_budgetTimer->stop();
    refresh();
    if (m_closeWhenStopped)
        QDialog::reject();
    else if (m_ui->submitButton->isEnabled())
        m_ui->submitButton->setFocus();
}

void ImportCsvDialog::reject()
{
    // Esc or Close while sending: stop feeding rows; the ones on their way finish, then close.
    // The rows not sent are kept and offered again.
    if (m_import->isRunning()) {
        m_closeWhenStopped = true;
        stop();
        return;
    }
    QDialog::reject();
}

void ImportCsvDialog::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportCsvDialog::refreshBudgetHint()
{
    const qint64 wait = m_import->isRunning() ? m_import->budgetWaitMs() : 0;
    if (wait <= 0) {
        m_ui->budgetLabel->clear();
        m_ui->budgetLabel->hide();
        return;
    }
    const int seconds = int((wait + 999) / 1000);
    m_ui->budgetLabel->setText(
        tr("Waiting for the account's request budget: the next row goes in about %n second(s).", nullptr, seconds));
    m_ui->budgetLabel->show();
}

void ImportCsvDialog::refresh()
{
    const BulkRowsModel *model = m_import->model();
    const bool running = m_import->isRunning();
    const int ready = model->count(BulkRow::State::Ready);
    const int invalid = model->count(BulkRow::State::Invalid) + model->count(BulkRow::State::Refused);

    QString summary;
    if (model->rowCount() == 0) {
        summary = m_awaitingFileFor.isEmpty() ? tr("Choose a CSV file to check its rows.") : QString();
    } else if (!m_ran) {
        summary = tr("%1, %2").arg(tr("%n valid", nullptr, ready),
                                   tr("%n with errors \u2014 errors are not sent", nullptr, invalid));
        const int settled = model->count(BulkRow::State::Submitted) + model->count(BulkRow::State::Failed) +
                            model->count(BulkRow::State::Unknown);
        if (settled > 0) // a resumed batch: what happened before
            summary += QLatin1Char(' ') + tr("(%n already sent before)", nullptr, settled);
    } else {
        QStringList parts{tr("%n submitted", nullptr, model->count(BulkRow::State::Submitted))};
        if (const int failed = model->count(BulkRow::State::Failed))
            parts << tr("%n failed", nullptr, failed);
        if (const int unknown = model->count(BulkRow::State::Unknown))
            parts << tr("%n with an unknown outcome: check them in the orders view, never send them again", nullptr,
                        unknown);
        if (ready > 0 && !running)
            parts << tr("%n not sent", nullptr, ready);
        if (invalid > 0)
            parts << tr("%n with errors, not sent", nullptr, invalid);
        summary = parts.join(QStringLiteral(", "));
        if (running && m_import->submission()->isCancelled())
            summary = tr("Stopping: the rows already on their way finish first. %1").arg(summary);
        else if (running)
            summary =
                tr("Sending within the account's request budget; you can keep working meanwhile. %1").arg(summary);
    }
    if (!m_error.isEmpty())
        summary = summary.isEmpty() ? m_error : m_error + QLatin1Char('\n') + summary;
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setStyleSheet(
        m_error.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(alertColor().name()));

    const BulkRow *current = nullptr;
    if (const QModelIndex index = m_ui->table->currentIndex(); index.isValid())
        current = &model->rows().at(index.row());
    QString detail;
    if (current && !current->error.isEmpty())
        detail = tr("Row %1 (line %2): %3")
                     .arg(current->row)
                     .arg(current->line)
                     .arg(current->state == BulkRow::State::Invalid ? current->problems.join(QStringLiteral("; "))
                                                                    : current->error);
    m_ui->detailLabel->setText(detail);
    m_ui->detailLabel->setVisible(!detail.isEmpty());

    const int total = m_import->toSendCount();
    const int done = m_import->sentCount();
    m_ui->progressBar->setRange(0, std::max(1, total));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(tr("%1 of %2 sent").arg(done).arg(total));

    m_ui->chooseButton->setEnabled(!running);
    m_ui->stopButton->setEnabled(running && !m_import->submission()->isCancelled());
    m_ui->submitButton->setEnabled(!running && ready > 0);
    if (ready == 0 || running)
        m_ui->submitButton->setText(tr("&Submit valid rows"));
    else if (m_ran)
        m_ui->submitButton->setText(tr("&Send the %n remaining row(s)", nullptr, ready));
    else
        m_ui->submitButton->setText(tr("&Submit %n valid row(s)", nullptr, ready));
    refreshBudgetHint();
}

} // namespace portdesk::ui
