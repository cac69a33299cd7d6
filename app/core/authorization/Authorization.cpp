#include "Authorization.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace portdesk {

namespace {
constexpr QLatin1String kHolder("holder");
constexpr QLatin1String kBy("by");
constexpr QLatin1String kScript("script");
constexpr QLatin1String kReference("reference");
constexpr QLatin1String kFile("file");
constexpr QLatin1String kSha256("sha256");
} // namespace

Authorization Authorization::given(Kind kind, const QString &accountHolder, const QString &authorizingPerson,
                                   const QString &agent, qint64 atMs)
{
    Authorization a;
    a.kind = kind;
    a.accountHolder = accountHolder.trimmed();
    a.authorizingPerson = authorizingPerson.trimmed();
    a.agent = agent;
    a.atMs = atMs;
    return a;
}

bool Authorization::isRecorded() const
{
    switch (kind) {
    case Kind::Verbal:
        return atMs > 0 && !scriptVersion.isEmpty();
    case Kind::Written:
        return atMs > 0 && (!fileSha256.isEmpty() || !reference.isEmpty());
    case Kind::None:
        break;
    }
    return false;
}

QString Authorization::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Verbal:
        return QStringLiteral("verbal");
    case Kind::Written:
        return QStringLiteral("written");
    case Kind::None:
        break;
    }
    return {};
}

Authorization::Kind Authorization::kindFromKey(const QString &key)
{
    if (key == QLatin1String("verbal"))
        return Kind::Verbal;
    if (key == QLatin1String("written"))
        return Kind::Written;
    return Kind::None;
}

QString Authorization::toEventMessage() const
{
    QJsonObject o;
    const auto put = [&o](QLatin1String name, const QString &value) {
        if (!value.isEmpty())
            o.insert(name, value);
    };
    put(QLatin1String("kind"), kindKey(kind));
    put(kHolder, accountHolder);
    put(kBy, authorizingPerson);
    put(kScript, scriptVersion);
    put(kReference, reference);
    put(kFile, fileName);
    put(kSha256, fileSha256);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Authorization Authorization::fromEvent(const QString &message, const QString &who, qint64 atMs)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    Authorization a;
    a.kind = kindFromKey(o.value(QLatin1String("kind")).toString());
    a.agent = who;
    a.atMs = atMs;
    a.accountHolder = o.value(kHolder).toString();
    a.authorizingPerson = o.value(kBy).toString();
    a.scriptVersion = o.value(kScript).toString();
    a.reference = o.value(kReference).toString();
    a.fileName = o.value(kFile).toString();
    a.fileSha256 = o.value(kSha256).toString();
    return a;
}

QString Authorization::toRecord() const
{
    if (kind == Kind::None)
        return {};
    QJsonObject o = QJsonDocument::fromJson(toEventMessage().toUtf8()).object();
    o.insert(QLatin1String("agent"), agent);
    o.insert(QLatin1String("at"), QString::number(atMs));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Authorization Authorization::fromRecord(const QString &record)
{
    const QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
    if (o.isEmpty())
        return {};
    return fromEvent(record, o.value(QLatin1String("agent")).toString(),
                     o.value(QLatin1String("at")).toString().toLongLong());
}

bool Authorization::isAuthorizationEvent(const QString &eventKind)
{
    return eventKind == QLatin1String("authorized") || eventKind == QLatin1String("loa-sent");
}

QString Authorization::describe() const
{
    return render(true);
}

QString Authorization::english() const
{
    return render(false);
}

QString Authorization::render(bool translate) const
{
    // Marked for lupdate here, translated only for display.
    const auto t = [translate](const char *text) {
        return translate ? QCoreApplication::translate("Authorization", text) : QString::fromLatin1(text);
    };
    const QString person = authorizingPerson.isEmpty() ? accountHolder : authorizingPerson;
    switch (kind) {
    case Kind::Verbal:
        return t(QT_TRANSLATE_NOOP("Authorization", "Verbal authorization by %1 (script %2)"))
            .arg(person, scriptVersion);
    case Kind::Written:
        if (!fileSha256.isEmpty())
            return t(QT_TRANSLATE_NOOP("Authorization", "Signed LOA from %1: %2, SHA-256 %3"))
                .arg(person, fileName, fileSha256);
        if (!reference.isEmpty())
            return t(QT_TRANSLATE_NOOP("Authorization", "Signed LOA from %1 received (%2)")).arg(person, reference);
        return t(QT_TRANSLATE_NOOP("Authorization", "Written LOA sent to %1, awaiting the signed copy")).arg(person);
    case Kind::None:
        break;
    }
    return t(QT_TRANSLATE_NOOP("Authorization", "No authorization"));
}

QString authorizationPolicyKey(AuthorizationPolicy policy)
{
    return policy == AuthorizationPolicy::WrittenRequired ? QStringLiteral("written-required")
                                                          : QStringLiteral("verbal-allowed");
}

AuthorizationPolicy authorizationPolicyFromKey(const QString &key)
{
    return key == QLatin1String("written-required") ? AuthorizationPolicy::WrittenRequired
                                                    : AuthorizationPolicy::VerbalAllowed;
}

bool isAccepted(const Authorization &a, AuthorizationPolicy policy)
{
    if (!a.isRecorded())
        return false;
    return a.kind == Authorization::Kind::Written || policy == AuthorizationPolicy::VerbalAllowed;
}

} // namespace portdesk
