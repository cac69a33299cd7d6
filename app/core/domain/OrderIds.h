#pragma once
#include <QString>

namespace portdesk {

// Telegent's OrderIds are opaque ("JNUOID-…", "JNOID-…", api-decisions.md) and never parsed; but
// whatever is stored as one, printed and sent back in a query string must look like an id: 1 to
// kMaxOrderIdLength printable ASCII characters, no space. An answer carrying anything else (a
// control sequence, 4 MiB of "A") is not a usable answer.
inline constexpr int kMaxOrderIdLength = 64;
bool isWellFormedOrderId(const QString &id);

// The registry's local id of a submit whose outcome is unknown ("UNKNOWN-<uuid>"): Telegent never
// issued it, so it is never sent to Telegent.
inline constexpr QLatin1String kLocalOrderIdPrefix("UNKNOWN-");
// A port-in waiting for its signed LOA, not submitted yet ("LOA-<uuid>"): local too.
inline constexpr QLatin1String kAwaitingOrderIdPrefix("LOA-");
bool isLocalPlaceholderId(const QString &id);
bool isAwaitingAuthorizationId(const QString &id);
// Either kind of local id: never sent to Telegent, never accepted from it.
bool isLocalOrderId(const QString &id);

} // namespace portdesk
