#pragma once
// portdesk-cli watch [--once]: keeps the open orders fresh (or, with a team registry, follows
// the desk that does) and prints each status change until interrupted; --once: one pass.
#include "CliCommand.h"

namespace portdesk {

class CliWatch final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;

private:
    // --once ends after the pass, once every text it caused is answered and recorded.
    void finishOnce();
    bool m_waitingForTexts = false;
};

} // namespace portdesk
