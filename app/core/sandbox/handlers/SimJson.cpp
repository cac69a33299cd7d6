#include "SimJson.h"

#include <QJsonDocument>

namespace portdesk::sandbox {

QJsonValue fieldCI(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

SimReply jsonReply(int status, const QJsonObject &o)
{
    SimReply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

SimReply statusMessage(int status, const QString &message)
{
    return jsonReply(status, {{QStringLiteral("StatusCode"), status}, {QStringLiteral("Message"), message}});
}

} // namespace portdesk::sandbox
