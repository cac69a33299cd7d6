#include "AsYouTypeNumber.h"

#include "NanpNumbering.h"

namespace portdesk {

QString formatAsYouType(const QString &typed)
{
    // Anything that is not a digit or a leading '+' (extensions, letters) is not ours to
    // rewrite: the agent must see it and the validator must refuse it.
    QString digits;
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) // ASCII only: see PhoneNumber.cpp
            digits += c;
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits += c;
        else if (!c.isSpace() && QStringLiteral("()-./").indexOf(c) < 0)
            return typed;
    }
    if (digits.isEmpty())
        return typed;
    // Ten digits without a + are what the validator reads as area code + number, even when they
    // start with 1; libphonenumber would take that 1 for the trunk prefix ("1 (234) 567-890")
    // and show a different number than the one the message under the field talks about.
    if (digits.size() == 10 && digits.at(0) != QLatin1Char('+'))
        return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.right(4));
    const NanpNumbering *numbering = nanpNumbering();
    return numbering ? numbering->formatAsYouType(digits) : typed; // the validator says why
}

} // namespace portdesk
