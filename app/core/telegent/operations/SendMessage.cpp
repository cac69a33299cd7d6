#include "SendMessage.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString SendMessage::path() const
{
    return endpoint::MessageOutbound;
}

bool SendMessage::mayHaveReachedTelegent(const ApiError &e)
{
    using K = ApiError::Kind;
    const bool definitelyNot = e.kind == K::Configuration || e.kind == K::Network || e.kind == K::Http ||
                               e.kind == K::Authentication || e.kind == K::Permission || e.kind == K::NotFound ||
                               e.kind == K::RateLimited || e.kind == K::Validation;
    return !definitelyNot;
}

} // namespace portdesk
