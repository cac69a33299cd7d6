#pragma once
#include <QHash>
#include <QStringList>

#include "domain/validation/FieldIssue.h"
#include "messaging/TextConsent.h"

namespace portdesk {

// The wizard's own fields for the texts answer (never sent to Telegent), beside the API's names.
namespace FieldName {
inline const QString TextTo = QStringLiteral("TextConsent.To");
inline const QString TextLanguage = QStringLiteral("TextConsent.Language");
} // namespace FieldName

// "May we text you about this port?" at the authorization step, without a widget: the number to
// text (the ported number unless the agent typed another), its rules (the NANP rules of the
// ported number), the customer's language, and the answer as it is recorded with the order.
class TextConsentStep
{
public:
    using Values = QHash<QString, QString>; // the session's fields

    // The languages a text can be written in (as TextTemplates::languages()).
    static QStringList languages();
    // The desk's language when it is one of those, else English.
    static QString defaultLanguage();
    // The language chosen in `values`, else the default.
    static QString languageOf(const Values &values);
    // What the number field shows before the agent types: the ported number as agents read it.
    static QString defaultTo(const QString &portInNumber);
    // Whether `to` still is the default for `portInNumber` (empty counts as the default).
    static bool isDefaultTo(const QString &to, const QString &portInNumber);
    // The number field's problems; none unless the customer agreed (a "no" texts nowhere).
    static FieldIssues issues(const Values &values, bool agreed);
    // The answer as recorded: the number in E.164, the language, who and when.
    static TextConsent answer(const Values &values, bool agreed, const QString &agent, qint64 atMs);
};

} // namespace portdesk
