#pragma once
#include <QHash>
#include <QString>

#include "authorization/Authorization.h"
#include "authorization/VerbalScript.h"
#include "domain/validation/FieldIssue.h"

namespace portdesk {

class OrderRegistry;

// The wizard's authorization step without a widget: what the agent must fill (the account
// holder, the authorizing person if someone else), what the team accepts, the script to read
// with this port-in's facts, and when a recorded authorization no longer fits the port-in (the
// customer agreed to move another number, from another carrier, as another person).
// The team's rules (AuthorizationSettings) are read once, when the step is made: the session
// makes it again at the moments they matter (the page shown, a consent recorded, a submit), not
// at every keystroke - a team database is a round trip away.
class AuthorizationStep
{
public:
    using Values = QHash<QString, QString>; // the session's fields

    explicit AuthorizationStep(OrderRegistry *registry = nullptr);

    AuthorizationPolicy policy() const { return m_policy; }
    const VerbalScript &script() const { return m_script; }
    // The receiving provider as the script and the LOA name it.
    QString providerName() const { return m_provider; }
    // The script with this port-in's number, carrier and holder in it.
    QString scriptFor(const Values &values) const;

    static FieldIssues issues(const Values &values);
    // The agent read the script and the customer said yes: a verbal authorization, now.
    Authorization verbal(const Values &values, const QString &agent, qint64 nowMs) const;
    // A written LOA sent for signature (not recorded until it comes back).
    static Authorization pendingLoa(const Values &values, const QString &agent, qint64 nowMs);
    // Whether changing `field` voids an authorization given for the port-in as it was.
    static bool voids(const QString &field);
    // What the step lacks for a submit, in words for the agent; empty when it may go.
    QString missing(const Authorization &authorization) const;

private:
    AuthorizationPolicy m_policy;
    VerbalScript m_script;
    QString m_provider;
};

} // namespace portdesk
