#include "SimulatorFaults.h"

namespace portdesk::sandbox {

void FaultPlan::add(const QString &route, const Fault &fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_plan[route].append(fault);
}

std::optional<Fault> FaultPlan::take(const QString &route)
{
    auto it = m_plan.find(route);
    if (it == m_plan.end() || it->isEmpty())
        return std::nullopt;
    return it->takeFirst();
}

} // namespace portdesk::sandbox
