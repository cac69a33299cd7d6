#include "OrderTexts.h"
#include "domain/OrderStatus.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace portdesk {

namespace {

const QLatin1String kPrefix("portdesk.");

struct Text
{
    OrderTexts::Code code;
    const char *name; // stored: never change one, add a new code instead
    // The words keep the contexts they were written under before codes, so the shipped
    // catalogues go on translating them.
    const char *context;
    const char *source;
    int args;
};

constexpr Text kTexts[] = {
    {OrderTexts::Code::SubmitOutcomeUnknown, "submit-outcome-unknown", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "The submit may or may not have reached Telegent."), 0},
    {OrderTexts::Code::NotFound, "not-found", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "Telegent does not know this order (HTTP 404)."), 0},
    {OrderTexts::Code::Changed, "changed", "OrderChanges", QT_TRANSLATE_NOOP("OrderChanges", "Changed: %1"), 0},
    {OrderTexts::Code::NotReceived, "not-received", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "Not received by Telegent"), 0},
    {OrderTexts::Code::CheckedNotReceived, "checked-not-received", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "Checked by the agent: this submit never reached Telegent."), 0},
    {OrderTexts::Code::ReceivedAs, "received-as", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "Received by Telegent as %1"), 1},
    {OrderTexts::Code::CheckedReceivedAs, "checked-received-as", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "Checked by the agent: Telegent received this submit as order %1."), 1},
    {OrderTexts::Code::OrderOfUnknownSubmit, "order-of-unknown-submit", "OrderChanges",
     QT_TRANSLATE_NOOP("OrderChanges", "The order of submit %1, whose outcome was unknown."), 1},
    {OrderTexts::Code::DuplicateOrderId, "duplicate-order-id", "SendJournal",
     QT_TRANSLATE_NOOP("SendJournal", "Telegent answered with OrderId %1, which is already recorded for %2: recorded "
                                      "as %3 to check with Telegent; not sent again."),
     3},
    {OrderTexts::Code::InterruptedSubmit, "interrupted-submit", "SendJournal",
     QT_TRANSLATE_NOOP("SendJournal", "PortDesk stopped while this submit was on its way: it may or may not have "
                                      "reached Telegent. Verify it before sending the number again."),
     0},
    {OrderTexts::Code::InterruptedAction, "interrupted-action", "SendJournal",
     QT_TRANSLATE_NOOP("SendJournal", "PortDesk stopped while this %1 was on its way: it may or may not have reached "
                                      "Telegent; the next status check tells."),
     1},
    {OrderTexts::Code::AwaitingAuthorization, "awaiting-authorization", "OrderTexts",
     QT_TRANSLATE_NOOP("OrderTexts", "Awaiting authorization"), 0},
    {OrderTexts::Code::AuthorizationReceived, "authorization-received", "OrderTexts",
     QT_TRANSLATE_NOOP("OrderTexts", "Authorized, not submitted yet"), 0},
    {OrderTexts::Code::LoaSent, "loa-sent", "OrderTexts",
     QT_TRANSLATE_NOOP("OrderTexts", "Written LOA created for the customer to sign; nothing sent to Telegent."), 0},
    {OrderTexts::Code::Withdrawn, "withdrawn", "OrderTexts",
     QT_TRANSLATE_NOOP("OrderTexts", "Withdrawn before it was submitted"), 0},
    {OrderTexts::Code::SubmittedAs, "submitted-as", "OrderTexts", QT_TRANSLATE_NOOP("OrderTexts", "Submitted as %1"),
     1},
};

// The fields an update names (OrderChanges::update). The English "translation" is the API name
// itself, as the history always showed it.
struct Field
{
    const char *source;
    const char *comment;
};
constexpr Field kFields[] = {
    QT_TRANSLATE_NOOP3("OrderTexts", "CurrentCarrierName", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "CurrentAccountNumber", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "CurrentAccountPassword", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "SubscriberName", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "ICCID", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "CurrentBillingAddress", "API field an update changed, in an order's history"),
    QT_TRANSLATE_NOOP3("OrderTexts", "PortInDate", "API field an update changed, in an order's history"),
};

const QLatin1String kPortDate("PortInDate=");

const Text *textOf(OrderTexts::Code code)
{
    for (const Text &t : kTexts) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

// The stored text's entry and arguments; nullptr when it is not a code this version knows.
const Text *parse(const QString &stored, QStringList *args)
{
    if (!stored.startsWith(kPrefix))
        return nullptr;
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    const QString name = stored.mid(kPrefix.size(), colon < 0 ? -1 : colon - kPrefix.size());
    const Text *found = nullptr;
    for (const Text &t : kTexts) {
        if (name == QLatin1String(t.name))
            found = &t;
    }
    if (!found)
        return nullptr;
    args->clear();
    if (colon >= 0) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(stored.mid(colon + 1).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return nullptr;
        for (const QJsonValue &v : doc.array()) {
            if (!v.isString())
                return nullptr;
            args->append(v.toString());
        }
    }
    return args->size() >= found->args ? found : nullptr;
}

} // namespace

QString OrderTexts::encode(Code code, const QStringList &args)
{
    const Text *t = textOf(code);
    Q_ASSERT(t);
    QString out = kPrefix + QLatin1String(t->name);
    if (!args.isEmpty())
        out += QLatin1Char(':') +
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact));
    return out;
}

bool OrderTexts::isCode(const QString &stored)
{
    QStringList args;
    return parse(stored, &args) != nullptr;
}

QString OrderTexts::fieldName(const QString &apiName)
{
    for (const Field &f : kFields) {
        if (apiName == QLatin1String(f.source))
            return QCoreApplication::translate("OrderTexts", f.source, f.comment);
    }
    return apiName;
}

QString OrderTexts::portDateArg(const QString &isoDate)
{
    return kPortDate + isoDate;
}

QString OrderTexts::portDateOf(const QString &arg)
{
    return arg.startsWith(kPortDate) ? arg.mid(kPortDate.size()) : QString();
}

QString OrderTexts::render(const QString &stored, bool translate)
{
    QStringList args;
    const Text *t = parse(stored, &args);
    if (!t)
        return stored;
    const QString words = translate ? QCoreApplication::translate(t->context, t->source) : QString::fromUtf8(t->source);
    if (t->code == Code::Changed) {
        QStringList fields;
        for (const QString &a : args) {
            const QString date = portDateOf(a);
            if (date.isEmpty())
                fields << (translate ? fieldName(a) : a);
            else // "PortInDate 2026-12-20"
                fields << (translate ? fieldName(QStringLiteral("PortInDate")) : QStringLiteral("PortInDate")) +
                              QLatin1Char(' ') + date;
        }
        const QString nothing =
            translate ? QCoreApplication::translate("OrderChanges", "nothing") : QStringLiteral("nothing");
        return words.arg(fields.isEmpty() ? nothing : fields.join(QStringLiteral(", ")));
    }
    switch (t->args) {
    case 1:
        return words.arg(args.at(0));
    case 3:
        return words.arg(args.at(0), args.at(1), args.at(2));
    default:
        return words;
    }
}

QString OrderTexts::display(const QString &stored)
{
    return render(stored, true);
}

QString OrderTexts::english(const QString &stored)
{
    return render(stored, false);
}

QString OrderTexts::status(const QString &stored)
{
    return isCode(stored) ? display(stored) : statusLabel(stored);
}

} // namespace portdesk
