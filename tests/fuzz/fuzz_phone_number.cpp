// libFuzzer target: whatever an agent types or pastes into the number field.
#include "domain/AsYouTypeNumber.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/NumberRules.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const portdesk::NormalizedNumber n = portdesk::normalizeUsNumber(input);
    if (n.ok() && (n.e164.size() != 12 || !n.e164.startsWith(QLatin1String("+1"))))
        __builtin_trap(); // only +1 and ten digits ever go on the wire
    (void)portdesk::formatAsYouType(input);
    const portdesk::NumberCheck check = portdesk::checkPortInNumber(input);
    if (!check.e164.isEmpty() && !portdesk::hasErrors(check.issues) && check.e164.size() != 12)
        __builtin_trap();
    return 0;
}
