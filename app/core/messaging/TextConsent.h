#pragma once
#include <QString>

namespace portdesk {

// The customer's answer, asked at the wizard's authorization step, to "may we text you about
// this port?" - yes (to which mobile number, in which language) or no. Recorded with the order as
// a "text-consent" event in the transaction that records the order, like its authorization
// (who: the agent; when: the moment the agent recorded the answer). No consent, no text - ever:
// an order without such an event, or whose latest one says no, is never texted.
struct TextConsent
{
    bool asked = false;  // the agent recorded an answer (false: nothing to record)
    bool agreed = false; // the customer said yes
    QString to;          // E.164 mobile number; the ported number by default
    QString language;    // "en", "es", "fr" (TextTemplates::languages())
    QString agent;
    qint64 atMs = 0;

    bool operator==(const TextConsent &) const = default;

    // The event's message: compact JSON of agreed, to and language (who and when are columns).
    QString toEventMessage() const;
    static TextConsent fromEvent(const QString &message, const QString &who, qint64 atMs);
    static inline const char *kEventKind = "text-consent";
    // Everything in one JSON text, for a send's write-ahead and the wizard's draft; empty when not asked.
    QString toRecord() const;
    static TextConsent fromRecord(const QString &record);
    // One line for the history and the exports, in the reader's language:
    // "Texts about this port: yes, to (555) 010-0199, in Spanish" / "Texts about this port: no".
    QString describe() const;
    // The answer alone, for a fact beside others: "Yes, to (555) 010-0199, Spanish" / "No" /
    // "Not asked".
    QString answerText() const;
    // A language as the reader calls it: "es" is "Spanish" to an English reader.
    static QString languageName(const QString &language);
};

} // namespace portdesk
