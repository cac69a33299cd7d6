#include "TextConsentStep.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/NumberRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace portdesk {

using namespace FieldName;

QStringList TextConsentStep::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString TextConsentStep::defaultLanguage()
{
    const QString desk = QLocale::languageToCode(QLocale().language());
    return languages().contains(desk) ? desk : QStringLiteral("en");
}

QString TextConsentStep::languageOf(const Values &values)
{
    const QString chosen = values.value(TextLanguage);
    return languages().contains(chosen) ? chosen : defaultLanguage();
}

QString TextConsentStep::defaultTo(const QString &portInNumber)
{
    const QString e164 = normalizeUsNumber(portInNumber).e164;
    return e164.isEmpty() ? portInNumber.trimmed() : formatNationalNumber(e164);
}

bool TextConsentStep::isDefaultTo(const QString &to, const QString &portInNumber)
{
    if (to.trimmed().isEmpty())
        return true;
    const QString a = normalizeUsNumber(to).e164, b = normalizeUsNumber(portInNumber).e164;
    return a.isEmpty() || b.isEmpty() ? to.trimmed() == defaultTo(portInNumber) : a == b;
}

FieldIssues TextConsentStep::issues(const Values &values, bool agreed)
{
    if (!agreed)
        return {};
    if (values.value(TextTo).trimmed().isEmpty())
        return {{FieldIssue::Severity::Error, TextTo, QStringLiteral("texts.to-missing"),
                 QCoreApplication::translate("portdesk::TextConsentStep",
                                             "Enter the mobile number the customer wants the texts on.")}};
    // The ported number's rules, errors only: its warnings speak of porting, not of texting.
    FieldIssues out = checkPortInNumber(values.value(TextTo), TextTo).issues;
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const FieldIssue &i) { return i.severity != FieldIssue::Severity::Error; }),
              out.end());
    return out;
}

TextConsent TextConsentStep::answer(const Values &values, bool agreed, const QString &agent, qint64 atMs)
{
    TextConsent c;
    c.asked = true;
    c.agreed = agreed;
    if (agreed) {
        c.to = normalizeUsNumber(values.value(TextTo)).e164;
        c.language = languageOf(values);
    }
    c.agent = agent;
    c.atMs = atMs;
    return c;
}

} // namespace portdesk
