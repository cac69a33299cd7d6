#include "OrderActions.h"
#include "OrderRegistry.h"
#include "SendJournal.h"
#include "common/Redaction.h"
#include "domain/OrderIds.h"
#include "domain/validation/PortInValidator.h"
#include "telegent/TelegentClient.h"
#include "telegent/operations/CancelPortIn.h"
#include "telegent/operations/GetOrder.h"
#include "telegent/operations/UpdatePortIn.h"

#include <QTimer>

namespace portdesk {

OrderActions::OrderActions(OrderRegistry *registry, TelegentClient *client, QString who, QObject *parent)
    : QObject(parent), m_registry(registry), m_client(client), m_who(std::move(who))
{
}

Clock *OrderActions::clock() const
{
    return m_client->clock();
}

void OrderActions::update(const UpdatePortInRequest &request)
{
    redaction::registerSecret(request.currentAccountPassword);
    // The text rule of a submit (control characters, field limits) holds for an update's fields.
    if (const FieldIssues issues = validateUpdateText(request); !issues.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        e.message = issues.constFirst().message;
        for (const FieldIssue &i : issues)
            e.fieldErrors[i.field] << i.message;
        const QString id = request.orderId;
        QTimer::singleShot(0, this, [this, id, e] { emit finished(id, e); }); // asynchronous, as if sent
        return;
    }
    // Written ahead: an update the registry cannot record is not sent.
    ApiError refused;
    const qint64 intent =
        SendJournal(m_registry, m_who)
            .beforeAction(QStringLiteral("update"), request.orderId, m_client->clock()->nowMs(), &refused);
    if (!intent) {
        QMetaObject::invokeMethod(
            this, [this, id = request.orderId, refused] { emit finished(id, refused); }, Qt::QueuedConnection);
        return;
    }
    auto *op = new UpdatePortIn(m_client, request, this);
    connect(op, &ApiOperation::finished, this, [this, op, intent] {
        op->deleteLater();
        const ApiError error =
            SendJournal(m_registry, m_who)
                .afterUpdate(intent, op->request(), op->ok(), op->result(), op->error(), m_client->clock()->nowMs());
        emit finished(op->request().orderId, error);
    });
    op->start();
}

void OrderActions::cancel(const QString &orderId)
{
    ApiError refused;
    const qint64 intent = SendJournal(m_registry, m_who)
                              .beforeAction(QStringLiteral("cancel"), orderId, m_client->clock()->nowMs(), &refused);
    if (!intent) {
        QMetaObject::invokeMethod(
            this, [this, orderId, refused] { emit finished(orderId, refused); }, Qt::QueuedConnection);
        return;
    }
    auto *op = new CancelPortIn(m_client, {orderId}, this);
    connect(op, &ApiOperation::finished, this, [this, op, orderId, intent] {
        op->deleteLater();
        const ApiError error =
            SendJournal(m_registry, m_who)
                .afterCancel(intent, orderId, op->ok(), op->result(), op->error(), m_client->clock()->nowMs());
        emit finished(orderId, error);
    });
    op->start();
}

void OrderActions::track(const QStringList &orderIds)
{
    for (const QString &raw : orderIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        if (!isWellFormedOrderId(id) || isLocalOrderId(id)) {
            // Never stored: what the registry holds as an OrderId is printed and sent back.
            ApiError e;
            e.kind = ApiError::Kind::Validation;
            e.message = tr("%1 is not a Telegent order ID.").arg(id.left(kMaxOrderIdLength));
            emit finished(id.left(kMaxOrderIdLength), e);
            continue;
        }
        if (!m_registry->recordTracked(id, m_who, m_client->clock()->nowMs())) {
            const ApiError e = SendJournal::storageError(m_registry->location(), m_registry->lastError());
            emit finished(id, e);
            continue;
        }
        auto *op = new GetOrder(m_client, id, this);
        connect(op, &ApiOperation::finished, this, [this, op, id] {
            op->deleteLater();
            const qint64 now = m_client->clock()->nowMs();
            if (op->ok())
                m_registry->applyStatus(op->result(), now);
            else if (op->error().kind == ApiError::Kind::NotFound)
                m_registry->markNotFound(id, now);
            emit finished(id, op->error());
        });
        op->start();
    }
}

} // namespace portdesk
