#pragma once
// portdesk-cli orders [--group ...]: the registry's orders, by the group the Orders tab shows them in.
#include "CliCommand.h"

namespace portdesk {

class CliOrders final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
};

} // namespace portdesk
