#include "LegacyOrderTexts.h"
#include "OrderTexts.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace portdesk {

namespace {

using Code = OrderTexts::Code;

// Exactly what the released versions wrote (the English sources and the translations shipped
// in translations/portdesk_{es,fr,fr_CA}.ts at the time): history, never to be edited to follow
// today's wording.
struct Written
{
    Code code;
    const char16_t *text;
};
constexpr Written kWritten[] = {
    {Code::SubmitOutcomeUnknown, u"The submit may or may not have reached Telegent."},
    {Code::SubmitOutcomeUnknown, u"Puede que el env\u00edo haya llegado a Telegent o no."},
    {Code::SubmitOutcomeUnknown, u"L'envoi est peut-\u00eatre parvenu \u00e0 Telegent, peut-\u00eatre pas."},
    {Code::NotFound, u"Telegent does not know this order (HTTP 404)."},
    {Code::NotFound, u"Telegent no conoce esta orden (HTTP 404)."},
    {Code::NotFound, u"Telegent ne conna\u00eet pas cette demande (HTTP 404)."},
    {Code::Changed, u"Changed: %1"},
    {Code::Changed, u"Cambiado: %1"},
    {Code::Changed, u"Modifi\u00e9\u00a0: %1"},
    {Code::NotReceived, u"Not received by Telegent"},
    {Code::NotReceived, u"No recibida por Telegent"},
    {Code::NotReceived, u"Non re\u00e7ue par Telegent"},
    {Code::CheckedNotReceived, u"Checked by the agent: this submit never reached Telegent."},
    {Code::CheckedNotReceived, u"Comprobado por el agente: este env\u00edo nunca lleg\u00f3 a Telegent."},
    {Code::CheckedNotReceived, u"V\u00e9rifi\u00e9 par l'agent\u00a0: cet envoi n'est jamais parvenu \u00e0 Telegent."},
    {Code::ReceivedAs, u"Received by Telegent as %1"},
    {Code::ReceivedAs, u"Recibida por Telegent como %1"},
    {Code::ReceivedAs, u"Re\u00e7ue par Telegent sous l'ID %1"},
    {Code::CheckedReceivedAs, u"Checked by the agent: Telegent received this submit as order %1."},
    {Code::CheckedReceivedAs, u"Comprobado por el agente: Telegent recibi\u00f3 este env\u00edo como la orden %1."},
    {Code::CheckedReceivedAs,
     u"V\u00e9rifi\u00e9 par l'agent\u00a0: Telegent a re\u00e7u cet envoi sous l'ID de demande %1."},
    {Code::OrderOfUnknownSubmit, u"The order of submit %1, whose outcome was unknown."},
    {Code::OrderOfUnknownSubmit, u"La orden del env\u00edo %1, cuyo resultado era desconocido."},
    {Code::OrderOfUnknownSubmit, u"La demande de l'envoi %1, dont le r\u00e9sultat \u00e9tait inconnu."},
    {Code::DuplicateOrderId, u"Telegent answered with OrderId %1, which is already recorded for %2: recorded as %3 "
                             u"to check with Telegent; not sent again."},
    {Code::DuplicateOrderId, u"Telegent respondi\u00f3 con el OrderId %1, que ya est\u00e1 registrado para %2: se "
                             u"registra como %3 para comprobarlo con Telegent; no se env\u00eda de nuevo."},
    {Code::DuplicateOrderId, u"Telegent a r\u00e9pondu avec l'OrderId %1, d\u00e9j\u00e0 enregistr\u00e9 pour "
                             u"%2\u00a0: enregistr\u00e9 comme %3, \u00e0 v\u00e9rifier aupr\u00e8s de Telegent\u202f; "
                             u"non renvoy\u00e9."},
    {Code::DuplicateOrderId, u"Telegent a r\u00e9pondu avec l'OrderId %1, d\u00e9j\u00e0 enregistr\u00e9 pour "
                             u"%2\u00a0: enregistr\u00e9 comme %3, \u00e0 v\u00e9rifier aupr\u00e8s de Telegent; "
                             u"non renvoy\u00e9."}, // fr_CA
    {Code::InterruptedSubmit, u"PortDesk stopped while this submit was on its way: it may or may not have reached "
                              u"Telegent. Verify it before sending the number again."},
    {Code::InterruptedSubmit, u"PortDesk se detuvo mientras este env\u00edo estaba en camino: puede que haya llegado "
                              u"a Telegent o no. Verif\u00edquelo antes de volver a enviar el n\u00famero."},
    {Code::InterruptedSubmit, u"PortDesk s'est arr\u00eat\u00e9 pendant cet envoi\u00a0: il est peut-\u00eatre "
                              u"parvenu \u00e0 Telegent, peut-\u00eatre pas. V\u00e9rifiez-le avant de renvoyer le "
                              u"num\u00e9ro."},
    {Code::InterruptedAction, u"PortDesk stopped while this %1 was on its way: it may or may not have reached "
                              u"Telegent; the next status check tells."},
    {Code::InterruptedAction, u"PortDesk se detuvo mientras esta operaci\u00f3n (%1) estaba en camino: puede que "
                              u"haya llegado a Telegent o no; la pr\u00f3xima consulta de estado lo dir\u00e1."},
    {Code::InterruptedAction, u"PortDesk s'est arr\u00eat\u00e9 pendant cette op\u00e9ration (%1)\u00a0: elle est "
                              u"peut-\u00eatre parvenue \u00e0 Telegent, peut-\u00eatre pas\u202f; la prochaine "
                              u"v\u00e9rification du statut le dira."},
    {Code::InterruptedAction, u"PortDesk s'est arr\u00eat\u00e9 pendant cette op\u00e9ration (%1)\u00a0: elle est "
                              u"peut-\u00eatre parvenue \u00e0 Telegent, peut-\u00eatre pas; la prochaine "
                              u"v\u00e9rification du statut le dira."}, // fr_CA
};

// "Changed: %1" said "nothing" for an update that changed no field.
constexpr const char16_t *kNothing[] = {u"nothing", u"nada", u"rien"};

struct Pattern
{
    Code code;
    QRegularExpression re;
    QList<int> order; // which argument (0-based) each capture is
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> list = [] {
        std::vector<Pattern> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const Written &w : kWritten) {
            const QString text = QString::fromUtf16(w.text);
            QString re = QStringLiteral("^");
            QList<int> order;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                re += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
                order << m.captured(1).toInt() - 1;
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
            out.push_back({w.code, QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption), order});
        }
        return out;
    }();
    return list;
}

} // namespace

QString LegacyOrderTexts::codeFor(const QString &text)
{
    if (text.isEmpty() || OrderTexts::isCode(text))
        return {};
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(text);
        if (!m.hasMatch())
            continue;
        QStringList args(p.order.size());
        for (int i = 0; i < p.order.size(); ++i)
            args[p.order.at(i)] = m.captured(i + 1);
        if (p.code == Code::Changed) {
            // The field list: API names joined with ", ", or the word for "nothing".
            bool nothing = false;
            for (const char16_t *n : kNothing)
                nothing = nothing || args.constFirst() == QString::fromUtf16(n);
            static const QRegularExpression name(QStringLiteral("^[A-Za-z]+$"));
            const QStringList fields = nothing ? QStringList() : args.constFirst().split(QStringLiteral(", "));
            for (const QString &f : fields) {
                if (!name.match(f).hasMatch())
                    return {};
            }
            args = fields;
        }
        return OrderTexts::encode(p.code, args);
    }
    return {};
}

bool LegacyOrderTexts::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Statuses: only closed unknown-outcome rows ever held PortDesk's words.
    QList<std::pair<QString, QString>> orders; // order_id, code
    if (!q.exec(QStringLiteral("SELECT order_id, status FROM orders WHERE status <> ''")))
        return *error = q.lastError().text(), false;
    while (q.next()) {
        const QString code = codeFor(q.value(1).toString());
        if (!code.isNull())
            orders.append({q.value(0).toString(), code});
    }
    // Events: a status event's message is Telegent's own (a carrier code), never PortDesk's.
    struct Event
    {
        qint64 id;
        QString oldStatus, newStatus, message;
    };
    QList<Event> events;
    if (!q.exec(QStringLiteral("SELECT id, old_status, new_status, message FROM order_events WHERE kind <> 'status'")))
        return *error = q.lastError().text(), false;
    while (q.next()) {
        Event e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        bool changed = false;
        for (QString *text : {&e.oldStatus, &e.newStatus, &e.message}) {
            const QString code = codeFor(*text);
            if (!code.isNull()) {
                *text = code;
                changed = true;
            }
        }
        if (changed)
            events.append(e);
    }
    q.finish();
    for (const auto &[orderId, code] : orders) {
        q.prepare(QStringLiteral("UPDATE orders SET status = ? WHERE order_id = ?"));
        q.addBindValue(code);
        q.addBindValue(orderId);
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    for (const Event &e : events) {
        q.prepare(QStringLiteral("UPDATE order_events SET old_status = ?, new_status = ?, message = ? WHERE id = ?"));
        const auto text = [](const QString &v) { return QVariant(v.isNull() ? QStringLiteral("") : v); };
        for (const QVariant &v : {text(e.oldStatus), text(e.newStatus), text(e.message), QVariant(e.id)})
            q.addBindValue(v);
        if (!q.exec())
            return *error = q.lastError().text(), false;
    }
    return true;
}

} // namespace portdesk
