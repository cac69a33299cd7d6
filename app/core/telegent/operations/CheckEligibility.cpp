#include "CheckEligibility.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString CheckEligibility::path() const
{
    return endpoint::Eligibility;
}

} // namespace portdesk
