#pragma once
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

#include "CliExit.h"
#include "CliOutput.h"

namespace portdesk {

class AppContext;
class CliCommand;

// portdesk-cli's commands on the shared AppContext (same client, budget, registry and rules as
// the GUI). One command per run (one CliCommand class each); finished(code) carries the exit
// code (CliExit).
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(AppContext *context, QTextStream &out, QTextStream &err, bool json, QObject *parent = nullptr);
    ~CliRunner() override;
    // args: the command and its arguments, e.g. {"status", "JNUOID-..."}
    void run(const QStringList &args);
    // The command names run() knows.
    static QStringList commands();
    static QString usage();
    // SIGINT/SIGTERM (the first one): a batch stops feeding rows, lets the ones on their way finish
    // and be recorded, reports what was and was not sent and ends with Interrupted; `watch` ends.
    void interrupt();

signals:
    void finished(int code);

private:
    CliCommand *commandFor(const QString &name);

    AppContext *m_context;
    CliOutput m_output;
    CliCommand *m_command = nullptr;
};

} // namespace portdesk
