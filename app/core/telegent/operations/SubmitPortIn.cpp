#include "SubmitPortIn.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString SubmitPortIn::path() const
{
    return endpoint::PortIn;
}

} // namespace portdesk
