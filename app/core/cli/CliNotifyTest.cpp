#include "CliNotifyTest.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "domain/CarrierCodes.h"
#include "domain/ControlChars.h"
#include "domain/PhoneNumber.h"
#include "messaging/SmsLength.h"
#include "messaging/TextTemplates.h"
#include "registry/OrderRegistry.h"
#include "telegent/operations/SendMessage.h"

#include <QJsonObject>

namespace portdesk {

void CliNotifyTest::run(const QStringList &args)
{
    QString to, language = QStringLiteral("en"), triggerKey = QStringLiteral("completed");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--to") && hasValue)
            to = args.at(++i);
        else if (a == QLatin1String("--language") && hasValue)
            language = args.at(++i);
        else if (a == QLatin1String("--trigger") && hasValue)
            triggerKey = args.at(++i);
        else
            return fail(CliExit::Usage,
                        QStringLiteral("notify-test takes --to NUMBER [--language en|es|fr] [--trigger KEY]"));
    }
    if (to.isEmpty())
        return fail(CliExit::Usage, QStringLiteral("notify-test needs --to NUMBER: the mobile number to text"));
    const NormalizedNumber number = normalizeUsNumber(to);
    if (!number.ok())
        return fail(CliExit::Usage, QStringLiteral("--to %1: %2").arg(escapeControls(to), number.error));
    if (!TextTemplates::languages().contains(language))
        return fail(
            CliExit::Usage,
            QStringLiteral("--language must be one of %1").arg(TextTemplates::languages().join(QLatin1Char('|'))));
    const std::optional<TextTrigger> trigger = textTriggerFromKey(triggerKey);
    if (!trigger) {
        QStringList keys;
        for (TextTrigger t : allTextTriggers())
            keys << textTriggerKey(t);
        return fail(CliExit::Usage, QStringLiteral("--trigger must be one of %1").arg(keys.join(QLatin1Char('|'))));
    }
    OrderRegistry *registry = m_context->registry();
    if (!registry->isOpen())
        return fail(CliExit::Storage, m_context->registryError()); // the From and the templates live there
    const QString from = registry->meta(QString::fromLatin1(TextTemplates::kFromKey));
    if (from.isEmpty())
        return fail(CliExit::Usage,
                    QStringLiteral("no From number is set for customer texts: choose a messaging-enabled number of "
                                   "the account in PortDesk's settings (Texts to customers) first"));
    // For NeedsAction, a sample fix, as a carrier's 8A code would give.
    const QString body =
        TextTemplates::compose(registry, *trigger, language, number.e164, CarrierCodeAdvice::Fix::AccountNumber);
    const SmsLength length = SmsLength::of(body);
    auto *op = new SendMessage(m_context->client(), OutboundMessage{number.e164, from, body}, this);
    m_stop = [this] { m_output.err() << "portdesk-cli: stopping once the text on its way is answered" << Qt::endl; };
    connect(op, &ApiOperation::finished, this, [this, op, number, from, body, length] {
        op->deleteLater();
        if (!op->ok() || op->result().messageId.isEmpty()) {
            const QString why = op->ok() ? QStringLiteral("Telegent's answer carried no MessageId")
                                         : escapeControls(op->error().message);
            const bool unknown = op->ok() || SendMessage::mayHaveReachedTelegent(op->error());
            return fail(unknown ? int(CliExit::NetworkOrUnknown) : CliExit::forError(op->error()),
                        unknown ? why + QStringLiteral(": the text may or may not have been sent; not sent again")
                                : why);
        }
        const QString encoding = length.encodingName();
        const SentMessage &sent = op->result();
        if (m_output.json())
            m_output.json(QJsonDocument(QJsonObject{{QStringLiteral("MessageId"), sent.messageId},
                                                    {QStringLiteral("Status"), sent.status},
                                                    {QStringLiteral("To"), number.e164},
                                                    {QStringLiteral("From"), from},
                                                    {QStringLiteral("Body"), body},
                                                    {QStringLiteral("Segments"), length.segments},
                                                    {QStringLiteral("Encoding"), encoding}}));
        else
            m_output.table({QStringLiteral("MessageId"), QStringLiteral("Status"), QStringLiteral("To"),
                            QStringLiteral("Segments"), QStringLiteral("Body")},
                           {{escapeControls(sent.messageId), escapeControls(sent.status), number.e164,
                             QStringLiteral("%1 (%2)").arg(length.segments).arg(encoding), body}});
        done(CliExit::Ok);
    });
    op->start();
}

} // namespace portdesk
