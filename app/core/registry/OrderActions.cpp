#include "OrderActions.h"
#include "common/Redaction.h"
#include "domain/OrderIds.h"
#include "domain/validation/PortInValidator.h"
#include "OrderRegistry.h"
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
    auto *op = new UpdatePortIn(m_client, request, this);
    connect(op, &ApiOperation::finished, this, [this, op] {
        op->deleteLater();
        ApiError error = op->error();
        if (op->ok() && !m_registry->recordUpdate(op->request(), op->result(), m_who, m_client->clock()->nowMs())) {
            error.kind = ApiError::Kind::Configuration;
            error.message = m_registry->lastError();
        }
        emit finished(op->request().orderId, error);
    });
    op->start();
}

void OrderActions::cancel(const QString &orderId)
{
    auto *op = new CancelPortIn(m_client, {orderId}, this);
    connect(op, &ApiOperation::finished, this, [this, op, orderId] {
        op->deleteLater();
        ApiError error = op->error();
        if (op->ok() && !m_registry->recordCancelled(orderId, op->result(), m_who, m_client->clock()->nowMs())) {
            error.kind = ApiError::Kind::Configuration;
            error.message = m_registry->lastError();
        }
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
        if (!isWellFormedOrderId(id) || isLocalPlaceholderId(id)) {
            // Never stored: what the registry holds as an OrderId is printed and sent back.
            ApiError e;
            e.kind = ApiError::Kind::Validation;
            e.message = tr("%1 is not a Telegent order ID.").arg(id.left(kMaxOrderIdLength));
            emit finished(id.left(kMaxOrderIdLength), e);
            continue;
        }
        if (!m_registry->recordTracked(id, m_who, m_client->clock()->nowMs())) {
            ApiError e;
            e.kind = ApiError::Kind::Configuration;
            e.message = m_registry->lastError();
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
