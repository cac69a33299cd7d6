#pragma once
// portdesk-cli eligibility NUMBER [--classification mvno|iot]: exit 0 eligible, 3 not.
#include "CliCommand.h"

namespace portdesk {

class CliEligibility final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
};

} // namespace portdesk
