#include "CliCommand.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "domain/OrderIds.h"
#include "registry/OrderRegistry.h"

namespace portdesk {

CliCommand::CliCommand(AppContext *context, CliOutput *output, QObject *parent)
    : QObject(parent), m_context(context), m_output(*output)
{
}

void CliCommand::interrupt()
{
    if (m_stop)
        return m_stop();
    m_output.err() << "portdesk-cli: stopping once the request on its way is answered and recorded" << Qt::endl;
}

void CliCommand::fail(int code, const QString &message)
{
    m_output.error(message);
    done(code);
}

void CliCommand::done(int code)
{
    m_output.flush();
    emit finished(code);
}

bool CliCommand::refusePlaceholder(const QString &orderId)
{
    if (!isWellFormedOrderId(orderId)) {
        fail(CliExit::Usage, QStringLiteral("%1 is not an order id (1 to %2 printable characters, no space)")
                                 .arg(orderId)
                                 .arg(kMaxOrderIdLength));
        return true;
    }
    const OrderRecord *r = m_context->registry()->find(orderId);
    if (!isLocalPlaceholderId(orderId) && !(r && r->outcomeUnknown))
        return false;
    fail(CliExit::Usage,
         QStringLiteral("%1 is this desk's placeholder for a submit whose outcome is unknown, not a Telegent order: "
                        "check with Telegent, then `portdesk-cli resolve %2 --order-id ID` or `--not-received`")
             .arg(orderId, r && !r->number.isEmpty() ? r->number : QStringLiteral("NUMBER")));
    return true;
}

} // namespace portdesk
