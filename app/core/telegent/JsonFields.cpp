#include "JsonFields.h"

namespace portdesk::json {

QJsonValue field(const QJsonObject &object, QStringView name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString string(const QJsonObject &object, QStringView name, bool *ok)
{
    const QJsonValue v = field(object, name);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        *ok = false;
    return {};
}

bool requireString(const QJsonObject &o, QStringView name, QString *out, QString *why)
{
    bool ok = true;
    *out = string(o, name, &ok);
    if (!ok || out->isEmpty()) {
        *why = QStringLiteral("field %1 %2").arg(name, ok ? QStringLiteral("missing") : QStringLiteral("not a string"));
        return false;
    }
    return true;
}

bool optionalString(const QJsonObject &o, QStringView name, QString *out, QString *why)
{
    bool ok = true;
    *out = string(o, name, &ok);
    if (!ok)
        *why = QStringLiteral("field %1 not a string").arg(name);
    return ok;
}

} // namespace portdesk::json
