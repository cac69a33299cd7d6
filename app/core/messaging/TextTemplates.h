#pragma once
#include "domain/CarrierCodes.h"
#include "messaging/TextTrigger.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace portdesk {

class OrderRegistry;
struct OrderRecord;

// What a customer's text may hold: nothing else can reach a body, since a template knows only
// these placeholders - {last4}, {brand}, {fix} - never the PIN, the account number or the address.
struct TextFacts
{
    QString last4; // the ported number's last four digits
    QString brand; // the team's brand ("Acme Mobile")
    QString fix;   // NeedsAction: what the customer should do, in their language (customerFix)
};

// The texts sent to customers, per language (en, es, fr) and trigger: PortDesk's defaults, or
// the team's own, kept in the registry's meta so every desk of a team sends the same words.
class TextTemplates
{
    Q_DECLARE_TR_FUNCTIONS(TextTemplates)

public:
    static QStringList languages();                       // "en", "es", "fr"
    static QString languageName(const QString &language); // "English", "Español", "Français"
    static QString defaultTemplate(TextTrigger trigger, const QString &language);
    // The fix in the customer's words ("your transfer PIN was not accepted - please call us").
    static QString customerFix(CarrierCodeAdvice::Fix fix, const QString &language);
    static QString render(const QString &templateText, const TextFacts &facts);
    // The text for this trigger to the customer of number e164, in their language: the team's
    // template (or the default) filled with the number's last 4, the team's brand and, for
    // NeedsAction, `fix` in the customer's words.
    static QString compose(const OrderRegistry *registry, TextTrigger trigger, const QString &language,
                           const QString &e164, CarrierCodeAdvice::Fix fix = CarrierCodeAdvice::Fix::None);
    // A brand longer than this is refused where it is set: problem() counts segments with it.
    static constexpr int kMaxBrandLength = 24;

    // Why a template can not be saved, in the agent's language; empty when it can: a placeholder
    // other than the three, an empty text, more than kMaxTextSegments once rendered with the
    // longest facts (the longest fix of `language`, of any language when empty), or digits that
    // could be a PIN or an account number (4 or more in a row).
    static QString problem(const QString &templateText, const QString &language = {});
    // Why this rendered body must not go to this order's customer; empty when it may: it holds
    // the order's account number, a line of its billing address, or something like a PIN
    // (registry/OrderNotes' rule). The last guard: templates are checked when saved.
    static QString refusal(const QString &body, const OrderRecord &order);

    // The team's template, else the default. registry may be nullptr (defaults).
    static QString load(const OrderRegistry *registry, TextTrigger trigger, const QString &language);
    // Saves it for the team (an empty text, or the default, goes back to the default).
    static bool save(OrderRegistry *registry, TextTrigger trigger, const QString &language, const QString &text,
                     QString *error);
    // The registry meta keys: "texts/template/<language>/<trigger>", "texts/from", "texts/brand".
    static QString metaKey(TextTrigger trigger, const QString &language);
    static inline const char *kFromKey = "texts/from";
    static inline const char *kBrandKey = "texts/brand";
};

} // namespace portdesk
