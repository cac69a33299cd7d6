#include "Simulator.h"
#include "SimHttpServer.h"
#include "common/Logging.h"

#include <QTcpServer>

namespace portdesk::sandbox {

Simulator::Simulator(Clock *clock, const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_clock(clock), m_engine(new SimulatorEngine(clock, options, this)),
      m_http(new SimHttpServer(m_engine, this))
{
}

Simulator::~Simulator() = default;

bool Simulator::start()
{
    if (!listenOnLoopback(m_http, m_engine->options().port, &m_tcp, &m_error)) {
        qCWarning(lcSandbox).noquote() << "cannot listen:" << m_error;
        return false;
    }
    m_port = m_tcp->serverPort();
    qCInfo(lcSandbox).noquote() << "Telegent simulator listening on" << baseUrl().toString();
    return true;
}

QUrl Simulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_port));
}

int Simulator::hangingConnections() const
{
    return m_http->hanging();
}

} // namespace portdesk::sandbox
