#include "SimProblems.h"
#include "SimJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace portdesk::sandbox {

namespace {
QString traceId()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("00-%1%2-%3-00")
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'));
}
} // namespace

SimReply SimProblems::reply() const
{
    SimReply r =
        jsonReply(400, {{QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
                        {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
                        {QStringLiteral("status"), 400},
                        {QStringLiteral("errors"), m_errors},
                        {QStringLiteral("traceId"), traceId()}});
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

bool SimProblems::parseBody(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        add(QStringLiteral("$"),
            QStringLiteral("The request body is not a valid JSON object (offset %1).").arg(err.offset));
        return false;
    }
    *out = doc.object();
    return true;
}

QString SimProblems::string(const QJsonObject &o, const QString &name, bool required, const QString &prefix)
{
    const QJsonValue v = fieldCI(o, name);
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString();
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        add(QStringLiteral("$.") + prefix + name,
            QStringLiteral("The JSON value could not be converted to System.String. Path: $.%1%2").arg(prefix, name));
    else if (required)
        add(prefix + name, QStringLiteral("The %1 field is required.").arg(name));
    return {};
}

void SimProblems::e164(const QString &name, const QString &number)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9]\d{7,14}$)"));
    if (!number.isEmpty() && !re.match(number).hasMatch())
        add(QStringLiteral("$.") + name, QStringLiteral("Invalid phone number format. Must be in E.164 format."));
}

} // namespace portdesk::sandbox
