#include "SimFaultReplies.h"
#include "handlers/SimJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace portdesk::sandbox::faultreply {

using K = Fault::Kind;

bool afterProcessing(Fault::Kind kind)
{
    return kind == K::InvalidJson || kind == K::NoAnswer || kind == K::OddTokenExpiry || kind == K::HugeBody ||
           kind == K::NestedJson || kind == K::NonUtf8 || kind == K::WrongTypes || kind == K::HostileText ||
           kind == K::HostileOrderId || kind == K::HostileMessageId || kind == K::ExpiredTokenExpiry;
}

SimReply instead(const Fault &fault)
{
    SimReply reply;
    switch (fault.kind) {
    case K::ServiceUnavailable:
        reply = statusMessage(
            503, QStringLiteral("Service unavailable: the API is temporarily unavailable. Retry after a short delay."));
        if (fault.retryAfterSeconds)
            reply.headers.append(
                qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(*fault.retryAfterSeconds)));
        break;
    case K::GatewayTimeout:
        reply = statusMessage(
            504, QStringLiteral(
                     "Gateway timeout: an upstream service did not respond in time. Retry with exponential backoff."));
        break;
    case K::TooManyRequests:
        reply = statusMessage(429, message::TooManyRequests);
        if (fault.retryAfterSeconds)
            reply.headers.append(
                qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(*fault.retryAfterSeconds)));
        break;
    case K::HtmlServerError:
        reply.status = 500;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
                     "<body><h1>Internal Server Error</h1><p>upstream connect error</p></body></html>";
        break;
    case K::PlainTextError:
        reply.status = 400;
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = "Invalid PortInNumber: Must be in E.164 format.";
        break;
    case K::Unauthorized:
        reply = statusMessage(401, message::Unauthorized);
        break;
    case K::Forbidden:
        reply = statusMessage(403, message::Forbidden);
        break;
    case K::DropConnection:
        reply.action = SimReply::Action::Drop;
        break;
    default:
        break;
    }
    return reply;
}

void spoil(const Fault &fault, SimReply *reply, const QDateTime &nowUtc, int tokenLifetimeSeconds)
{
    switch (fault.kind) {
    case K::InvalidJson:
        reply->status = 200;
        reply->body = "{\"OrderId\": \"JNUOID-";
        break;
    case K::NoAnswer:
        reply->action = SimReply::Action::Hang;
        break;
    case K::HugeBody:
        reply->status = 200;
        reply->body = "{\"OrderId\":\"" + QByteArray(4 << 20, 'A') + "\"}";
        break;
    case K::NestedJson:
        reply->status = 200;
        reply->body = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        break;
    case K::NonUtf8:
        reply->status = 200;
        reply->body = "{\"OrderId\":\"JNUOID-\xff\xfe\xc3\x28\",\"OrderStatus\":\"Pend\xe9ing\"}";
        break;
    case K::WrongTypes:
        reply->status = 200;
        reply->body =
            R"({"OrderId":42,"OrderStatus":["Pending"],"PhoneNumbersOrdered":"+18015552345","Eligible":"yes","Status":{}})";
        break;
    case K::HostileText:
    case K::HostileOrderId:
    case K::HostileMessageId: {
        if (reply->status != 200)
            break;
        // What a compromised or buggy server could send: text meant to drive a terminal.
        QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        const QStringList fields = fault.kind == K::HostileOrderId ? QStringList{QStringLiteral("OrderId")}
                                   : fault.kind == K::HostileMessageId
                                       ? QStringList{QStringLiteral("MessageId")}
                                       : QStringList{QStringLiteral("Status"), QStringLiteral("OrderStatus"),
                                                     QStringLiteral("OrderStatusMessage"), QStringLiteral("Message"),
                                                     QStringLiteral("CurrentCarrier")};
        for (const QString &name : fields) {
            if (o.value(name).isString())
                o.insert(name, o.value(name).toString() + QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u202e"));
        }
        reply->body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    case K::ExpiredTokenExpiry: {
        if (reply->status != 200)
            break;
        QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        o.insert(QStringLiteral("tokenExpiry"),
                 QLocale::c().toString(nowUtc.addSecs(-3600), QStringLiteral("MM/dd/yyyy hh:mm:ss AP")));
        reply->body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    case K::OddTokenExpiry: {
        if (reply->status != 200)
            break;
        QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        o.insert(QStringLiteral("tokenExpiry"), nowUtc.addSecs(tokenLifetimeSeconds).toString(Qt::ISODate));
        reply->body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    default:
        break;
    }
}

} // namespace portdesk::sandbox::faultreply
