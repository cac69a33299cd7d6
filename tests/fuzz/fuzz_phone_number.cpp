// libFuzzer target: whatever an agent types or pastes into the number field.
#include "domain/AsYouTypeNumber.h"
#include "domain/NanpNumbering.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/NumberRules.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>

// libphonenumber is a module found beside the program (common/Modules.h), which needs the
// application object; without the module every input would stop at "cannot be loaded" and
// libphonenumber would never be fuzzed.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QString error;
    if (!portdesk::nanpNumbering(&error)) {
        fprintf(stderr, "fuzz_phone_number: %s\n", qPrintable(error));
        __builtin_trap();
    }
    return 0;
}

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
