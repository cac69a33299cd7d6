#include "ErrorBody.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace portdesk {

namespace {

const QStringList &knownFields()
{
    // Longest first, so "CurrentBillingAddress.Zip" wins over "Zip".
    static const QStringList fields = {
        QStringLiteral("CurrentBillingAddress.Street1"),
        QStringLiteral("CurrentBillingAddress.Street2"),
        QStringLiteral("CurrentBillingAddress.City"),
        QStringLiteral("CurrentBillingAddress.State"),
        QStringLiteral("CurrentBillingAddress.Zip"),
        QStringLiteral("TargetPortinClassification"),
        QStringLiteral("CurrentAccountPassword"),
        QStringLiteral("CurrentBillingAddress"),
        QStringLiteral("CurrentAccountNumber"),
        QStringLiteral("TargetClassification"),
        QStringLiteral("CurrentCarrierName"),
        QStringLiteral("SubscriberName"),
        QStringLiteral("PortInNumber"),
        QStringLiteral("AccountSecret"),
        QStringLiteral("PhoneNumber"),
        QStringLiteral("ApiEndpoint"),
        QStringLiteral("AccountKey"),
        QStringLiteral("PortInDate"),
        QStringLiteral("OrderId"),
        QStringLiteral("ICCID"),
    };
    return fields;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html") || head.contains("<body") || head.contains("<head");
}

QStringList messagesOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                out << item.toString();
        }
    }
    return out;
}

// Server text is shown in labels that could render markup: no '<' ever reaches them.
QString plainText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('<'), QChar(0x2039)).replace(QLatin1Char('>'), QChar(0x203A));
    return out;
}

} // namespace

QString canonicalFieldName(const QString &key)
{
    QString k = key.trimmed();
    if (k.startsWith(QLatin1String("$.")))
        k = k.mid(2);
    else if (k == QLatin1String("$"))
        return QStringLiteral("$");
    for (const QString &known : knownFields()) {
        if (known.compare(k, Qt::CaseInsensitive) == 0)
            return known;
    }
    // An address part given alone ("Zip") belongs to the billing address.
    for (const char *part : {"Street1", "Street2", "City", "State", "Zip"}) {
        if (k.compare(QLatin1String(part), Qt::CaseInsensitive) == 0)
            return QStringLiteral("CurrentBillingAddress.") + QLatin1String(part);
    }
    return k;
}

QStringList fieldsNamedIn(const QString &message)
{
    // Compiled once: error bodies are parsed often, and fuzzed millions of times.
    static const QList<QPair<QString, QRegularExpression>> patterns = [] {
        QList<QPair<QString, QRegularExpression>> list;
        for (const QString &field : knownFields())
            list.append(
                {field, QRegularExpression(
                            QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(field)),
                            QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    QStringList found;
    QString rest = message;
    for (const auto &[field, re] : patterns) {
        if (re.match(rest).hasMatch()) {
            found << field;
            rest.replace(re, QString()); // "CurrentBillingAddress.Zip" must not count twice
        }
    }
    return found;
}

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return out;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        bool ok = true;
        const QJsonValue errors = json::field(o, u"errors");
        const bool problem =
            errors.isObject() || json::field(o, u"title").isString() || json::field(o, u"type").isString();
        if (problem) {
            out.shape = ErrorBody::Shape::ProblemDetails;
            const QJsonObject errs = errors.toObject();
            for (auto it = errs.constBegin(); it != errs.constEnd(); ++it) {
                const QStringList msgs = messagesOf(it.value());
                if (!msgs.isEmpty())
                    out.fieldErrors[canonicalFieldName(it.key())] += msgs;
            }
            const QString detail = json::string(o, u"detail", &ok);
            const QString title = json::string(o, u"title", &ok);
            out.message = detail.isEmpty() ? title : detail;
            out.traceId = json::string(o, u"traceId", &ok);
        } else {
            out.shape = ErrorBody::Shape::StatusMessage;
            out.message = json::string(o, u"Message", &ok);
            if (out.message.isEmpty())
                out.message = json::string(o, u"error", &ok);
        }
        out.message = plainText(out.message);
        out.traceId = plainText(out.traceId);
        for (QStringList &messages : out.fieldErrors) {
            for (QString &m : messages)
                m = plainText(m);
        }
        if (!out.message.isEmpty() && out.fieldErrors.isEmpty()) {
            for (const QString &f : fieldsNamedIn(out.message))
                out.fieldErrors[f] << out.message;
        }
        return out;
    }
    if (parseError.error == QJsonParseError::NoError) { // valid JSON, but not an object
        out.shape = ErrorBody::Shape::Unreadable;
        return out;
    }
    if (looksLikeHtml(trimmed)) {
        out.shape = ErrorBody::Shape::Html;
        return out;
    }
    // Plain text: keep it only if it is short, valid UTF-8 and printable.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(trimmed.left(2048));
    const bool printable = !decoder.hasError() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isPrint() || c == QLatin1Char('\n') || c == QLatin1Char('\t');
    });
    // Markup of any kind (even a fragment such as "@@<html") is never shown as it came.
    const bool markup = text.contains(QLatin1Char('<'));
    if (printable && !markup && trimmed.size() <= 500 && !trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        out.shape = ErrorBody::Shape::PlainText;
        out.message = text.simplified();
        for (const QString &f : fieldsNamedIn(out.message))
            out.fieldErrors[f] << out.message;
    } else {
        out.shape = ErrorBody::Shape::Unreadable;
    }
    return out;
}

} // namespace portdesk
