#pragma once
#include <QString>
#include <QUrl>

namespace portdesk {

// The base URL setting holds the server URL including /v1.0 (default
// https://api.telegent.com/v1.0); operation paths are appended to it, never a second /v1.0.
// https is required unless the host is a loopback address (127.0.0.0/8, ::1): the simulator.
struct ApiBaseUrl
{
    QUrl url;      // normalised, no trailing slash; invalid when error is set
    QString error; // a sentence for the settings field

    bool ok() const { return error.isEmpty(); }
    // base + path, e.g. endpoint(u"/numbers/portin") -> https://api.telegent.com/v1.0/numbers/portin
    QUrl endpoint(const QString &path) const;

    static ApiBaseUrl parse(const QString &text);
    static QString defaultUrl() { return QStringLiteral("https://api.telegent.com/v1.0"); }
    static bool isLoopbackHost(const QString &host);
};

} // namespace portdesk
