#pragma once
// One request in, one reply out: what the simulator's engine and its endpoint handlers trade,
// without the transport (SimHttpServer turns them into HTTP).
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace portdesk::sandbox {

struct SimRequest
{
    QByteArray method;
    QString path; // as received, e.g. /v1.0/numbers/portin
    QUrlQuery query;
    QByteArray host; // Host header, to rebuild the URL a token must be scoped to
    QByteArray authorization;
    QByteArray body;
};

struct SimReply
{
    enum class Action
    {
        Respond,
        Drop,
        Hang
    };
    Action action = Action::Respond;
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace portdesk::sandbox
