#include "CliOrders.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "common/IsoTimestamps.h"
#include "domain/OrderStatus.h"
#include "messaging/TextConsent.h"
#include "registry/CustomerTexts.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace portdesk {

void CliOrders::run(const QStringList &args)
{
    QString group = QStringLiteral("all");
    if (args.size() == 2 && args.at(0) == QLatin1String("--group"))
        group = args.at(1);
    else if (!args.isEmpty())
        return fail(CliExit::Usage,
                    QStringLiteral("orders takes [--group open|action|completed|cancelled|unknown-outcome|all]"));
    static const QStringList groups = {
        QStringLiteral("open"),      QStringLiteral("action"),          QStringLiteral("completed"),
        QStringLiteral("cancelled"), QStringLiteral("unknown-outcome"), QStringLiteral("all")};
    if (!groups.contains(group))
        return fail(CliExit::Usage, QStringLiteral("--group must be one of %1").arg(groups.join(QLatin1Char('|'))));
    OrderRegistry *registry = m_context->registry();
    if (!registry->isOpen())
        return fail(CliExit::Storage, m_context->registryError());
    QJsonArray array;
    QList<QStringList> table;
    const QHash<QString, QList<CustomerTexts::Text>> texts = CustomerTexts(registry, {}).allTexts();
    for (const QString &id : registry->orderIds()) {
        const OrderRecord &r = *registry->find(id);
        QString key = statusGroupKey(r.group);
        if (r.outcomeUnknown && !isTerminal(r.group))
            key = QStringLiteral("unknown-outcome"); // never polled: to resolve (see `resolve`)
        else if (key == QLatin1String("unknown"))
            key = QStringLiteral("open"); // unknown statuses are still polled, like open ones
        if (group != QLatin1String("all") && key != group)
            continue;
        // With its offset: a script in another zone, or across a clock change, reads one instant.
        const QString submitted = isoWithOffset(r.submittedAtMs);
        QJsonObject row{{QStringLiteral("OrderId"), r.orderId},
                        {QStringLiteral("PortInNumber"), r.number},
                        {QStringLiteral("Status"), OrderTexts::english(r.status)},
                        {QStringLiteral("StatusMessage"), r.statusMessage},
                        {QStringLiteral("Group"), key},
                        {QStringLiteral("SubscriberName"), r.subscriber},
                        {QStringLiteral("Submitted"), submitted},
                        {QStringLiteral("SubmittedBy"), r.submittedBy}};
        // The customer's consent, as its event records it (absent: tracked, or from before it).
        if (const Authorization *a = registry->authorization(r.orderId)) {
            QJsonObject consent = QJsonDocument::fromJson(a->toRecord().toUtf8()).object();
            consent.insert(QStringLiteral("at"), isoWithOffset(a->atMs)); // recorded as ms: one format here
            consent.insert(QStringLiteral("Recorded"), a->isRecorded());
            row.insert(QStringLiteral("Authorization"), consent);
        }
        // The customer's answer to "may we text you?", and the texts sent (or not) since.
        if (const std::optional<TextConsent> c = registry->textConsent(r.orderId))
            row.insert(QStringLiteral("TextConsent"), QJsonObject{{QStringLiteral("agreed"), c->agreed},
                                                                  {QStringLiteral("to"), c->to},
                                                                  {QStringLiteral("language"), c->language},
                                                                  {QStringLiteral("who"), c->agent},
                                                                  {QStringLiteral("at"), isoWithOffset(c->atMs)}});
        QJsonArray sent;
        for (const CustomerTexts::Text &t : texts.value(r.orderId))
            sent.append(QJsonObject{{QStringLiteral("trigger"), t.triggerKey},
                                    {QStringLiteral("to"), t.to},
                                    {QStringLiteral("state"), t.state},
                                    {QStringLiteral("MessageId"), t.messageId},
                                    {QStringLiteral("status"), t.messageStatus},
                                    {QStringLiteral("at"), isoWithOffset(t.createdMs)}});
        row.insert(QStringLiteral("Texts"), sent);
        array.append(row);
        const QString shownStatus = key == QLatin1String("unknown-outcome") && r.status.isEmpty()
                                        ? QStringLiteral("(outcome unknown: resolve)")
                                        : OrderTexts::english(r.status);
        table << QStringList{r.orderId, r.number, shownStatus, r.statusMessage, r.subscriber, submitted};
    }
    if (m_output.json())
        m_output.json(QJsonDocument(array));
    else
        m_output.table({QStringLiteral("OrderId"), QStringLiteral("Number"), QStringLiteral("Status"),
                        QStringLiteral("Message"), QStringLiteral("Subscriber"), QStringLiteral("Submitted")},
                       table);
    done(CliExit::Ok);
}

} // namespace portdesk
