#include "CheckEligibility.h"
#include "telegent/Endpoints.h"
#include "telegent/TelegentClient.h"

#include <algorithm>

namespace portdesk {

CheckEligibility::CheckEligibility(TelegentClient *client, const EligibilityRequest &request, QObject *parent)
    : TypedOperation(client, request, parent)
{
    setDeadlineMs(std::max(kDeadlineMs, client->scheduler()->timeoutMs()));
}

QString CheckEligibility::path() const
{
    return endpoint::Eligibility;
}

} // namespace portdesk
