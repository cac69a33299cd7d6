#pragma once
// GET /numbers?Number=: one number of the caller's account - whether it may send texts
// (MessageEnabled, MessageRouteId, Status). Another account's number is not found.
#include "SimHandler.h"

namespace portdesk::sandbox {

struct SimNumber;

class NumberDetailsHandler final : public SimHandler
{
public:
    using SimHandler::SimHandler;
    QString route() const override;
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    SimReply handle(const SimRequest &request, const QString &account) override;

    // The account's entry for number, nullptr when it has none.
    static const SimNumber *numberOf(const SimState &state, const QString &account, const QString &number);
};

} // namespace portdesk::sandbox
