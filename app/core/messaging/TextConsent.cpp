#include "TextConsent.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace portdesk {

namespace {
const QLatin1String kAgreed("agreed"), kTo("to"), kLanguage("language"), kAgent("agent"), kAt("at");

QString tr(const char *text)
{
    // lupdate files this file's tr("...") calls under the struct's qualified name.
    return QCoreApplication::translate("portdesk::TextConsent", text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// The reader's words, not the customer's: "espagnol" to a French reader.
QString TextConsent::languageName(const QString &language)
{
    if (language == QLatin1String("es"))
        return tr("Spanish");
    if (language == QLatin1String("fr"))
        return tr("French");
    if (language == QLatin1String("en"))
        return tr("English");
    return language;
}

QString TextConsent::toEventMessage() const
{
    QJsonObject o;
    o.insert(kAgreed, agreed);
    if (agreed) { // a "no" names no number to text
        o.insert(kTo, to);
        o.insert(kLanguage, language);
    }
    return compact(o);
}

TextConsent TextConsent::fromEvent(const QString &message, const QString &who, qint64 atMs)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    TextConsent c;
    c.asked = true;                            // an event is a recorded answer
    c.agreed = o.value(kAgreed).toBool(false); // unreadable: no - never a text without a clear yes
    c.to = o.value(kTo).toString();
    c.language = o.value(kLanguage).toString();
    c.agent = who;
    c.atMs = atMs;
    if (c.to.isEmpty())
        c.agreed = false; // a yes with nowhere to text is no yes
    return c;
}

QString TextConsent::toRecord() const
{
    if (!asked)
        return {};
    QJsonObject o = QJsonDocument::fromJson(toEventMessage().toUtf8()).object();
    o.insert(kAgent, agent);
    o.insert(kAt, QString::number(atMs));
    return compact(o);
}

TextConsent TextConsent::fromRecord(const QString &record)
{
    const QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
    if (o.isEmpty() || !o.contains(kAgreed))
        return {};
    return fromEvent(record, o.value(kAgent).toString(), o.value(kAt).toString().toLongLong());
}

QString TextConsent::describe() const
{
    if (!asked)
        return tr("Texts about this port: not asked");
    if (!agreed)
        return tr("Texts about this port: no");
    return tr("Texts about this port: yes, to %1, in %2").arg(formatNationalNumber(to), languageName(language));
}

QString TextConsent::answerText() const
{
    if (!asked)
        return tr("Not asked");
    if (!agreed)
        return tr("No");
    return tr("Yes, to %1, %2").arg(formatNationalNumber(to), languageName(language));
}

} // namespace portdesk
