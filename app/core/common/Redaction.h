#pragma once
#include <QString>

// The one place that keeps secrets out of log output. Every AccountSecret, token and PIN the
// process handles is registered here the moment it is in memory; the message handler that
// portdesk installs passes every log line through redact(). Patterns catch what was never
// registered: JWT-shaped tokens, "Bearer ..." and the secret fields of a JSON body.
namespace portdesk::redaction {

inline constexpr const char *kMask = "[redacted]";

void registerSecret(const QString &secret); // ignored when shorter than 3 characters
QString redact(const QString &text);
// Installs a Qt message handler that redacts, then hands the line to the previous handler.
void installMessageHandler();

} // namespace portdesk::redaction
