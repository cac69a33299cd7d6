#include "VerbalScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace portdesk {

namespace {
const char *const kBuiltIn = QT_TRANSLATE_NOOP(
    "VerbalScript",
    "Before I submit this request, I need your authorization. You are asking {provider} to move the phone "
    "number {number} from {carrier} to {provider}. Are you {holder}, the account holder, or authorized to "
    "act for the account holder? Do you authorize {provider} to transfer this number, knowing that your "
    "service for it with {carrier} will end when the transfer completes, and that any remaining contract "
    "or balance with {carrier} stays yours to settle? Please answer yes or no.");
} // namespace

VerbalScript::VerbalScript(const QString &teamText)
{
    const QString team = teamText.trimmed();
    m_team = !team.isEmpty();
    if (m_team) {
        m_text = team;
        m_version =
            QStringLiteral("team-") +
            QString::fromLatin1(QCryptographicHash::hash(team.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    } else {
        m_text = builtInText();
        // The language of the words shown: English when no catalogue translated them.
        const QString language = m_text == QLatin1String(kBuiltIn) ? QStringLiteral("en") : QLocale().name();
        m_version = QStringLiteral("builtin-%1/%2").arg(kBuiltInRevision).arg(language);
    }
}

QString VerbalScript::builtInText()
{
    return QCoreApplication::translate("VerbalScript", kBuiltIn);
}

QString VerbalScript::render(const Values &v) const
{
    QString out = m_text;
    out.replace(QLatin1String("{number}"), v.number);
    out.replace(QLatin1String("{carrier}"), v.carrier);
    out.replace(QLatin1String("{holder}"), v.holder);
    out.replace(QLatin1String("{provider}"), v.provider);
    return out;
}

} // namespace portdesk
