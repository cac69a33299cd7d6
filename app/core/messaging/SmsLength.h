#pragma once
#include <QString>

namespace portdesk {

// How long a text is on the air: GSM-7 (160 septets in one segment, 153 per segment once split;
// the extension table's ^{}[]~\|€ take two) when every character is in the GSM 03.38 alphabet,
// else UCS-2 (70 UTF-16 units, 67 once split). Telegent documents no limit (telegent-messaging.md
// §6.4); PortDesk keeps a customer's text to kMaxTextSegments.
struct SmsLength
{
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };
    Encoding encoding = Encoding::Gsm7;
    int units = 0;     // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;  // 0 for an empty body
    int unitsLeft = 0; // room left in the last segment

    static SmsLength of(const QString &body);
    QString encodingName() const; // "GSM-7" / "UCS-2" (not translated: the standards' names)
};

inline constexpr int kMaxTextSegments = 2;

} // namespace portdesk
