#pragma once
// Query-string reading as ASP.NET binds it: parameter names in any casing, values form-decoded,
// so a literal '+' arrives as a space. A client that sends ?Number=+1801... unencoded reaches
// the real API with " 1801..." and must fail here too; %2B is the '+' it meant.
#include <QString>
#include <QUrlQuery>

namespace portdesk::sandbox {

// The first value of name, decoded; empty when absent.
QString queryValue(const QUrlQuery &query, const QString &name);

} // namespace portdesk::sandbox
