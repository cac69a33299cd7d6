#pragma once
#include <QString>

namespace portdesk {

// The customer's consent to a port-in (Telegent Best Practices §8.2: submit only once the LOA is
// signed). Telegent takes no document, so PortDesk keeps this with its own record of the order:
// an "authorized" event in the order's history (registry/OrderChanges), written in the same
// transaction as the order itself. Never holds the PIN.
struct Authorization
{
    enum class Kind
    {
        None,
        Verbal,  // the agent read the script and the customer agreed on the call
        Written, // a signed Letter of Authorization
    };

    Kind kind = Kind::None;
    QString accountHolder;
    QString authorizingPerson; // empty: the account holder themself
    QString agent;             // who recorded it
    qint64 atMs = 0;           // when it was recorded; 0: not (yet)
    QString scriptVersion;     // verbal: which script was read (VerbalScript::version)
    QString reference;         // written: a reference the agent gave instead of a file (CSV, "received by mail")
    QString fileName;          // written: the signed copy's name...
    QString fileSha256;        // ...and its SHA-256 (hex); the content is kept by the registry

    // Of this kind, for this holder (authorizingPerson: someone else who gives it), recorded by
    // `agent` at atMs: what every way of taking one starts from.
    static Authorization given(Kind kind, const QString &accountHolder, const QString &authorizingPerson,
                               const QString &agent, qint64 atMs);

    // Recorded: a port-in may be submitted with it. A written LOA counts once it came back.
    bool isRecorded() const;
    bool operator==(const Authorization &) const = default;

    static QString kindKey(Kind kind); // "verbal", "written", "" (stored, never translated)
    static Kind kindFromKey(const QString &key);
    // The event's message: a compact JSON object of the kind and facts above (not who or when:
    // the event has columns for those). Decoded back by fromEvent().
    QString toEventMessage() const;
    static Authorization fromEvent(const QString &message, const QString &who, qint64 atMs);
    // The kinds of order event that carry one (message: toEventMessage()).
    static bool isAuthorizationEvent(const QString &eventKind);
    // Everything in one JSON text (kind, agent and time too): a send's write-ahead and the
    // wizard's draft keep it so. Empty for Kind::None.
    QString toRecord() const;
    static Authorization fromRecord(const QString &record);
    // One line for the history and the exports, in the reader's language (english(): scripts).
    QString describe() const;
    QString english() const;

private:
    QString render(bool translate) const;
};

// Which kinds a team accepts (a setting shared through the registry, registry/AuthorizationSettings).
enum class AuthorizationPolicy
{
    VerbalAllowed,   // a verbal authorization or a written LOA
    WrittenRequired, // only a signed LOA
};
QString authorizationPolicyKey(AuthorizationPolicy policy); // "verbal-allowed", "written-required"
AuthorizationPolicy authorizationPolicyFromKey(const QString &key);
bool isAccepted(const Authorization &authorization, AuthorizationPolicy policy);

} // namespace portdesk
