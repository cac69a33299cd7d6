#include "SimulatorFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

namespace portdesk::test {

SimulatorFixture::SimulatorFixture(const sandbox::SimulatorOptions &options)
    : simulator(std::make_unique<sandbox::Simulator>(&clock, options)),
      client(std::make_unique<TelegentClient>(&nam, &clock))
{
    if (!simulator->start())
        qFatal("simulator did not start: %s", qPrintable(simulator->errorString()));
    client->setBaseUrl(ApiBaseUrl::parse(simulator->baseUrl().toString()));
    client->setCredentials(QStringLiteral("DID-sandbox"), QStringLiteral("sandbox-secret"));
    // Deterministic jitter: the middle of the +-20 % range.
    client->scheduler()->setRetryPolicy(RetryPolicy([] { return 0.5; }));
}

SimulatorFixture::~SimulatorFixture()
{
    client.reset();
    simulator.reset();
}

bool SimulatorFixture::runUntil(const std::function<bool()> &done, qint64 maxVirtualMs, int realTimeoutMs)
{
    QElapsedTimer real;
    real.start();
    const qint64 virtualLimit = clock.nowMs() + maxVirtualMs;
    while (!done()) {
        if (real.elapsed() > realTimeoutMs || clock.nowMs() > virtualLimit)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done())
            break;
        if (inFlight() == 0) {
            QCoreApplication::processEvents(); // deliver anything already queued first
            if (inFlight() == 0 && !done())
                clock.advanceToNextTimer();
        } else {
            QTest::qWait(1);
        }
    }
    return true;
}

int SimulatorFixture::inFlight() const
{
    int n = client->scheduler()->inFlight();
    for (TelegentClient *desk : otherDesks)
        n += desk->scheduler()->inFlight();
    return n;
}

std::unique_ptr<TelegentClient> SimulatorFixture::addDesk()
{
    auto desk = std::make_unique<TelegentClient>(&nam, &clock);
    desk->setBaseUrl(client->baseUrl());
    desk->setCredentials(client->accountKey(), client->accountSecret());
    otherDesks.push_back(desk.get());
    return desk;
}

bool SimulatorFixture::waitReal(const std::function<bool()> &done, int realTimeoutMs)
{
    QElapsedTimer real;
    real.start();
    while (!done()) {
        if (real.elapsed() > realTimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qWait(1);
    }
    return true;
}

} // namespace portdesk::test
