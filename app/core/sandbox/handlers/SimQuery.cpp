#include "SimQuery.h"

#include <QUrl>

namespace portdesk::sandbox {

QString queryValue(const QUrlQuery &query, const QString &name)
{
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (QUrl::fromPercentEncoding(item.first.toLatin1()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = item.second.toLatin1();
        value.replace('+', ' ');
        return QUrl::fromPercentEncoding(value);
    }
    return {};
}

} // namespace portdesk::sandbox
