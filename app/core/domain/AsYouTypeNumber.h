#pragma once
#include <QString>

namespace portdesk {

// What the number field shows while the agent types or pastes: libphonenumber's as-you-type
// formatting of the digits typed so far ("8015552" -> "801-5552", then "(801) 555-2345").
// A leading +1 / 1 is kept; letters and other noise are left for the validators to reject.
// Exactly ten digits always show as "(NPA) NXX-XXXX", as the validator reads them.
QString formatAsYouType(const QString &typed);

} // namespace portdesk
