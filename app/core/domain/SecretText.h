#pragma once
#include <QString>

namespace portdesk {

// Whether a free text (a note, a customer's text message) holds one of the secrets PortDesk never
// keeps or shares. PortDesk never stores the PIN, so it can not compare against it; instead:
// a PIN word (English, Spanish, French: "PIN", "passcode", "contraseña", "mot de passe"...)
// followed within a few words by a 4-10 character run with digits ("PIN: 88 12").
bool looksLikePin(const QString &text);
// The account number in the text, compared letters and digits only ("12-34 5678" is "12345678");
// numbers shorter than 4 never match.
bool holdsAccountNumber(const QString &text, const QString &accountNumber);

} // namespace portdesk
