#include "ApiBaseUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace portdesk {

bool ApiBaseUrl::isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QUrl ApiBaseUrl::endpoint(const QString &path) const
{
    QUrl u = url;
    u.setPath(url.path() + path);
    return u;
}

ApiBaseUrl ApiBaseUrl::parse(const QString &text)
{
    ApiBaseUrl out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        out.error =
            QCoreApplication::translate("ApiBaseUrl", "Enter the API address, for example %1.").arg(defaultUrl());
        return out;
    }
    QUrl u(trimmed, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()) {
        out.error =
            QCoreApplication::translate("ApiBaseUrl", "This is not a web address. Example: %1").arg(defaultUrl());
        return out;
    }
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        out.error = QCoreApplication::translate("ApiBaseUrl", "The address must start with https://.");
        return out;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(u.host())) {
        out.error = QCoreApplication::translate("ApiBaseUrl",
                                                "Use https:// for %1: plain http is allowed only for this computer's "
                                                "loopback address (the training simulator).")
                        .arg(u.host());
        return out;
    }
    if (!u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment()) {
        out.error = QCoreApplication::translate("ApiBaseUrl",
                                                "The address must not contain a user name, a query or a fragment.");
        return out;
    }
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1.0"), Qt::CaseInsensitive)) {
        out.error = QCoreApplication::translate("ApiBaseUrl",
                                                "The address must end with the API version, /v1.0 (for example %1).")
                        .arg(defaultUrl());
        return out;
    }
    u.setScheme(scheme);
    u.setPath(path);
    out.url = u;
    return out;
}

} // namespace portdesk
