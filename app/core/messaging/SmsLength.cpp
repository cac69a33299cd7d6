#include "SmsLength.h"

#include <QList>

namespace portdesk {

namespace {
// GSM 03.38's basic alphabet (one septet each) and its extension table (escape + one septet).
const QString &basicAlphabet()
{
    static const QString chars = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                   "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return chars;
}
const QString &extensionTable()
{
    static const QString chars = QString::fromUtf8("\f^{}\\[~]|€");
    return chars;
}

// Units of each character in order: a character is never split across two segments (an
// escape pair or a surrogate pair travels whole), so counting walks them.
struct Counted
{
    int units = 0;
    int segments = 0;
    int unitsLeft = 0;
};
Counted count(const QList<int> &sizes, int single, int perPart)
{
    int total = 0;
    for (int s : sizes)
        total += s;
    if (total == 0)
        return {0, 0, single};
    if (total <= single)
        return {total, 1, single - total};
    int segments = 1;
    int used = 0;
    for (int s : sizes) {
        if (used + s > perPart) {
            ++segments;
            used = 0;
        }
        used += s;
    }
    return {total, segments, perPart - used};
}
} // namespace

QString SmsLength::encodingName() const
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

SmsLength SmsLength::of(const QString &body)
{
    QList<int> septets;
    septets.reserve(body.size());
    bool gsm = true;
    for (QChar c : body) {
        if (basicAlphabet().contains(c)) {
            septets << 1;
        } else if (extensionTable().contains(c)) {
            septets << 2;
        } else {
            gsm = false;
            break;
        }
    }
    SmsLength length;
    Counted counted;
    if (gsm) {
        length.encoding = Encoding::Gsm7;
        counted = count(septets, 160, 153);
    } else {
        length.encoding = Encoding::Ucs2;
        QList<int> units;
        units.reserve(body.size());
        for (qsizetype i = 0; i < body.size(); ++i) {
            const bool pair = body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate();
            units << (pair ? 2 : 1);
            if (pair)
                ++i;
        }
        counted = count(units, 70, 67);
    }
    length.units = counted.units;
    length.segments = counted.segments;
    length.unitsLeft = counted.unitsLeft;
    return length;
}

} // namespace portdesk
