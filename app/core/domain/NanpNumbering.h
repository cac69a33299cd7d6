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

// What PortDesk asks libphonenumber. libphonenumber (with protobuf and abseil) lives in the
// "phonenumbers" module (app/core/modules/phonenumbers), loaded after the first paint instead of
// at launch: PhoneNumber.cpp, AsYouTypeNumber.cpp and the number rules reach it through here.
class NanpNumbering
{
public:
    virtual ~NanpNumbering() = default;
    // Reads text with the US as the default region ("801 555 2345", "+1 (801)...", "1-801-...").
    virtual ParsedNumber parse(const QString &text) const = 0;
    // Whether the number (E.164) is in a range the numbering plan assigns.
    virtual bool isValidNumber(const QString &e164) const = 0;
    // The region (ISO 3166 code, e.g. "US", "CA", "PR") the number (E.164) belongs to.
    virtual QString regionOf(const QString &e164) const = 0;
    // The US as-you-type formatting of these digits ("8015552" -> "801-5552").
    virtual QString formatAsYouType(const QString &digits) const = 0;
};

// The loaded module, or nullptr with *error saying why (the first call loads it; thread-safe).
const NanpNumbering *nanpNumbering(QString *error = nullptr);

} // namespace portdesk

#define PORTDESK_NANP_NUMBERING_IID "io.portdesk.NanpNumbering/1"
Q_DECLARE_INTERFACE(portdesk::NanpNumbering, PORTDESK_NANP_NUMBERING_IID)
