#include "SimHttpServer.h"
#include "SimulatorEngine.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>

namespace portdesk::sandbox {

SimHttpServer::SimHttpServer(SimulatorEngine *engine, QObject *parent) : QAbstractHttpServer(parent), m_engine(engine)
{
}

int SimHttpServer::hanging() const
{
    int n = 0;
    for (const auto &s : m_hanging)
        n += s && s->state() == QAbstractSocket::ConnectedState;
    return n;
}

SimRequest SimHttpServer::toSimRequest(const QHttpServerRequest &request) const
{
    SimRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.host = request.value("Host");
    r.authorization = request.value("Authorization");
    r.body = request.body();
    return r;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
namespace {
void writeReply(QHttpServerResponder &&responder, const SimReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
}
} // namespace

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SimReply reply = m_engine->handle(toSimRequest(request));
    switch (reply.action) {
    case SimReply::Action::Drop:
        socket->abort();
        break;
    case SimReply::Action::Hang:
        m_hanging.append(socket); // nothing is ever written; the client must give up itself
        break;
    case SimReply::Action::Respond:
        writeReply(makeResponder(request, socket), reply);
        break;
    }
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request itself.
}
#else
bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const SimReply reply = m_engine->handle(toSimRequest(request));
    if (reply.action != SimReply::Action::Respond)
        return true; // newer QtHttpServer hides the socket: both faults become "no answer"
    QHttpServerResponse response(reply.contentType, reply.body, QHttpServerResponder::StatusCode(reply.status));
    for (const auto &h : reply.headers)
        response.setHeader(h.first, h.second);
    responder.sendResponse(response);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &) {}
#endif

bool listenOnLoopback(QAbstractHttpServer *server, quint16 port, QTcpServer **tcp, QString *error)
{
    auto *tcpServer = new QTcpServer(server);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *error = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    server->bind(tcpServer);
    *tcp = tcpServer;
    return true;
}

} // namespace portdesk::sandbox
