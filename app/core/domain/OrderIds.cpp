#include "OrderIds.h"

#include <algorithm>

namespace portdesk {

bool isWellFormedOrderId(const QString &id)
{
    return !id.isEmpty() && id.size() <= kMaxOrderIdLength &&
           std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

bool isLocalPlaceholderId(const QString &id)
{
    return id.startsWith(kLocalOrderIdPrefix);
}

bool isAwaitingAuthorizationId(const QString &id)
{
    return id.startsWith(kAwaitingOrderIdPrefix);
}

bool isLocalOrderId(const QString &id)
{
    return isLocalPlaceholderId(id) || isAwaitingAuthorizationId(id);
}

} // namespace portdesk
