#pragma once
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

#include "SimulatorEngine.h"

class QTcpServer;

namespace portdesk::sandbox {

class SimHttpServer;

// The Telegent stand-in on QtHttpServer: the tests' server, the GUI's training mode and the
// standalone portdesk-sandbox. Listens on loopback only.
class Simulator : public QObject
{
    Q_OBJECT
public:
    Simulator(Clock *clock, const SimulatorOptions &options = {}, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on the IPv4 loopback address; port 0 picks a free one. Returns false (with
    // errorString()) when the port is taken.
    bool start();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // e.g. http://127.0.0.1:8787/v1.0 - what the client's base URL setting holds.
    QUrl baseUrl() const;

    SimulatorEngine *engine() { return m_engine; }
    FaultPlan &faults() { return m_engine->faults(); }
    const SimStats &stats() const { return m_engine->stats(); }

    // Connections held open by NoAnswer faults.
    int hangingConnections() const;

private:
    Clock *m_clock;
    SimulatorEngine *m_engine;
    SimHttpServer *m_http;
    QTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace portdesk::sandbox
