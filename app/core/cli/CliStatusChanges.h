#pragma once
// What `watch` prints: one line (or JSON object) per status change the registry records, the
// time read from the injected clock like every other time in the core.
#include <QObject>

namespace portdesk {

class CliOutput;
class Clock;
class OrderRegistry;

class CliStatusChanges : public QObject
{
    Q_OBJECT
public:
    CliStatusChanges(OrderRegistry *registry, Clock *clock, CliOutput *output, QObject *parent = nullptr);

private:
    void print(const QString &orderId, const QString &from, const QString &to);

    OrderRegistry *m_registry;
    Clock *m_clock;
    CliOutput &m_output;
};

} // namespace portdesk
