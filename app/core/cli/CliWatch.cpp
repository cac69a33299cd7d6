#include "CliWatch.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "CliStatusChanges.h"
#include "domain/ControlChars.h"
#include "messaging/CustomerNotifier.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"

namespace portdesk {

void CliWatch::finishOnce()
{
    // A text on its way is answered and recorded first: ending now would make it an unknown outcome.
    CustomerNotifier *notifier = m_context->notifier();
    if (!notifier || notifier->sending() == 0)
        return done(CliExit::Ok);
    if (m_waitingForTexts)
        return;
    m_waitingForTexts = true;
    connect(notifier, &CustomerNotifier::textRecorded, this, [this, notifier] {
        if (notifier->sending() == 0)
            done(CliExit::Ok);
    });
}

void CliWatch::run(const QStringList &args)
{
    const bool once = args.contains(QStringLiteral("--once"));
    if (!m_context->registry()->isOpen())
        return fail(CliExit::Storage, m_context->registryError()); // nothing to watch, and nowhere to record it
    PollPlanner *planner = m_context->planner();
    m_stop = [this] { done(CliExit::Ok); }; // Ctrl-C is how a watch ends
    new CliStatusChanges(m_context->registry(), m_context->clock(), &m_output, this);
    if (once) {
        // One pass: every order that is due now is checked once, then the command ends.
        connect(planner, &PollPlanner::nextCheckChanged, this, [this](qint64 at) {
            if (at != 0)
                finishOnce();
        });
    }
    if (m_context->registry()->isTeam()) {
        // A team registry: only the desk holding the team's polling lease calls Telegent; while
        // another desk does, watch prints the changes it records.
        connect(m_context, &AppContext::pollRoleChanged, this,
                [this, once](AppContext::PollRole role, const QString &why) {
                    if (role == AppContext::PollRole::TeamOtherDesk) {
                        m_output.err() << (why.isEmpty() ? QStringLiteral("another desk of the team checks the orders")
                                                         : QStringLiteral("not checking: %1").arg(escapeControls(why)))
                                       << Qt::endl;
                        if (once)
                            finishOnce();
                    }
                });
        m_context->startPolling();
        if (once && m_context->pollRole() == AppContext::PollRole::TeamThisDesk && planner->nextCheckAtMs() != 0)
            finishOnce();
        return;
    }
    m_context->startPolling();
    if (once && planner->nextCheckAtMs() != 0)
        finishOnce();
}

} // namespace portdesk
