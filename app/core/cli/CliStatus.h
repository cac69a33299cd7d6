#pragma once
// portdesk-cli status ORDER_ID...: Telegent's answer for each, recorded when the registry knows the order.
#include "CliCommand.h"

namespace portdesk {

class CliStatus final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
};

} // namespace portdesk
