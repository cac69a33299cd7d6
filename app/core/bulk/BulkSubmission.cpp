#include "BulkSubmission.h"

#include "common/Clock.h"
#include "registry/OrderRegistry.h"
#include "telegent/RequestScheduler.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/SubmitPortIn.h"

namespace portdesk {

BulkSubmission::BulkSubmission(TelegentClient *client, OrderRegistry *registry, Clock *clock, QString who, QObject *parent)
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
        auto *op = new SubmitPortIn(m_client, item.request, this);
        op->setPriority(m_priority);
        m_inFlight.insert(op, index);
        connect(op, &ApiOperation::finished, this, [this, op, index] { onFinished(op, index); });
        emit rowSending(item.row); // written ahead: a crash from here on leaves it "maybe sent"
        op->start();
    }
}

void BulkSubmission::onFinished(SubmitPortIn *op, int index)
{
    m_inFlight.remove(op);
    op->deleteLater();
    const qint64 now = m_clock->nowMs();
    BulkResult r;
    r.row = m_items.at(index).row;
    r.number = op->request().portInNumber;
    if (op->ok()) {
        // Recorded before anything else: the registry is the only list of orders there is.
        m_registry->recordSubmitted(op->request(), op->result(), m_who, now);
        r.state = BulkRow::State::Submitted;
        r.orderId = op->result().orderId;
        r.status = op->result().status;
    } else {
        r.error = op->error();
        if (op->error().outcomeUnknown()) {
            r.state = BulkRow::State::Unknown;
            r.orderId = m_registry->recordUnknownOutcome(op->request(), m_who, now);
        } else {
            r.state = BulkRow::State::Failed;
        }
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
        r.row = m_items.at(it.value()).row;
        r.number = op->request().portInNumber;
        r.state = BulkRow::State::Unknown;
        r.error.kind = ApiError::Kind::UnknownOutcome;
        r.error.message = tr("PortDesk closed while this row was on its way: it may or may not have reached "
                             "Telegent. Check before sending it again.");
        r.orderId = m_registry->recordUnknownOutcome(op->request(), m_who, now);
        delete op; // its answer, if one comes, has nobody left to tell
        ++m_finished;
        emit rowFinished(r);
    }
    finishIfDrained();
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
