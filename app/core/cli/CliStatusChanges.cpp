#include "CliStatusChanges.h"
#include "CliOutput.h"
#include "common/Clock.h"
#include "domain/ControlChars.h"
#include "registry/OrderRegistry.h"
#include "registry/OrderTexts.h"

#include <QJsonObject>

namespace portdesk {

CliStatusChanges::CliStatusChanges(OrderRegistry *registry, Clock *clock, CliOutput *output, QObject *parent)
    : QObject(parent), m_registry(registry), m_clock(clock), m_output(*output)
{
    connect(registry, &OrderRegistry::statusChanged, this, &CliStatusChanges::print);
}

void CliStatusChanges::print(const QString &id, const QString &from, const QString &to)
{
    const OrderRecord *r = m_registry->find(id);
    if (m_output.json())
        m_output.json(QJsonDocument(QJsonObject{{QStringLiteral("OrderId"), id},
                                                {QStringLiteral("PortInNumber"), r ? r->number : QString()},
                                                {QStringLiteral("From"), OrderTexts::english(from)},
                                                {QStringLiteral("To"), OrderTexts::english(to)}}));
    else
        m_output.out() << QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toLocalTime().toString(Qt::ISODate) << "  "
                       << escapeControls(id) << "  " << escapeControls(r ? r->number : QString()) << "  "
                       << escapeControls(OrderTexts::english(from)) << " -> " << escapeControls(OrderTexts::english(to))
                       << '\n';
    m_output.out().flush();
}

} // namespace portdesk
