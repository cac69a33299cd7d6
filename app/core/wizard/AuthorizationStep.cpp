#include "AuthorizationStep.h"
#include "domain/ControlChars.h"
#include "domain/PhoneNumber.h"
#include "domain/validation/FieldNames.h"
#include "registry/AuthorizationSettings.h"

#include <QCoreApplication>

namespace portdesk {

using namespace FieldName;

namespace {
constexpr int kMaxName = 100; // as long as a SubscriberName may be

QString tr(const char *text)
{
    // lupdate files this file's tr("...") calls under the class's qualified name.
    return QCoreApplication::translate("portdesk::AuthorizationStep", text);
}
} // namespace

AuthorizationStep::AuthorizationStep(OrderRegistry *registry)
{
    const AuthorizationSettings settings(registry);
    m_policy = settings.policy();
    m_script = VerbalScript(settings.scriptText());
    m_provider = settings.providerOrDefault();
}

QString AuthorizationStep::scriptFor(const Values &v) const
{
    const QString holder = v.value(AccountHolder).trimmed();
    const QString e164 = normalizeUsNumber(v.value(PortInNumber)).e164;
    const QString number = e164.isEmpty() ? v.value(PortInNumber).trimmed() : formatNationalNumber(e164);
    return m_script.render({number, v.value(CurrentCarrierName).trimmed(),
                            holder.isEmpty() ? tr("[account holder]") : holder, m_provider});
}

FieldIssues AuthorizationStep::issues(const Values &v)
{
    FieldIssues out;
    const auto error = [&out](const QString &field, const char *code, const QString &message) {
        out.append({FieldIssue::Severity::Error, field, QLatin1String(code), message});
    };
    for (const QString &field : {AccountHolder, AuthorizingPerson}) {
        const QString value = v.value(field).trimmed();
        if (value.size() > kMaxName)
            error(field, "authorization.too-long", tr("At most %1 characters.").arg(kMaxName));
        else if (firstControlOrFormat(value).has_value())
            error(field, "authorization.control-chars", tr("Remove the control characters (tabs, line breaks)."));
    }
    if (v.value(AccountHolder).trimmed().isEmpty())
        error(AccountHolder, "authorization.holder-missing",
              tr("Enter the account holder's name, as on the current carrier's account."));
    return out;
}

Authorization AuthorizationStep::verbal(const Values &v, const QString &agent, qint64 nowMs) const
{
    Authorization a = Authorization::given(Authorization::Kind::Verbal, v.value(AccountHolder),
                                           v.value(AuthorizingPerson), agent, nowMs);
    a.scriptVersion = m_script.version();
    return a;
}

Authorization AuthorizationStep::pendingLoa(const Values &v, const QString &agent, qint64 nowMs)
{
    return Authorization::given(Authorization::Kind::Written, v.value(AccountHolder), v.value(AuthorizingPerson), agent,
                                nowMs);
}

bool AuthorizationStep::voids(const QString &field)
{
    return field == PortInNumber || field == CurrentCarrierName || field == AccountHolder || field == AuthorizingPerson;
}

QString AuthorizationStep::missing(const Authorization &a) const
{
    if (a.kind == Authorization::Kind::Written && !a.isRecorded())
        return tr("The signed LOA has not come back yet: attach it in the orders view, then continue this port-in.");
    if (!a.isRecorded())
        return tr("Record the customer's authorization first (Authorization page): nothing was sent.");
    if (!isAccepted(a, m_policy))
        return tr("Your team requires a signed LOA for every port-in: a verbal authorization is not enough.");
    return {};
}

} // namespace portdesk
