#pragma once
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace portdesk {

// What an error response said, whichever of the three documented shapes it came in:
//   {StatusCode, Message}                                   (spec 1.0.8)
//   {type, title, status, errors:{"$.Field":[...]}, traceId} (RFC 7807, any capitalisation)
//   plain text or HTML                                       (proxies, gateways)
struct ErrorBody
{
    enum class Shape
    {
        Empty,
        StatusMessage,
        ProblemDetails,
        PlainText,
        Html,
        Unreadable
    };
    Shape shape = Shape::Empty;
    QString message; // never HTML; plain text is kept only when short and printable
    QMap<QString, QStringList> fieldErrors;
    QString traceId;
};

ErrorBody parseErrorBody(const QByteArray &body);

// "$.CurrentBillingAddress.Zip" / "currentBillingAddress.zip" -> "CurrentBillingAddress.Zip"
QString canonicalFieldName(const QString &key);
// Fields a free-text Message names ("Invalid PortInNumber ..."), canonical spelling.
QStringList fieldsNamedIn(const QString &message);

} // namespace portdesk
