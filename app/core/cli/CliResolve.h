#pragma once
// portdesk-cli resolve NUMBER (--order-id ID | --not-received): closes a submit whose outcome is unknown.
#include "CliCommand.h"

namespace portdesk {

class CliResolve final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
};

} // namespace portdesk
