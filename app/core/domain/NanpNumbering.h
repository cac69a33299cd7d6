#pragma once
#include <QString>
#include <QtPlugin>

namespace portdesk {

// libphonenumber's reading of a number, as the validators need it.
struct ParsedNumber
{
    bool ok = false;        // libphonenumber could read it
    int countryCode = 0;    // 1 for NANP
    QString nationalNumber; // digits after the country code, leading zeros dropped
    QString e164;           // libphonenumber's E.164 form of it
};

// Where a number stands in the numbering plan, as the number rules need it.
struct NumberPlan
{
    bool assigned = false; // in a range the plan assigns (libphonenumber's IsValidNumber)
    QString region;        // the region it belongs to (ISO 3166: "US", "CA", "PR"), empty if none
};

// What PortDesk asks libphonenumber. libphonenumber (with protobuf and abseil) lives in the
// "phonenumbers" module (app/core/modules/phonenumbers), loaded after the first paint instead of
// at launch: PhoneNumber.cpp, AsYouTypeNumber.cpp and the number rules reach it through here.
class NanpNumbering
{
public:
    virtual ~NanpNumbering() = default;
    // Reads text with the US as the default region ("801 555 2345", "+1 (801)...", "1-801-...").
    virtual ParsedNumber parse(const QString &text) const = 0;
    // Where the number (E.164) stands in the numbering plan, read from one parse.
    virtual NumberPlan planOf(const QString &e164) const = 0;
    // The US as-you-type formatting of these digits ("8015552" -> "801-5552").
    virtual QString formatAsYouType(const QString &digits) const = 0;
};

// The loaded module, or nullptr with *error saying why (the first call loads it; thread-safe).
const NanpNumbering *nanpNumbering(QString *error = nullptr);

} // namespace portdesk

#define PORTDESK_NANP_NUMBERING_IID "io.portdesk.NanpNumbering/2"
Q_DECLARE_INTERFACE(portdesk::NanpNumbering, PORTDESK_NANP_NUMBERING_IID)
