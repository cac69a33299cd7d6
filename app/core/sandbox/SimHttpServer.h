#pragma once
#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

namespace portdesk::sandbox {

class SimulatorEngine;
struct SimRequest;
struct SimReply;

// The transport: hands each request to the engine and writes, drops or withholds the reply.
// QtHttpServer's request-handling hook changed in Qt 6.5; both shapes are kept here and
// nowhere else.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimHttpServer(SimulatorEngine *engine, QObject *parent = nullptr);
    int hanging() const;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    SimRequest toSimRequest(const QHttpServerRequest &request) const;
    SimulatorEngine *m_engine;
    QList<QPointer<QTcpSocket>> m_hanging;
};

// QtHttpServer 6.4 listens with listen(); later versions bind() a QTcpServer. One wrapper.
bool listenOnLoopback(QAbstractHttpServer *server, quint16 port, QTcpServer **tcp, QString *error);

} // namespace portdesk::sandbox
