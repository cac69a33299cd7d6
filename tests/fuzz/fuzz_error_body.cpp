// libFuzzer target: error bodies of any shape, and their classification for every status.
#include "telegent/ErrorBody.h"
#include "telegent/ErrorClassifier.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const portdesk::ErrorBody parsed = portdesk::parseErrorBody(body);
    (void)parsed;
    portdesk::HttpResult result;
    result.body = body;
    result.httpStatus = size ? 400 + data[0] % 200 : 0;
    const portdesk::ApiError a = portdesk::classifyFailure(result, true);
    const portdesk::ApiError b = portdesk::classifyFailure(result, false);
    if (a.kind == portdesk::ApiError::Kind::None || b.kind == portdesk::ApiError::Kind::None)
        __builtin_trap(); // a failure must never classify as success
    if (a.message.contains(QLatin1String("<html"), Qt::CaseInsensitive))
        __builtin_trap(); // HTML is never shown
    return 0;
}
