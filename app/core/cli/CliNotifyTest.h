#pragma once
// portdesk-cli notify-test --to NUMBER [--language en|es|fr] [--trigger KEY]: one customer text,
// rendered from the team's template with the team's brand and the last 4 digits of NUMBER, sent
// from the configured From number as a check of the whole chain. Not an order's text: it is not
// written ahead, and an answer that never came is said (exit 6), never sent again.
#include "CliCommand.h"

namespace portdesk {

class CliNotifyTest final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
};

} // namespace portdesk
