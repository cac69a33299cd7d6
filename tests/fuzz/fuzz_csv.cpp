// libFuzzer target: bulk port-in CSV files as operations staff export them from anywhere.
#include "domain/PortInCsv.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const portdesk::PortInCsv parsed =
        portdesk::parsePortInCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok() && !parsed.rows.isEmpty())
        __builtin_trap(); // an unusable file yields no rows to send
    int previous = 0;
    for (const portdesk::PortInCsvRow &row : parsed.rows) {
        if (row.row != previous + 1 || row.line < 2)
            __builtin_trap(); // rows are numbered 1, 2, 3... and start after the header
        previous = row.row;
    }
    return 0;
}
