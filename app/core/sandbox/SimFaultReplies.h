#pragma once
// What each injected fault (SimulatorFaults.h) does to an answer: some answer in the request's
// place (it is never processed), the others let the request be processed as the contract says
// and then spoil only what they name - a fault never makes the simulator easier than the API.
#include <QDateTime>

#include "SimMessages.h"
#include "SimulatorFaults.h"

namespace portdesk::sandbox {

namespace faultreply {
// True when the request is processed before the fault spoils its answer.
bool afterProcessing(Fault::Kind kind);
// The answer of a fault that stands in for the request (afterProcessing() false).
SimReply instead(const Fault &fault);
// Spoils the processed request's answer. now: the simulator's time, for the token expiries.
void spoil(const Fault &fault, SimReply *reply, const QDateTime &nowUtc, int tokenLifetimeSeconds);
} // namespace faultreply

} // namespace portdesk::sandbox
