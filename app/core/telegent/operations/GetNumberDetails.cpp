#include "GetNumberDetails.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString GetNumberDetails::path() const
{
    return endpoint::Numbers;
}

QUrlQuery GetNumberDetails::query() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("Number"), QString::fromLatin1(QUrl::toPercentEncoding(m_request.number)));
    return q;
}

} // namespace portdesk
