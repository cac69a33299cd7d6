#pragma once
#include <QString>

#include "authorization/Authorization.h"
#include "domain/PortInTypes.h"
#include "messaging/TextConsent.h"
#include "telegent/ApiError.h"

namespace portdesk {

class OrderRegistry;

// The one "record the send, then record the answer" unit of the desk: the wizard, bulk (GUI
// and CLI) and the supervisors' update/cancel all go through it. Telegent cannot list orders,
// so an OrderId PortDesk fails to record is a port nobody tracks; hence:
//  - before a request leaves, its intent (number, operation, who, when, which process - never the
//    PIN nor anything derived from it) is written in a transaction that also claims the number.
//    The claim is the number_claims primary key: a number with an open order, an unknown outcome
//    or a send on its way can not be claimed again, by this process or any other on the registry;
//  - if that write fails, nothing may be sent (ApiError::Kind::Storage names the file and cause);
//  - the answer turns the intent into the order, a refusal (number freed, error kept) or an
//    unknown outcome, in one transaction; an OrderId already recorded is flagged, not merged;
//  - intents left by a process that died are turned into unknown outcomes at the next start.
// Cheap to construct: it holds no state but the registry and who acts.
class SendJournal
{
public:
    enum class Outcome
    {
        Ordered,
        Refused,
        Unknown,
        Duplicate
    };
    struct Answer
    {
        Outcome outcome = Outcome::Refused;
        QString orderId; // Telegent's (Ordered), or the registry's UNKNOWN-... id (Unknown, Duplicate)
        ApiError error;  // what to report: Telegent's error, a duplicate, or a Storage failure
    };

    SendJournal(OrderRegistry *registry, QString who);

    // The customer's authorization of the submit to come: kept in its write-ahead and given to
    // whatever row the answer creates (the order, an unknown outcome, a duplicate flag) as an
    // "authorized" event in the same transaction. `resumes`: the "LOA-" row of a port-in that
    // waited for its signed LOA; its number passes to the submit, back to it on a refusal, and
    // it is closed as "submitted as <id>" when a row for the submit is recorded.
    void setAuthorization(const Authorization &authorization, const QString &resumes = {});
    // The customer's answer to "may we text you about this port?", kept in the same write-ahead
    // and written as a "text-consent" event beside the "authorized" one. Not asked: nothing.
    void setTextConsent(const TextConsent &consent) { m_textConsent = consent; }

    // Write-ahead of a submit. Returns the intent's id, or 0 with *error: Storage (nothing may be
    // sent), or Validation on PortInNumber when the number is already held (nothing is sent).
    qint64 beforeSubmit(const QString &e164, qint64 nowMs, ApiError *error);
    // The submit's answer: ok with its result, or the client's error.
    Answer afterSubmit(qint64 intent, const PortInRequest &request, bool ok, const SubmitResult &result,
                       const ApiError &error, qint64 nowMs);
    // The desk stops waiting for the answer (it is closing): an unknown outcome from now on.
    Answer abandonSubmit(qint64 intent, const PortInRequest &request, qint64 nowMs);

    // Write-ahead of an update or cancel of a recorded order ("update" / "cancel").
    qint64 beforeAction(const QString &operation, const QString &orderId, qint64 nowMs, ApiError *error);
    // Their answers: the order is changed and the intent closed in one transaction. Returns the
    // error to report (Telegent's, or Storage when the answer could not be recorded).
    ApiError afterUpdate(qint64 intent, const UpdatePortInRequest &request, bool ok, const UpdateResult &result,
                         const ApiError &error, qint64 nowMs);
    ApiError afterCancel(qint64 intent, const QString &orderId, bool ok, const CancelResult &result,
                         const ApiError &error, qint64 nowMs);

    // At start-up: intents whose process is gone (same host, process not running; another host:
    // older than kForeignOrphanMs) become unknown outcomes to verify. Returns how many, -1 on error.
    int recoverOrphans(qint64 nowMs, QString *error);
    static constexpr qint64 kForeignOrphanMs = 15 * 60 * 1000;

    // "Nothing was sent: the order database FILE cannot record it: CAUSE".
    static ApiError storageError(const QString &location, const QString &cause, bool sent = false);

private:
    bool beginWrite(QString *why);
    // Begins the write transaction and inserts a 'sending' intent; 0 (and *error) when it can not.
    qint64 insertIntent(const QString &operation, const QString &number, const QString &orderId, qint64 nowMs,
                        ApiError *error);
    // The submit's authorization and text consent on the row it created, and the waiting row it
    // resumed closed.
    bool recordAuthorization(const QString &orderId, qint64 nowMs, QString *why);
    // What send_intents.consent keeps: the authorization's record, the row it resumes and the
    // text consent (under "texts": no migration, the column is JSON already).
    QString consentRecord() const;
    void takeConsentRecord(const QString &record);
    bool commit(ApiError *error);
    bool closeIntent(qint64 intent, const QString &state, const QString &orderId, const QString &answer, QString *why);
    bool moveClaim(qint64 intent, const QString &holder, QString *why);
    // Rolls back and re-reads the registry so memory matches the file again.
    void rollback();

    OrderRegistry *m_registry;
    QString m_who;
    Authorization m_authorization;
    QString m_resumes;
    TextConsent m_textConsent;
};

} // namespace portdesk
