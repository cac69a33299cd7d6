#include "CliStatus.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "domain/ControlChars.h"
#include "registry/OrderRegistry.h"
#include "telegent/JsonMapping.h"
#include "telegent/operations/GetOrder.h"

#include <QJsonArray>

#include <memory>

namespace portdesk {

void CliStatus::run(const QStringList &ids)
{
    if (ids.isEmpty())
        return fail(CliExit::Usage, QStringLiteral("status takes one or more ORDER_IDs"));
    for (const QString &id : ids)
        if (refusePlaceholder(id))
            return;
    auto results = std::make_shared<QList<std::pair<QString, std::pair<OrderDetails, ApiError>>>>();
    auto remaining = std::make_shared<int>(int(ids.size()));
    const auto finish = [this, results, ids] {
        int code = CliExit::Ok;
        QJsonArray array;
        QList<QStringList> table;
        for (const QString &id : ids) {
            for (const auto &[rid, r] : *results) {
                if (rid != id)
                    continue;
                const auto &[details, error] = r;
                if (error.isError()) {
                    code = std::max(code, CliExit::forError(error));
                    m_output.err() << escapeControls(QStringLiteral("%1: %2").arg(id, error.message)) << '\n';
                    continue;
                }
                array.append(json::toJson(details));
                table << QStringList{details.orderId, details.orderStatus, details.orderStatusMessage,
                                     details.phoneNumbers.join(QLatin1Char(' ')),
                                     details.orderDate.isValid() ? details.orderDate.toString(Qt::ISODate) : QString()};
            }
        }
        if (m_output.json())
            m_output.json(QJsonDocument(array));
        else
            m_output.table({QStringLiteral("OrderId"), QStringLiteral("Status"), QStringLiteral("Message"),
                            QStringLiteral("Numbers"), QStringLiteral("OrderDate")},
                           table);
        done(code);
    };
    for (const QString &id : ids) {
        auto *op = new GetOrder(m_context->client(), id, this);
        connect(op, &ApiOperation::finished, this, [this, op, id, results, remaining, finish] {
            op->deleteLater();
            OrderRegistry *registry = m_context->registry();
            if (op->ok() && registry->find(id))
                registry->applyStatus(op->result(), m_context->clock()->nowMs());
            results->append({id, {op->result(), op->error()}});
            if (--*remaining == 0)
                finish();
        });
        op->start();
    }
}

} // namespace portdesk
