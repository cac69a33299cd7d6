#include "UpdatePortIn.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString UpdatePortIn::path() const
{
    return endpoint::PortInUpdate;
}

} // namespace portdesk
