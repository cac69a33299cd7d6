#pragma once
// portdesk-cli's exit codes, in one place: the runner, each command and main() answer with them.
#include "telegent/ApiError.h"

namespace portdesk {

struct CliExit
{
    //   0 ok, 2 usage or invalid input, 3 not eligible, 4 API error or partial failure,
    //   5 authentication failed, 6 network error or outcome unknown, 7 order database (storage)
    //   error: what it could not record was not sent, 8 stopped by a signal before every row was sent.
    enum Code
    {
        Ok = 0,
        Usage = 2,
        NotEligible = 3,
        ApiFailure = 4,
        AuthFailure = 5,
        NetworkOrUnknown = 6,
        Storage = 7,
        Interrupted = 8
    };
    // The code an API error ends a command with.
    static int forError(const ApiError &error);
};

} // namespace portdesk
