#include "TextTemplates.h"
#include "SmsLength.h"
#include "domain/ControlChars.h"
#include "domain/OrderRecord.h"
#include "domain/SecretText.h"
#include "registry/OrderRegistry.h"

#include <QRegularExpression>

namespace portdesk {

namespace {
using Fix = CarrierCodeAdvice::Fix;

// PortDesk's own words, per language: customer-facing content, not the desk's interface, so they
// do not follow the agent's language but the customer's. Written to stay within two segments
// with a brand of kMaxBrandLength and the longest fix (tst_texttemplates checks every one).
struct Defaults
{
    const char *language;
    const char *submitted;
    const char *needsAction;
    const char *scheduled;
    const char *completed;
    const char *cancelled;
};
constexpr Defaults kDefaults[] = {
    {"en",
     "{brand}: we asked your current carrier to move your number ending in {last4} to us. We will text you as it "
     "moves.",
     "{brand}: the move of your number ending in {last4} is on hold: {fix}.",
     "{brand}: the move of your number ending in {last4} is scheduled. We will text you when it is done.",
     "{brand}: your number ending in {last4} is now with us. Restart your phone if calls or texts do not work yet.",
     "{brand}: the move of your number ending in {last4} was cancelled. Please call us if you did not expect this."},
    {"es", "{brand}: pedimos a su compañía actual el traslado de su número ({last4}). Le avisaremos por texto.",
     "{brand}: su traslado ({last4}) está detenido: {fix}.",
     "{brand}: el traslado de su número ({last4}) está programado. Le avisaremos al terminar.",
     "{brand}: su número ({last4}) ya está con nosotros. Reinicie su teléfono si algo no funciona.",
     "{brand}: se canceló el traslado de su número ({last4}). Llámenos si no lo esperaba."},
    {"fr",
     "{brand} : nous avons demandé à votre opérateur actuel le transfert de votre numéro finissant par {last4}. Nous "
     "vous tiendrons au courant par SMS.",
     "{brand} : le transfert de votre numéro finissant par {last4} est en attente : {fix}.",
     "{brand} : le transfert de votre numéro finissant par {last4} est planifié. Nous vous écrirons une fois terminé.",
     "{brand} : votre numéro finissant par {last4} est maintenant chez nous. Redémarrez votre téléphone si besoin.",
     "{brand} : le transfert de votre numéro finissant par {last4} a été annulé. Appelez-nous si ce n'était pas "
     "prévu."},
};

struct FixWords
{
    const char *language;
    const char *none;
    const char *accountNumber;
    const char *pin;
    const char *reviewAll;
    const char *numberLock;
};
constexpr FixWords kFixes[] = {
    {"en", "we need a detail from you - please call us",
     "the account number from your current carrier did not match - please call us",
     "your transfer PIN was not accepted - please call us",
     "your current carrier asks us to check some details - please call us",
     "your current carrier has locked the number - please ask them to unlock it, then call us"},
    {"es", "necesitamos un dato suyo; llámenos", "el número de cuenta de su compañía actual no coincide; llámenos",
     "su PIN de transferencia no fue aceptado; llámenos", "su compañía actual pide revisar algunos datos; llámenos",
     "su compañía bloqueó el número; pida que lo desbloqueen y llámenos"},
    {"fr", "nous avons besoin d'une information de votre part ; appelez-nous",
     "le numéro de compte de votre opérateur actuel ne correspond pas ; appelez-nous",
     "votre NIP de transfert n'a pas été accepté ; appelez-nous",
     "votre opérateur actuel demande de vérifier des informations ; appelez-nous",
     "votre opérateur a verrouillé le numéro ; demandez-lui de le déverrouiller, puis appelez-nous"},
};

const Defaults &defaultsFor(const QString &language)
{
    for (const Defaults &d : kDefaults) {
        if (language == QLatin1String(d.language))
            return d;
    }
    return kDefaults[0];
}

const FixWords &fixesFor(const QString &language)
{
    for (const FixWords &f : kFixes) {
        if (language == QLatin1String(f.language))
            return f;
    }
    return kFixes[0];
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

// The longest fix of the language (of any language when none is given): what a {fix} may become.
QString longestFix(const QString &language)
{
    QString longest;
    for (const FixWords &f : kFixes) {
        if (!language.isEmpty() && language != QLatin1String(f.language))
            continue;
        for (const char *words : {f.none, f.accountNumber, f.pin, f.reviewAll, f.numberLock}) {
            const QString w = QString::fromUtf8(words);
            if (SmsLength::of(w).units > SmsLength::of(longest).units)
                longest = w;
        }
    }
    return longest;
}

QString alnumLower(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}
} // namespace

QStringList TextTemplates::languages()
{
    QStringList out;
    for (const Defaults &d : kDefaults)
        out << QLatin1String(d.language);
    return out;
}

QString TextTemplates::languageName(const QString &language)
{
    // Each language by its own name, as the customer would pick it.
    if (language == u"es")
        return QStringLiteral("Español");
    if (language == u"fr")
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString TextTemplates::defaultTemplate(TextTrigger trigger, const QString &language)
{
    const Defaults &d = defaultsFor(language);
    switch (trigger) {
    case TextTrigger::Submitted:
        return QString::fromUtf8(d.submitted);
    case TextTrigger::NeedsAction:
        return QString::fromUtf8(d.needsAction);
    case TextTrigger::Scheduled:
        return QString::fromUtf8(d.scheduled);
    case TextTrigger::Completed:
        return QString::fromUtf8(d.completed);
    case TextTrigger::Cancelled:
        return QString::fromUtf8(d.cancelled);
    }
    return {};
}

QString TextTemplates::customerFix(CarrierCodeAdvice::Fix fix, const QString &language)
{
    const FixWords &f = fixesFor(language);
    switch (fix) {
    case Fix::AccountNumber:
        return QString::fromUtf8(f.accountNumber);
    case Fix::Pin:
        return QString::fromUtf8(f.pin);
    case Fix::ReviewAll:
        return QString::fromUtf8(f.reviewAll);
    case Fix::NumberLock:
        return QString::fromUtf8(f.numberLock);
    case Fix::None:
        break;
    }
    return QString::fromUtf8(f.none);
}

QString TextTemplates::render(const QString &templateText, const TextFacts &facts)
{
    QString out = templateText;
    if (facts.brand.isEmpty()) { // no brand set: "{brand}: " would leave a lone colon
        static const QRegularExpression lead(QStringLiteral("\\{brand\\}\\s*:?\\s*"));
        out.remove(lead);
    }
    out.replace(QLatin1String("{last4}"), facts.last4);
    out.replace(QLatin1String("{brand}"), facts.brand);
    out.replace(QLatin1String("{fix}"), facts.fix);
    return out.trimmed();
}

QString TextTemplates::compose(const OrderRegistry *registry, TextTrigger trigger, const QString &language,
                               const QString &e164, CarrierCodeAdvice::Fix fix)
{
    TextFacts facts;
    facts.last4 = e164.right(4);
    facts.brand = registry ? registry->meta(QString::fromLatin1(kBrandKey)) : QString();
    if (trigger == TextTrigger::NeedsAction)
        facts.fix = customerFix(fix, language);
    return render(load(registry, trigger, language), facts);
}

QString TextTemplates::problem(const QString &templateText, const QString &language)
{
    if (templateText.trimmed().isEmpty())
        return tr("The text is empty: write what the customer should read.");
    QString withoutNewlines = templateText;
    withoutNewlines.remove(QLatin1Char('\n'));
    if (const auto c = firstControlOrFormat(withoutNewlines))
        return tr("The text contains a character that is not text (%1): remove it.")
            .arg(escapeControls(QString::fromUcs4(&*c, 1)));
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name != u"last4" && name != u"brand" && name != u"fix")
            return tr("{%1} is not something PortDesk fills in: use {last4}, {brand} or {fix}. A text never "
                      "holds the PIN, the account number or the address.")
                .arg(name);
    }
    static const QRegularExpression digits(QStringLiteral("\\d{4,}"));
    const QRegularExpressionMatch run = digits.match(templateText);
    if (run.hasMatch())
        return tr("The text holds %1 digits in a row (%2): a PIN or an account number must never be in a "
                  "text. Use {last4} for the number.")
            .arg(run.capturedLength())
            .arg(run.captured());
    if (looksLikePin(templateText))
        return tr("The text looks like it holds a PIN: leave the digits out.");
    const QString longest = render(
        templateText, {QStringLiteral("0000"), QString(kMaxBrandLength, QLatin1Char('W')), longestFix(language)});
    const SmsLength length = SmsLength::of(longest);
    if (length.segments > kMaxTextSegments)
        return tr("Filled in, this text can take %1 segments (%2); PortDesk sends at most %3: shorten it.")
            .arg(length.segments)
            .arg(length.encodingName())
            .arg(kMaxTextSegments);
    return {};
}

QString TextTemplates::refusal(const QString &body, const OrderRecord &order)
{
    if (holdsAccountNumber(body, order.accountNumber))
        return tr("The text would hold the order's account number.");
    if (looksLikePin(body))
        return tr("The text looks like it holds a PIN.");
    const QString text = alnumLower(body);
    for (const QString &line : {order.address.street1, order.address.street2}) {
        const QString l = alnumLower(line);
        if (l.size() >= 4 && text.contains(l))
            return tr("The text would hold the customer's billing address.");
    }
    static const QRegularExpression zip(QStringLiteral("(?<!\\d)(\\d{5})(?!\\d)"));
    auto it = zip.globalMatch(body);
    while (it.hasNext()) {
        if (!order.address.zip.isEmpty() && it.next().captured(1) == order.address.zip.left(5))
            return tr("The text would hold the customer's ZIP code.");
    }
    const SmsLength length = SmsLength::of(body);
    if (length.segments > kMaxTextSegments)
        return tr("The text would take %1 segments (%2); PortDesk sends at most %3.")
            .arg(length.segments)
            .arg(length.encodingName())
            .arg(kMaxTextSegments);
    return {};
}

QString TextTemplates::metaKey(TextTrigger trigger, const QString &language)
{
    return QStringLiteral("texts/template/%1/%2").arg(language, textTriggerKey(trigger));
}

QString TextTemplates::load(const OrderRegistry *registry, TextTrigger trigger, const QString &language)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    if (registry) {
        const QString team = registry->meta(metaKey(trigger, lang));
        if (!team.isEmpty())
            return team;
    }
    return defaultTemplate(trigger, lang);
}

bool TextTemplates::save(OrderRegistry *registry, TextTrigger trigger, const QString &language, const QString &text,
                         QString *error)
{
    const bool isDefault = text.trimmed().isEmpty() || text.trimmed() == defaultTemplate(trigger, language);
    if (!isDefault) {
        const QString why = problem(text, language);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    return registry->setMeta(metaKey(trigger, language), isDefault ? QString() : text.trimmed(), error);
}

} // namespace portdesk
