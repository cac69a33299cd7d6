#pragma once
#include "ApiError.h"
#include "HttpAttempt.h"

namespace portdesk {

// Turns the scheduler's final HttpResult of a failed call into the typed error. `repeatable`
// says whether the call is safe to send twice: for portin/update/cancel a call that may have
// reached the server without a usable answer is an UnknownOutcome, never a plain failure.
ApiError classifyFailure(const HttpResult &result, bool repeatable);

// A 2xx answer whose body could not be used.
ApiError unusableSuccess(const HttpResult &result, bool repeatable, const QString &why);

} // namespace portdesk
