#pragma once
// portdesk-cli cancel ORDER_ID --yes / update ORDER_ID FILE: one action on an order through
// OrderActions (the GUI's path), its answer recorded and reported.
#include "CliCommand.h"

namespace portdesk {

class CliOrderAction final : public CliCommand
{
    Q_OBJECT
public:
    enum class Kind
    {
        Cancel,
        Update
    };
    CliOrderAction(Kind kind, AppContext *context, CliOutput *output, QObject *parent = nullptr);
    void run(const QStringList &args) override;

private:
    void cancel(const QStringList &args);
    void update(const QStringList &args);
    // Sends the action (start) and reports its answer.
    void send(const QString &orderId, const QString &status, const std::function<void()> &start);

    Kind m_kind;
};

} // namespace portdesk
