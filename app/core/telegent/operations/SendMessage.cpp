#include "SendMessage.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString SendMessage::path() const
{
    return endpoint::MessageOutbound;
}

} // namespace portdesk
