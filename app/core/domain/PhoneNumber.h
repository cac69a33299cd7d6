#pragma once
#include <QString>

namespace portdesk {

// Normalises what an agent typed or pasted into the E.164 form Telegent wants (+1NPANXXXXXX).
// libphonenumber does the parsing, so every punctuation style and a leading 1 / +1 are accepted.
// The full rule set (N11, toll-free, fictional range...) lives in the validators.
struct NormalizedNumber
{
    QString e164;  // empty when the input could not be read as a NANP number
    QString error; // why not, for the field's message
    bool ok() const { return !e164.isEmpty(); }
};

NormalizedNumber normalizeUsNumber(const QString &input);

// How an agent reads a number: "+18015552345" -> "(801) 555-2345". Anything that is not a
// NANP E.164 number comes back unchanged.
QString formatNationalNumber(const QString &e164);

} // namespace portdesk
