#include "BulkSubmission.h"

#include "BulkAuthorization.h"
#include "common/Clock.h"
#include "registry/OrderRegistry.h"
#include "registry/SendJournal.h"
#include "telegent/RequestScheduler.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/SubmitPortIn.h"

namespace portdesk {

BulkSubmission::BulkSubmission(TelegentClient *client, OrderRegistry *registry, Clock *clock, QString who,
                               QObject *parent)
    : QObject(parent), m_client(client), m_registry(registry), m_clock(clock), m_who(std::move(who))
{
}

BulkSubmission::~BulkSubmission()
{
    abandon();
}

void BulkSubmission::start(const QList<Item> &items)
{
    Q_ASSERT(!m_running);
    m_items = items;
    m_next = 0;
    m_finished = 0;
    m_cancelled = false;
    m_running = true;
    feed();
    finishIfDrained(); // an empty batch ends at once
}

void BulkSubmission::feed()
{
    while (!m_cancelled && m_next < m_items.size() && m_inFlight.size() < m_maxInFlight) {
        const int index = m_next++;
        const Item &item = m_items.at(index);
        // The signed LOA is kept, then the send written ahead with the number claimed: if either
        // fails, the row is not sent at all.
        ApiError refused;
        bool storage = false;
        qint64 intent = 0;
        if (BulkAuthorization::keep(m_registry, m_who, item.authorization, item.loaPath, m_clock->nowMs(),
                                    &refused.message, &storage))
            intent = journalFor(index).beforeSubmit(item.request.portInNumber, m_clock->nowMs(), &refused);
        else
            refused.kind = storage ? ApiError::Kind::Storage : ApiError::Kind::Validation;
        if (!intent) {
            BulkResult r;
            r.row = item.row;
            r.number = item.request.portInNumber;
            r.state = BulkRow::State::Failed;
            r.error = refused;
            ++m_finished;
            emit rowFinished(r);
            continue;
        }
        auto *op = new SubmitPortIn(m_client, item.request, this);
        op->setPriority(m_priority);
        m_inFlight.insert(op, {index, intent});
        connect(op, &ApiOperation::finished, this, [this, op, index] { onFinished(op, index); });
        emit rowSending(item.row); // from here on it may reach Telegent
        op->start();
    }
}

void BulkSubmission::onFinished(SubmitPortIn *op, int index)
{
    const qint64 intent = m_inFlight.take(op).intent;
    op->deleteLater();
    BulkResult r;
    r.row = m_items.at(index).row;
    r.number = op->request().portInNumber;
    // Recorded before anything else: the registry is the only list of orders there is.
    const SendJournal::Answer a =
        journalFor(index).afterSubmit(intent, op->request(), op->ok(), op->result(), op->error(), m_clock->nowMs());
    r.orderId = a.orderId;
    r.error = a.error;
    switch (a.outcome) {
    case SendJournal::Outcome::Ordered:
        r.state = BulkRow::State::Submitted;
        r.status = op->result().status;
        break;
    case SendJournal::Outcome::Refused:
        r.state = BulkRow::State::Failed;
        break;
    case SendJournal::Outcome::Unknown:
    case SendJournal::Outcome::Duplicate:
        r.state = BulkRow::State::Unknown;
        break;
    }
    ++m_finished;
    emit rowFinished(r);
    feed();
    finishIfDrained();
}

void BulkSubmission::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    finishIfDrained();
}

void BulkSubmission::abandon()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const qint64 now = m_clock->nowMs();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        SubmitPortIn *op = it.key();
        disconnect(op, nullptr, this, nullptr);
        BulkResult r;
        r.row = m_items.at(it.value().index).row;
        r.number = op->request().portInNumber;
        r.state = BulkRow::State::Unknown;
        const SendJournal::Answer a = journalFor(it.value().index).abandonSubmit(it.value().intent, op->request(), now);
        r.orderId = a.orderId;
        r.error = a.error;
        if (r.error.kind != ApiError::Kind::Storage) {
            r.error.kind = ApiError::Kind::UnknownOutcome;
            r.error.message = tr("PortDesk closed while this row was on its way: it may or may not have reached "
                                 "Telegent. Check before sending it again.");
        }
        delete op; // its answer, if one comes, has nobody left to tell
        ++m_finished;
        emit rowFinished(r);
    }
    finishIfDrained();
}

SendJournal BulkSubmission::journalFor(int index) const
{
    SendJournal journal(m_registry, m_who);
    journal.setAuthorization(m_items.at(index).authorization);
    return journal;
}

void BulkSubmission::finishIfDrained()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_cancelled && m_next < m_items.size())
        return;
    m_running = false;
    emit finished();
}

QList<int> BulkSubmission::unsentRows() const
{
    QList<int> rows;
    for (int i = m_next; i < m_items.size(); ++i)
        rows << m_items.at(i).row;
    return rows;
}

qint64 BulkSubmission::budgetWaitMs() const
{
    if (m_inFlight.isEmpty())
        return 0;
    const RequestScheduler *scheduler = m_client->scheduler();
    const qint64 now = m_clock->nowMs();
    qint64 wait = scheduler->budget().msUntilAvailable(m_priority, now);
    if (scheduler->pausedUntilMs() > now)
        wait = std::max(wait, scheduler->pausedUntilMs() - now);
    return std::max<qint64>(0, wait);
}

} // namespace portdesk
