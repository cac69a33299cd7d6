#include "OrderStatus.h"

#include <QCoreApplication>
#include <QHash>

namespace portdesk {

namespace {
QString folded(const QString &status)
{
    QString out;
    out.reserve(status.size());
    for (const QChar c : status) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

// Telegent's documented values, keyed by their folded form so "ResolutionRequired" and
// "Resolution Required" get the same label.
struct KnownStatus
{
    const char *folded;
    const char *label;
};
constexpr KnownStatus kKnownStatuses[] = {
    {"pending", QT_TRANSLATE_NOOP("OrderStatus", "Pending")},
    {"submitted", QT_TRANSLATE_NOOP("OrderStatus", "Submitted")},
    {"pendingcarrierapproval", QT_TRANSLATE_NOOP("OrderStatus", "Pending Carrier Approval")},
    {"scheduled", QT_TRANSLATE_NOOP("OrderStatus", "Scheduled")},
    {"completed", QT_TRANSLATE_NOOP("OrderStatus", "Completed")},
    {"error", QT_TRANSLATE_NOOP("OrderStatus", "Error")},
    {"rejected", QT_TRANSLATE_NOOP("OrderStatus", "Rejected")},
    {"cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    {"resolutionrequired", QT_TRANSLATE_NOOP("OrderStatus", "Resolution Required")},
};
} // namespace

StatusGroup statusGroup(const QString &status)
{
    static const QHash<QString, StatusGroup> groups = [] {
        QHash<QString, StatusGroup> h;
        for (const char *s : {"pending", "submitted", "processing", "inprogress", "pendingcarrierapproval", "approved",
                              "scheduled", "updated"})
            h.insert(QString::fromLatin1(s), StatusGroup::Open);
        for (const char *s : {"error", "rejected", "resolutionrequired", "failed"})
            h.insert(QString::fromLatin1(s), StatusGroup::NeedsAction);
        for (const char *s : {"completed", "complete"})
            h.insert(QString::fromLatin1(s), StatusGroup::Completed);
        for (const char *s : {"cancelled", "canceled"})
            h.insert(QString::fromLatin1(s), StatusGroup::Cancelled);
        return h;
    }();
    return groups.value(folded(status), StatusGroup::Unknown);
}

bool isTerminal(StatusGroup group)
{
    return group == StatusGroup::Completed || group == StatusGroup::Cancelled;
}

QString statusGroupKey(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Open:
        return QStringLiteral("open");
    case StatusGroup::NeedsAction:
        return QStringLiteral("action");
    case StatusGroup::Completed:
        return QStringLiteral("completed");
    case StatusGroup::Cancelled:
        return QStringLiteral("cancelled");
    case StatusGroup::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList statusLabels()
{
    QStringList out;
    for (const KnownStatus &known : kKnownStatuses)
        out.append(QCoreApplication::translate("OrderStatus", known.label));
    return out;
}

QString statusLabel(const QString &status)
{
    const QString key = folded(status);
    for (const KnownStatus &known : kKnownStatuses) {
        if (key == QLatin1String(known.folded))
            return QCoreApplication::translate("OrderStatus", known.label);
    }
    return status;
}

} // namespace portdesk
