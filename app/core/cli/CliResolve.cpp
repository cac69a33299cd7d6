#include "CliResolve.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "domain/ControlChars.h"
#include "domain/OrderIds.h"
#include "domain/OrderStatus.h"
#include "domain/validation/NumberRules.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "telegent/operations/GetOrder.h"

#include <QJsonObject>

namespace portdesk {

void CliResolve::run(const QStringList &args)
{
    QString orderId;
    bool notReceived = false;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--order-id") && i + 1 < args.size())
            orderId = args.at(++i).trimmed();
        else if (args.at(i) == QLatin1String("--not-received"))
            notReceived = true;
        else
            positional << args.at(i);
    }
    if (positional.size() != 1 || orderId.isEmpty() == !notReceived)
        return fail(CliExit::Usage,
                    QStringLiteral("resolve takes NUMBER and either --order-id ORDER_ID or --not-received"));
    OrderRegistry *registry = m_context->registry();
    if (!registry->isOpen())
        return fail(CliExit::ApiFailure, m_context->registryError());
    // NUMBER as typed anywhere else, or the placeholder id itself when a number has several.
    const QString target = positional.constFirst();
    QString e164;
    if (!isLocalPlaceholderId(target)) {
        const NumberCheck check = checkPortInNumber(target);
        for (const FieldIssue &i : check.issues)
            if (i.severity == FieldIssue::Severity::Error)
                return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(target, i.message));
        e164 = check.e164;
    }
    QStringList unknown;
    for (const QString &id : registry->orderIds()) {
        const OrderRecord &r = *registry->find(id);
        if (r.outcomeUnknown && !isTerminal(r.group) && (e164.isEmpty() ? id == target : r.number == e164))
            unknown << id;
    }
    if (unknown.isEmpty())
        return fail(CliExit::Usage,
                    QStringLiteral("%1 has no submit with an unknown outcome: nothing to resolve").arg(target));
    if (unknown.size() > 1)
        return fail(CliExit::Usage,
                    QStringLiteral("%1 has %2 submits with an unknown outcome; name one instead of the number: %3")
                        .arg(target)
                        .arg(unknown.size())
                        .arg(unknown.join(QLatin1Char(' '))));
    const QString localId = unknown.constFirst();
    const QString number = registry->find(localId)->number;
    const QString who = m_context->actions()->who();
    if (notReceived) {
        if (!registry->resolveUnknownOutcome(localId, who, m_context->clock()->nowMs()))
            return fail(CliExit::ApiFailure, registry->lastError());
        if (m_output.json())
            m_output.json(QJsonDocument(QJsonObject{{QStringLiteral("PortInNumber"), number},
                                                    {QStringLiteral("Closed"), localId},
                                                    {QStringLiteral("OrderId"), QString()}}));
        else
            m_output.out() << escapeControls(
                                  QStringLiteral("%1 closed: %2 can be submitted again").arg(localId, number))
                           << '\n';
        return done(CliExit::Ok);
    }
    if (!isWellFormedOrderId(orderId) || isLocalPlaceholderId(orderId))
        return fail(CliExit::Usage, QStringLiteral("--order-id: %1 is not a Telegent order id").arg(orderId));
    // Checked with Telegent first: a mistyped id must not close the submit it was meant for.
    auto *op = new GetOrder(m_context->client(), orderId, this);
    connect(op, &ApiOperation::finished, this, [this, op, orderId, localId, number, who] {
        op->deleteLater();
        if (!op->ok()) {
            const QString why = op->error().kind == ApiError::Kind::NotFound
                                    ? QStringLiteral("Telegent does not know order %1").arg(orderId)
                                    : QStringLiteral("%1: %2").arg(orderId, op->error().message);
            return fail(CliExit::forError(op->error()), why + QStringLiteral("; nothing was changed"));
        }
        const OrderDetails &d = op->result();
        if (!d.phoneNumbers.isEmpty() && !d.phoneNumbers.contains(number))
            return fail(CliExit::Usage, QStringLiteral("order %1 ports %2, not %3; nothing was changed")
                                            .arg(orderId, d.phoneNumbers.join(QLatin1Char(' ')), number));
        OrderRegistry *registry = m_context->registry();
        if (!registry->attachOrderId(localId, d, who, m_context->clock()->nowMs()))
            return fail(CliExit::ApiFailure, registry->lastError());
        if (m_output.json())
            m_output.json(QJsonDocument(QJsonObject{{QStringLiteral("PortInNumber"), number},
                                                    {QStringLiteral("Closed"), localId},
                                                    {QStringLiteral("OrderId"), d.orderId},
                                                    {QStringLiteral("Status"), d.orderStatus}}));
        else
            m_output.out() << escapeControls(
                QStringLiteral("%1 is order %2 (%3); %4 closed\n").arg(number, d.orderId, d.orderStatus, localId));
        done(CliExit::Ok);
    });
    op->start();
}

} // namespace portdesk
