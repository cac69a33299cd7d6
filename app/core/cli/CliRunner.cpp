#include "CliRunner.h"
#include "AppContext.h"
#include "CliEligibility.h"
#include "CliNotifyTest.h"
#include "CliOrderAction.h"
#include "CliOrders.h"
#include "CliResolve.h"
#include "CliStatus.h"
#include "CliSubmit.h"
#include "CliWatch.h"
#include "telegent/RequestScheduler.h"
#include "telegent/TelegentClient.h"

#include <QDateTime>

namespace portdesk {

CliRunner::CliRunner(AppContext *context, QTextStream &out, QTextStream &err, bool json, QObject *parent)
    : QObject(parent), m_context(context), m_output(out, err, json)
{
}

CliRunner::~CliRunner() = default;

QString CliRunner::usage()
{
    return QStringLiteral(
        "usage: portdesk-cli [--api-base URL] [--registry FILE|URI] [--json] [--sandbox] COMMAND ...\n"
        "  eligibility NUMBER [--classification mvno|iot]\n"
        "  submit [--resume] FILE.csv (one port-in per row; its Authorization column: verbal:AGENT,\n"
        "                          received:REFERENCE or the signed LOA's file, relative to the CSV's folder;\n"
        "                          a row without one is not sent;\n"
        "                          --resume: send only the rows of FILE whose number is not recorded yet)\n"
        "  submit FILE.json (--authorization verbal --by NAME | --loa FILE)\n"
        "                         (one request object; the customer's authorization is required: NAME read\n"
        "                          the script to the customer on the call, or FILE is the signed LOA)\n"
        "  status ORDER_ID...\n"
        "  cancel ORDER_ID --yes\n"
        "  update ORDER_ID FILE   (.json with the update call's field names)\n"
        "  orders [--group open|action|completed|cancelled|unknown-outcome|all]\n"
        "  watch [--once]\n"
        "  resolve NUMBER (--order-id ORDER_ID | --not-received)\n"
        "                         (a submit whose outcome is unknown: attach the order found, or free the number)\n"
        "  notify-test --to NUMBER [--language en|es|fr] [--trigger submitted|needs-action|scheduled|completed|\n"
        "              cancelled]  (sends one customer text, the team's template for that trigger (default\n"
        "                          completed), from the configured From number as a check; prints its\n"
        "                          MessageId and segment count)\n"
        "orders --json shows each order's TextConsent (agreed, to, language, who, at) and its Texts (trigger, to,\n"
        "  state sending|sent|unknown|refused|skipped, MessageId, status, at). `watch` texts the customers who\n"
        "  agreed when their port moves (on a team, only the desk that polls).\n"
        "--registry: the order registry, instead of the saved choice (also PORTDESK_REGISTRY; the option wins):\n"
        "  a SQLite file, or a team database as postgresql://USER@HOST:PORT/DBNAME[?sslmode=...&sslrootcert=CA.pem\n"
        "  &connect_timeout=S]. The password comes from PGPASSWORD, ~/.pgpass or the keychain entry PortDesk's\n"
        "  registry dialog saved, never from the URI. A server on another computer is used over TLS with its\n"
        "  certificate verified (sslmode=verify-full, CA file: sslrootcert) unless sslmode=disable says plaintext.\n"
        "exit codes: 0 ok, 2 usage or invalid input, 3 not eligible, 4 API error or partial failure,\n"
        "            5 authentication failed, 6 network error or outcome unknown,\n"
        "            7 order database (storage) error: rows it could not record were not sent,\n"
        "            8 stopped by SIGINT/SIGTERM before every row was sent (see --resume)\n");
}

QStringList CliRunner::commands()
{
    return {QStringLiteral("eligibility"), QStringLiteral("submit"),  QStringLiteral("status"),
            QStringLiteral("cancel"),      QStringLiteral("update"),  QStringLiteral("orders"),
            QStringLiteral("watch"),       QStringLiteral("resolve"), QStringLiteral("notify-test")};
}

CliCommand *CliRunner::commandFor(const QString &name)
{
    if (name == QLatin1String("eligibility"))
        return new CliEligibility(m_context, &m_output, this);
    if (name == QLatin1String("submit"))
        return new CliSubmit(m_context, &m_output, this);
    if (name == QLatin1String("status"))
        return new CliStatus(m_context, &m_output, this);
    if (name == QLatin1String("cancel"))
        return new CliOrderAction(CliOrderAction::Kind::Cancel, m_context, &m_output, this);
    if (name == QLatin1String("update"))
        return new CliOrderAction(CliOrderAction::Kind::Update, m_context, &m_output, this);
    if (name == QLatin1String("orders"))
        return new CliOrders(m_context, &m_output, this);
    if (name == QLatin1String("watch"))
        return new CliWatch(m_context, &m_output, this);
    if (name == QLatin1String("resolve"))
        return new CliResolve(m_context, &m_output, this);
    if (name == QLatin1String("notify-test"))
        return new CliNotifyTest(m_context, &m_output, this);
    return nullptr;
}

void CliRunner::run(const QStringList &args)
{
    // A wait the server asked for that is long enough to look like a hang is said, with its end.
    connect(m_context->client()->scheduler(), &RequestScheduler::retryScheduled, this,
            [this](const QString &label, qint64 atMs) {
                const qint64 waitMs = atMs - m_context->clock()->nowMs();
                if (waitMs <= 30'000)
                    return;
                m_output.err() << QStringLiteral("%1: Telegent asked to wait; trying again at %2 (in %3 s)")
                                      .arg(label,
                                           QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(Qt::ISODate))
                                      .arg((waitMs + 999) / 1000)
                               << Qt::endl;
            });
    const QString name = args.isEmpty() ? QString() : args.constFirst();
    m_command = args.isEmpty() ? nullptr : commandFor(name);
    if (!m_command) {
        m_output.error(args.isEmpty() ? QStringLiteral("no command\n") + usage()
                                      : QStringLiteral("unknown command '%1'\n").arg(name) + usage());
        m_output.flush();
        emit finished(CliExit::Usage);
        return;
    }
    connect(m_command, &CliCommand::finished, this, &CliRunner::finished);
    m_command->run(args.mid(1));
}

void CliRunner::interrupt()
{
    if (m_command)
        return m_command->interrupt();
    m_output.err() << "portdesk-cli: stopping once the request on its way is answered and recorded" << Qt::endl;
}

} // namespace portdesk
