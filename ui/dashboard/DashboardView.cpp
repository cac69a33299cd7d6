#include "DashboardView.h"
#include "StatusColors.h"
#include "ThroughputChart.h"
#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "common/Modules.h"
#include "orders/AgeChart.h"
#include "registry/OrderRegistry.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk::ui {

namespace {

QTableWidget *figureTable(const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(70); // a header and a row or two, then it scrolls
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c)); // a long hint is cut at the column's edge
        if (c > 0 && !cells.at(c).isEmpty() && cells.at(c).at(0).isDigit())
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

// A figure in words ("Open: 2"). Its text is its accessible name, so a screen reader reads the
// figure itself, not a fixed name in its place.
QLabel *figureLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardView::DashboardView(OrderRegistry *registry, Clock *clock, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_clock(clock), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    // No scroll area: on a small screen the charts and tables shrink (the tables scroll inside
    // themselves), so no figure is ever below the window's edge where a screen reader still finds it.
    QWidget *content = this;
    auto *layout = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    m_asOf = figureLabel("asOfLabel", content);
    m_asOf->setWordWrap(true);
    top->addWidget(m_asOf, 1);
    m_exportButton = new QPushButton(tr("E&xport figures..."), content);
    m_exportButton->setObjectName(QStringLiteral("exportFiguresButton"));
    m_exportButton->setAccessibleName(tr("Export figures"));
    m_exportButton->setToolTip(tr("Save these figures as a CSV file"));
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    auto *summary = new QHBoxLayout;
    m_open = figureLabel("openLabel", content);
    m_overdue = figureLabel("overdueLabel", content);
    m_needsAction = figureLabel("needsActionLabel", content);
    m_median = figureLabel("medianLabel", content);
    m_median->setWordWrap(true);
    for (QLabel *label : {m_open, m_overdue, m_needsAction})
        summary->addWidget(label);
    summary->addWidget(m_median, 1);
    layout->addLayout(summary);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *charts = new QWidget(content);
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    buildCharts(charts);
    layout->addWidget(charts, 4);

    // Charts, then the tables that hold the same figures for the keyboard and the screen reader;
    // everything shrinks to fit a 1024x600 screen (the tables scroll inside themselves).
    m_daysTable = figureTable(tr("Port-ins per business day"), {tr("Day"), tr("Submitted"), tr("Completed")}, content);
    m_ageTable = figureTable(tr("Open orders by age"), {tr("Days open"), tr("Orders")}, content);
    m_agentsTable =
        figureTable(tr("Orders per agent"), {tr("Agent"), tr("Submitted"), tr("Open"), tr("Needs action")}, content);
    m_rejectionsTable = figureTable(tr("Rejection causes by carrier code"),
                                    {tr("Carrier code"), tr("Rejections"), tr("Orders"), tr("What to do")}, content);
    m_daysTable->setObjectName(QStringLiteral("daysTable"));
    m_ageTable->setObjectName(QStringLiteral("ageTable"));
    m_agentsTable->setObjectName(QStringLiteral("agentsTable"));
    const QString agentsNote =
        tr("Submitted: in the last %n business days. Open and needs action: now.", nullptr, TeamFigures::kDays);
    m_agentsTable->setAccessibleDescription(agentsNote);
    m_agentsTable->setToolTip(agentsNote);
    m_rejectionsTable->setObjectName(QStringLiteral("rejectionsTable"));
    for (QTableWidget *table : {m_daysTable, m_ageTable, m_agentsTable}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // whole dates, names
    }
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_daysTable, 3);
    tables->addWidget(m_ageTable, 2);
    tables->addWidget(m_agentsTable, 4);
    layout->addLayout(tables, 3);
    layout->addWidget(m_rejectionsTable, 2);

    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    // Every status answer may change a figure: recompute at most once a second.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // Hidden (another tab is in front), it costs nothing: it catches up when shown.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    // Not restarted by each change: a team's steady stream of answers must not postpone it forever.
    const auto schedule = [this] {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    };
    connect(registry, &OrderRegistry::ordersAdded, this, schedule);
    connect(registry, &OrderRegistry::ordersChanged, this, schedule);
    refresh();
    watchTheDate();
}

void DashboardView::buildCharts(QWidget *host)
{
    auto *layout = new QHBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    QString error;
    QObject *module = modules::load(QStringLiteral("charts"), &error);
    const auto *throughput = qobject_cast<ThroughputChartFactory *>(module);
    const auto *age = qobject_cast<AgeChartFactory *>(module);
    if (!throughput || !age) {
        auto *missing =
            new QLabel(tr("The charts are not available; the tables below hold every figure. %1").arg(error), host);
        missing->setWordWrap(true);
        missing->setTextFormat(Qt::PlainText);
        missing->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy into a support ticket
        layout->addWidget(missing);
        return;
    }
    m_throughputChart = throughput->createThroughputChart(host);
    m_ageChart = age->createAgeChart(host);
    for (QWidget *chart : {m_throughputChart->widget(), m_ageChart->widget()})
        chart->setMinimumHeight(100);
    layout->addWidget(m_throughputChart->widget(), 2);
    layout->addWidget(m_ageChart->widget(), 1);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_figures = TeamFigures::of(*m_registry, m_clock->nowUtc().toLocalTime().date());
    showFigures(m_figures);
}

void DashboardView::showFigures(const TeamFigures &f)
{
    const QLocale locale;
    const QString from = f.days.isEmpty() ? QString() : mediumDate(f.days.constFirst().date, locale);
    m_asOf->setText(tr("The team's orders in this registry, as of %1. Per day: the last %n business days, from %2.",
                       nullptr, int(f.days.size()))
                        .arg(locale.toString(f.today, QLocale::LongFormat), from));
    m_open->setText(tr("Open: %1").arg(locale.toString(f.open)));
    m_overdue->setText(tr("Overdue: %1").arg(locale.toString(f.overdue)));
    // Overdue stands out by colour and by its words, on light and dark palettes alike.
    m_overdue->setStyleSheet(
        f.overdue
            ? QStringLiteral("QLabel { color: white; background: %1; padding: 2px 6px; }").arg(alertColor().name())
            : QString());
    m_needsAction->setText(tr("Needs action: %1").arg(locale.toString(f.needsAction)));
    m_median->setText(
        f.medianBusinessDaysToComplete
            ? tr("Median time to complete: %1 business days (%n completed order(s))", nullptr, f.completed)
                  .arg(locale.toString(*f.medianBusinessDaysToComplete, 'g', 3))
            : tr("Median time to complete: none completed yet"));

    QStringList labels;
    QList<int> submitted, completed;
    m_daysTable->setRowCount(int(f.days.size()));
    // Newest first in the table (what a supervisor reads first); oldest first in the chart.
    for (int i = 0; i < f.days.size(); ++i) {
        const TeamFigures::Day &d = f.days.at(i);
        labels << dayAndMonth(d.date, locale); // words, never "12/4/26": US and Mexican agents read one day
        submitted << d.submitted;
        completed << d.completed;
        setRow(m_daysTable, int(f.days.size()) - 1 - i,
               {locale.toString(d.date, QStringLiteral("ddd ")) + mediumDate(d.date, locale),
                locale.toString(d.submitted), locale.toString(d.completed)});
    }
    m_ageTable->setRowCount(int(f.openByAge.size()));
    for (int i = 0; i < f.openByAge.size(); ++i)
        setRow(m_ageTable, i,
               {i == f.openByAge.size() - 1 ? tr("%1 or more").arg(locale.toString(i)) : locale.toString(i),
                locale.toString(f.openByAge.at(i))});
    m_rejectionsTable->setRowCount(int(f.rejections.size()));
    for (int i = 0; i < f.rejections.size(); ++i) {
        const TeamFigures::Rejection &r = f.rejections.at(i);
        setRow(m_rejectionsTable, i,
               {r.code.isEmpty() ? tr("(no code)") : r.code, locale.toString(r.events), locale.toString(r.orders),
                r.hint});
    }
    m_agentsTable->setRowCount(int(f.agents.size()));
    for (int i = 0; i < f.agents.size(); ++i) {
        const TeamFigures::Agent &a = f.agents.at(i);
        setRow(m_agentsTable, i,
               {a.name.isEmpty() ? tr("(not recorded)") : a.name, locale.toString(a.submitted), locale.toString(a.open),
                locale.toString(a.needsAction)});
    }
    if (m_throughputChart)
        m_throughputChart->setDays(labels, submitted, completed);
    if (m_ageChart)
        m_ageChart->setOpenByAge(f.openByAge);
}

void DashboardView::watchTheDate()
{
    const QDateTime now = m_clock->nowUtc().toLocalTime();
    const qint64 toMidnight = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_clock->callAfter(std::clamp<qint64>(toMidnight + 1000, 1000, 3'600'000), this, [this] {
        if (m_clock->nowUtc().toLocalTime().date() != m_figures.today)
            refresh();
        watchTheDate();
    });
}

void DashboardView::exportCsv(const QString &fileName)
{
    const QString path = fileName.isEmpty()
                             ? QFileDialog::getSaveFileName(this, tr("Export figures"),
                                                            QStringLiteral("team-figures.csv"), tr("CSV files (*.csv)"))
                             : fileName;
    if (path.isEmpty())
        return;
    refresh();            // the file holds what the tab shows at this moment
    QSaveFile file(path); // all or nothing: never a half-written export
    if (!file.open(QIODevice::WriteOnly) || file.write(m_figures.toCsv().toUtf8()) < 0 || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    showMessage(tr("Figures exported to %1.").arg(path), false);
}

void DashboardView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // White on the alert colour, not palette(bright-text): readable on dark palettes too.
    m_message->setStyleSheet(
        error ? QStringLiteral("QLabel { color: white; background: %1; padding: 4px; }").arg(alertColor().name())
              : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace portdesk::ui
