#pragma once
#include <memory>

#include "SimulatorFixture.h"
#include "TestRegistry.h"
#include "registry/OrderActions.h"
#include "registry/PollPlanner.h"
#include "telegent/operations/SubmitPortIn.h"

namespace portdesk::test {

// A supervisor's desk on the simulator: registry (in memory), planner and order actions.
struct DeskFixture
{
    DeskFixture() : actions(&registry, f.client.get(), QStringLiteral("supervisor1"))
    {
        QString error;
        if (!registry.openSqlite(QStringLiteral(":memory:"), &error))
            qFatal("%s", qPrintable(error));
        planner = std::make_unique<PollPlanner>(&registry, f.client.get());
    }

    // Submits through the API and records the answer as the wizard will; returns the OrderId.
    QString submit(const QString &number, const QString &subscriber = QStringLiteral("Jane Doe"))
    {
        PortInRequest request = samplePortIn(number);
        request.subscriberName = subscriber;
        SubmitPortIn op(f.client.get(), request);
        if (!f.run(op) || !op.ok())
            return {};
        registry.recordSubmitted(op.request(), op.result(), QStringLiteral("agent1"), f.clock.nowMs());
        return op.result().orderId;
    }

    SimulatorFixture f;
    OrderRegistry registry;
    OrderActions actions;
    std::unique_ptr<PollPlanner> planner;
};

} // namespace portdesk::test
