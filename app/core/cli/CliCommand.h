#pragma once
// One portdesk-cli command on the shared AppContext: CliRunner picks it, run() starts it and
// finished(code) ends it (codes in CliExit.h).
#include <QObject>
#include <QStringList>
#include <functional>

#include "CliExit.h"

namespace portdesk {

class AppContext;
class CliOutput;

class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(AppContext *context, CliOutput *output, QObject *parent = nullptr);
    // args: the command's arguments, without its name.
    virtual void run(const QStringList &args) = 0;
    // SIGINT/SIGTERM (the first one): what the running command does with it; by default it only
    // says that the request on its way is answered and recorded first.
    void interrupt();

signals:
    void finished(int code);

protected:
    void fail(int code, const QString &message);
    void done(int code);
    // status/cancel/update get Telegent's ids only: not a malformed one (it would be recorded),
    // not the registry's UNKNOWN-... ids (they go to resolve). True when refused (and reported).
    bool refusePlaceholder(const QString &orderId);

    AppContext *m_context;
    CliOutput &m_output;
    std::function<void()> m_stop; // what interrupt() does while the command runs
};

} // namespace portdesk
