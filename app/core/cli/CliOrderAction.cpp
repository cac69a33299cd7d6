#include "CliOrderAction.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "CliRequestFile.h"
#include "domain/ControlChars.h"
#include "domain/validation/PortInValidator.h"
#include "registry/OrderActions.h"
#include "registry/OrderRegistry.h"
#include "telegent/JsonMapping.h"

#include <QFile>
#include <QJsonObject>

namespace portdesk {

CliOrderAction::CliOrderAction(Kind kind, AppContext *context, CliOutput *output, QObject *parent)
    : CliCommand(context, output, parent), m_kind(kind)
{
}

void CliOrderAction::run(const QStringList &args)
{
    if (m_kind == Kind::Cancel)
        cancel(args);
    else
        update(args);
}

void CliOrderAction::cancel(const QStringList &args)
{
    const bool yes = args.contains(QStringLiteral("--yes"));
    QStringList ids = args;
    ids.removeAll(QStringLiteral("--yes"));
    if (ids.size() != 1)
        return fail(CliExit::Usage, QStringLiteral("cancel takes one ORDER_ID"));
    if (!yes)
        return fail(
            CliExit::Usage,
            QStringLiteral("cancel is final and cannot be undone: add --yes to cancel %1").arg(ids.constFirst()));
    const QString id = ids.constFirst();
    if (refusePlaceholder(id))
        return;
    send(id, QStringLiteral("Cancelled"), [this, id] { m_context->actions()->cancel(id); });
}

void CliOrderAction::update(const QStringList &args)
{
    if (args.size() != 2)
        return fail(CliExit::Usage, QStringLiteral("update takes ORDER_ID FILE"));
    if (refusePlaceholder(args.at(0)))
        return;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(args.at(1), file.errorString()));
    const QByteArray bytes = file.read(kMaxJsonRequestBytes + 1);
    if (bytes.size() > kMaxJsonRequestBytes)
        return fail(CliExit::Usage, QStringLiteral("%1: larger than %2 KiB: one update request is far smaller")
                                        .arg(args.at(1))
                                        .arg(kMaxJsonRequestBytes / 1024));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    UpdatePortInRequest request;
    QString why;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(CliExit::Usage, QStringLiteral("%1: not a JSON object").arg(args.at(1)));
    if (!json::read(doc.object(), &request, &why))
        return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(args.at(1), why));
    for (const FieldIssue &i : validateUpdateText(request))
        return fail(CliExit::Usage, QStringLiteral("%1: %2: %3").arg(args.at(1), i.field, i.message));
    request.orderId = args.at(0);
    send(request.orderId, QStringLiteral("Updated"), [this, request] { m_context->actions()->update(request); });
}

void CliOrderAction::send(const QString &orderId, const QString &status, const std::function<void()> &start)
{
    connect(m_context->actions(), &OrderActions::finished, this, [this, status](const QString &id, const ApiError &e) {
        if (e.isError())
            return fail(CliExit::forError(e), QStringLiteral("%1: %2").arg(id, e.message));
        if (m_output.json())
            m_output.json(
                QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id}, {QStringLiteral("Status"), status}}));
        else
            m_output.out() << escapeControls(id) << ' ' << status.toLower() << '\n';
        done(CliExit::Ok);
    });
    // An order created elsewhere joins the registry, so that its answer is recorded too.
    if (!m_context->registry()->find(orderId))
        m_context->registry()->recordTracked(orderId, m_context->userName(), m_context->clock()->nowMs());
    start();
}

} // namespace portdesk
