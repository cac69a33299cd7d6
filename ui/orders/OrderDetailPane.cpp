#include "OrderDetailPane.h"
#include "FieldFeedback.h"
#include "StatusColors.h"

#include "common/Clock.h"
#include "common/DisplayDates.h"
#include "domain/BusinessDays.h"
#include "domain/CarrierCodes.h"
#include "models/OrderTimelineModel.h"
#include "models/OrdersModel.h"
#include "registry/OrderNotes.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace portdesk::ui {

namespace {
QString dateTimeOf(qint64 ms)
{
    return mediumDateTime(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime());
}
} // namespace

OrderDetailPane::OrderDetailPane(OrderRegistry *registry, Clock *clock, const QString &who, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_clock(clock), m_who(who),
      m_timeline(new OrderTimelineModel(registry, this)), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_timelineView(new QTableView(this)), m_noteEdit(new QLineEdit(this)),
      m_addNote(new QPushButton(tr("&Add note"), this)), m_noteFeedback(new FieldFeedback(m_noteEdit, this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_pages->addWidget(m_placeholder);

    auto *story = new QWidget(this);
    auto *layout = new QVBoxLayout(story);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two facts a row, the long ones (status, authorization) across: a 1024x600 screen has room
    // for the table, the pane's actions, its facts, a few timeline rows and the note field.
    auto *facts = new QGridLayout;
    facts->setVerticalSpacing(2);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    layout->addLayout(facts);
    int row = 0;
    int column = 0;
    const auto add = [&](Fact fact, const QString &caption, bool wide = false) {
        addFact(fact, caption);
        auto *label = new QLabel(tr("%1:", "a fact's caption in the order's detail pane").arg(caption), story);
        label->setBuddy(m_facts.value(fact));
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (wide && column > 0) {
            ++row;
            column = 0;
        }
        facts->addWidget(label, row, column);
        facts->addWidget(m_facts.value(fact), row, column + 1, 1, wide ? 3 : 1);
        column = wide || column > 0 ? 0 : 2;
        row += column == 0 ? 1 : 0;
    };
    add(Fact::Number, tr("Number"));
    add(Fact::Subscriber, tr("Subscriber"));
    add(Fact::Carrier, tr("Carrier"));
    add(Fact::Agent, tr("Agent"));
    add(Fact::Status, tr("Status"), true);
    add(Fact::Submitted, tr("Submitted"));
    add(Fact::DueDate, tr("Due date"));
    add(Fact::RequestedPortDate, tr("Requested port date"));
    add(Fact::LastChecked, tr("Last checked"));
    add(Fact::Authorization, tr("Authorization"), true);
    add(Fact::Texts, tr("Texts"), true);

    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setTabKeyNavigation(false); // Tab leaves the table: arrows move inside it
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setSectionResizeMode(OrderTimelineModel::Details, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(OrderTimelineModel::When, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(OrderTimelineModel::What, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(OrderTimelineModel::Who, QHeaderView::ResizeToContents);
    // Details wrap in the narrow pane: each row as tall as its text (a timeline is a few rows).
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_timelineView, 1);

    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setPlaceholderText(tr("A note for the team (never a PIN or account number)"));
    m_noteEdit->setProperty("defaultDescription", m_noteEdit->placeholderText());
    m_noteEdit->setAccessibleDescription(m_noteEdit->placeholderText());
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAccessibleName(tr("Add note"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    layout->addWidget(m_noteFeedback);
    m_pages->addWidget(story);

    connect(m_addNote, &QPushButton::clicked, this, &OrderDetailPane::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &OrderDetailPane::addNote);
    connect(m_noteEdit, &QLineEdit::textEdited, this, [this] { m_noteFeedback->show({}); });
    connect(registry, &OrderRegistry::ordersChanged, this, &OrderDetailPane::follow);
    connect(registry, &OrderRegistry::historyChanged, this, &OrderDetailPane::follow);
    showNothing();
}

void OrderDetailPane::addFact(Fact fact, const QString &caption)
{
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText); // names and Telegent's words: never markup
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its caption when either wraps
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts.insert(fact, value);
    m_captions.insert(fact, caption);
}

void OrderDetailPane::setFact(Fact fact, const QString &value, const QColor &colour)
{
    QLabel *label = m_facts.value(fact);
    label->setText(value);
    // Read as "Due date: Dec 11, 2026", the caption with its value.
    label->setAccessibleName(tr("%1: %2").arg(m_captions.value(fact), value));
    if (!colour.isValid()) {
        label->setPalette(QPalette()); // the pane's own, whatever the theme becomes
        return;
    }
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

QString OrderDetailPane::factText(Fact fact) const
{
    return m_facts.value(fact)->text();
}

QString OrderDetailPane::noteFeedback() const
{
    return m_noteFeedback->text();
}

void OrderDetailPane::setOrder(const QString &orderId)
{
    if (!m_registry->find(orderId)) {
        showNothing();
        return;
    }
    if (orderId != m_orderId) {
        m_orderId = orderId;
        m_timeline->setOrder(orderId);
        m_noteEdit->clear();
        m_noteFeedback->show({});
    }
    showFacts();
    m_pages->setCurrentIndex(1);
}

void OrderDetailPane::showNothing()
{
    m_orderId.clear();
    m_timeline->setOrder({});
    m_placeholder->setText(tr("Select an order to see its story."));
    m_pages->setCurrentIndex(0);
}

void OrderDetailPane::showSelectionCount(int count)
{
    m_orderId.clear();
    m_timeline->setOrder({});
    m_placeholder->setText(tr("%n order(s) selected", nullptr, count));
    m_pages->setCurrentIndex(0);
}

void OrderDetailPane::showFacts()
{
    const OrderRecord *r = m_registry->find(m_orderId);
    if (!r)
        return;
    const QString number = OrdersModel::formatNumber(r->number);
    setFact(Fact::Number, number);
    setFact(Fact::Subscriber, r->subscriber);
    setFact(Fact::Carrier, r->carrier);
    QStringList status{OrderTexts::status(r->status)};
    if (!r->statusMessage.isEmpty())
        status << OrderTexts::display(r->statusMessage);
    if (const QString hint = adviceFor(r->statusMessage).hint; !hint.isEmpty())
        status << hint;
    setFact(Fact::Status, status.join(tr(" \u2014 ")), statusColor(r->group, palette()));
    setFact(Fact::Submitted, dateTimeOf(r->submittedAtMs));
    const QDate submitted = QDateTime::fromMSecsSinceEpoch(r->submittedAtMs).toLocalTime().date();
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const QString due = mediumDate(portDueDate(submitted));
    if (OrdersModel::isOverdue(*r, today)) // the table's rule: a port still on its way, past its date
        setFact(Fact::DueDate, tr("%1 (overdue)").arg(due), overdueColor(palette()));
    else
        setFact(Fact::DueDate, due);
    const QDate requested = QDate::fromString(r->requestedPortDate, Qt::ISODate);
    setFact(Fact::RequestedPortDate, r->requestedPortDate.isEmpty() ? tr("Not requested")
                                     : requested.isValid()          ? mediumDate(requested)
                                                                    : r->requestedPortDate);
    setFact(Fact::Agent, r->submittedBy);
    setFact(Fact::LastChecked, r->lastCheckedMs ? dateTimeOf(r->lastCheckedMs) : tr("Never"));
    const Authorization *a = m_registry->authorization(m_orderId);
    setFact(Fact::Authorization, a ? a->describe() : tr("None recorded"));
    setFact(Fact::Texts, m_registry->textConsent(m_orderId).value_or(TextConsent()).answerText());
    m_timelineView->setAccessibleName(tr("Timeline of %1").arg(number));
}

void OrderDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_orderId.isEmpty())
        showFacts();
}

void OrderDetailPane::follow(const QStringList &orderIds)
{
    if (!m_orderId.isEmpty() && orderIds.contains(m_orderId))
        showFacts();
}

void OrderDetailPane::addNote()
{
    if (m_orderId.isEmpty())
        return;
    QString error;
    if (!OrderNotes(m_registry).add(m_orderId, m_noteEdit->text(), m_who, m_clock->nowMs(), &error)) {
        m_noteFeedback->show(
            {{FieldIssue::Severity::Error, QStringLiteral("note"), QStringLiteral("note.refused"), error}});
        m_noteEdit->setFocus();
        return;
    }
    m_noteEdit->clear();
    m_noteFeedback->show({});
    m_timelineView->scrollToBottom();
}

} // namespace portdesk::ui
