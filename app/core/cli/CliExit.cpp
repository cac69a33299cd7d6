#include "CliExit.h"

namespace portdesk {

int CliExit::forError(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
    case ApiError::Kind::Configuration:
        return AuthFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::UnknownOutcome:
        return NetworkOrUnknown;
    case ApiError::Kind::Storage:
        return Storage;
    default:
        return ApiFailure;
    }
}

} // namespace portdesk
