#include "CliWatch.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "CliStatusChanges.h"
#include "domain/ControlChars.h"
#include "registry/OrderRegistry.h"
#include "registry/PollPlanner.h"

namespace portdesk {

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
                done(CliExit::Ok);
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
                            done(CliExit::Ok);
                    }
                });
        m_context->startPolling();
        if (once && m_context->pollRole() == AppContext::PollRole::TeamThisDesk && planner->nextCheckAtMs() != 0)
            done(CliExit::Ok);
        return;
    }
    m_context->startPolling();
    if (once && planner->nextCheckAtMs() != 0)
        done(CliExit::Ok);
}

} // namespace portdesk
