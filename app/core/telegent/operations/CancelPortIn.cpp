#include "CancelPortIn.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString CancelPortIn::path() const
{
    return endpoint::PortInCancel;
}

} // namespace portdesk
