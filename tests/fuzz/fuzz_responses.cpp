// libFuzzer target: success bodies parsed into every typed result, as the operations do.
#include "telegent/JsonMapping.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    QString why;
    portdesk::EligibilityResult e;
    portdesk::SubmitResult s;
    portdesk::UpdateResult u;
    portdesk::CancelResult c;
    portdesk::OrderDetails d;
    portdesk::json::read(o, &e, &why);
    if (portdesk::json::read(o, &s, &why) && s.orderId.isEmpty())
        __builtin_trap(); // a submit result without an OrderId must be refused
    portdesk::json::read(o, &u, &why);
    portdesk::json::read(o, &c, &why);
    if (portdesk::json::read(o, &d, &why) && (d.orderId.isEmpty() || d.orderStatus.isEmpty()))
        __builtin_trap();
    return 0;
}
