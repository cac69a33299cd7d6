#include "NumberEligibility.h"
#include "domain/validation/FieldNames.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/CheckEligibility.h"

#include <QCoreApplication>

namespace portdesk {

NumberEligibility::NumberEligibility(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

NumberEligibility::~NumberEligibility()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void NumberEligibility::setClient(TelegentClient *client)
{
    if (m_timer)
        m_clock->cancel(m_timer); // the next schedule() decides again, for this client
    m_timer = 0;
    m_client = client;
}

void NumberEligibility::cancelPending()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    if (m_op)
        m_op->disconnect(this); // its answer is for a number no longer there
    m_op = nullptr;
}

void NumberEligibility::schedule(const QString &e164, const QString &classification, bool checkable, bool atOnce)
{
    cancelPending();
    m_e164 = e164;
    m_classification = classification;
    if (checkable && atOnce && m_client) {
        start(); // another digit could only make it wrong: nothing to wait for
        return;
    }
    const State before = m_state;
    m_state = checkable ? State::Pending : State::None;
    // A digit changed inside the number: the next may follow, wait for a pause.
    if (checkable && m_client)
        m_timer = m_clock->callAfter(kDebounceMs, this, [this] {
            m_timer = 0;
            start();
        });
    if (before != m_state)
        emit stateChanged();
}

void NumberEligibility::clear()
{
    cancelPending();
    m_state = State::None;
    m_result = {};
}

void NumberEligibility::start()
{
    m_state = State::Checking;
    auto *op = new CheckEligibility(m_client, {m_e164, m_classification}, this);
    m_op = op;
    connect(op, &ApiOperation::finished, this, [this, op] { onFinished(op); });
    // Also when its answer is dropped.
    connect(op, &ApiOperation::finished, op, &QObject::deleteLater);
    op->start();
    emit stateChanged();
}

void NumberEligibility::onFinished(CheckEligibility *op)
{
    if (m_op != op)
        return;
    m_op = nullptr;
    if (op->ok()) {
        m_result = op->result();
        m_state = m_result.eligible ? State::Eligible : State::NotEligible;
    } else {
        // 5xx, network, timeout: a warning, the agent may go on. Refused credentials are not
        // "you may continue": the submit would be refused the same way.
        const ApiError::Kind kind = op->error().kind;
        m_result = {};
        m_error = op->error().message.isEmpty() ? op->error().summary() : op->error().message;
        m_state = kind == ApiError::Kind::Authentication || kind == ApiError::Kind::Permission ? State::Refused
                                                                                               : State::Unreachable;
    }
    emit answered();
}

// The words below were the session's before this unit was carved out of it: they keep its
// translation context, where the catalogues have them.
FieldIssues NumberEligibility::issues() const
{
    using namespace FieldName;
    switch (m_state) {
    case State::NotEligible:
        return {
            {FieldIssue::Severity::Error, PortInNumber, QStringLiteral("eligibility.not-eligible"),
             QCoreApplication::translate("portdesk::PortInSession", "Telegent says this number cannot be ported: %1")
                 .arg(m_result.message)}};
    case State::Refused:
        return {}; // not the number's fault: text() says it, next to the settings button
    case State::Unreachable:
        return {
            {FieldIssue::Severity::Warning, PortInNumber, QStringLiteral("eligibility.unreachable"),
             QCoreApplication::translate("portdesk::PortInSession", "The eligibility check could not be done (%1). You "
                                                                    "may continue; Telegent checks again "
                                                                    "when the port is submitted.")
                 .arg(m_error)}};
    default:
        return {};
    }
}

QString NumberEligibility::text() const
{
    switch (m_state) {
    case State::None:
        return {};
    case State::Pending:
        if (!m_client)
            return QCoreApplication::translate("portdesk::PortInSession",
                                               "The eligibility check starts once PortDesk is connected to Telegent.");
        [[fallthrough]];
    case State::Checking:
        return QCoreApplication::translate("portdesk::PortInSession", "Checking eligibility with Telegent...");
    case State::Eligible:
        return QCoreApplication::translate("portdesk::PortInSession", "Eligible. Current carrier: %1%2.")
            .arg(m_result.currentCarrier.isEmpty() ? QCoreApplication::translate("portdesk::PortInSession", "not given")
                                                   : m_result.currentCarrier,
                 m_result.numberType.isEmpty()
                     ? QString()
                     : QCoreApplication::translate("portdesk::PortInSession", ", number type: %1")
                           .arg(m_result.numberType));
    case State::NotEligible:
    case State::Unreachable:
        return issues().constFirst().message;
    case State::Refused:
        return QCoreApplication::translate("portdesk::PortInSession",
                                           "Telegent refused PortDesk's credentials (%1). Correct "
                                           "them in the settings: nothing can be "
                                           "submitted until they are accepted.")
            .arg(m_error);
    }
    return {};
}

} // namespace portdesk
