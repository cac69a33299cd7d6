#include "GetMessageDetails.h"
#include "telegent/Endpoints.h"

namespace portdesk {

QString GetMessageDetails::path() const
{
    return endpoint::MessageDetails;
}

QUrlQuery GetMessageDetails::query() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("MessageId"), QString::fromLatin1(QUrl::toPercentEncoding(m_request.messageId)));
    return q;
}

} // namespace portdesk
