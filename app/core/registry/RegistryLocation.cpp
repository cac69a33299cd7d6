#include "RegistryLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace portdesk {

namespace {
const QString kShape = QStringLiteral("postgresql://USER@HOST:PORT/DBNAME");

RegistryLocation failed(const QString &why)
{
    RegistryLocation out;
    out.error = why;
    return out;
}

// The URI's parameters into `team`; an error sentence, or empty.
QString takeParameters(const QUrl &url, TeamDatabase &team)
{
    const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return RegistryLocation::tr("sslmode=%1 is not one of libpq's modes (%2).")
                    .arg(value, sslModes.join(QLatin1String(", ")));
            team.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            const QFileInfo file(value);
            if (!file.isFile() || !file.isReadable())
                return RegistryLocation::tr("sslrootcert: there is no readable CA certificate file at %1.").arg(value);
            team.sslRootCert = file.absoluteFilePath();
        } else if (key == QLatin1String("connect_timeout")) {
            bool number = false;
            const int seconds = value.toInt(&number);
            if (!number || seconds < 1)
                return RegistryLocation::tr("connect_timeout=%1 must be a whole number of seconds, 1 or more.")
                    .arg(value);
            team.connectTimeoutSeconds = seconds;
        } else if (key == QLatin1String("host")) {
            team.host = value; // libpq's way to name a socket directory
        } else {
            return RegistryLocation::tr(
                       "The parameter %1 is not supported; PortDesk takes sslmode, sslrootcert, connect_timeout and "
                       "host.")
                .arg(key);
        }
    }
    return {};
}
} // namespace

RegistryLocation RegistryLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failed(RegistryLocation::tr("Name a SQLite file or a team database (%1).").arg(kShape));
    const QString scheme = trimmed.section(QLatin1String("://"), 0, 0).toLower();
    if (!trimmed.contains(QLatin1String("://"))) {
        RegistryLocation out;
        out.sqlitePath = trimmed;
        return out;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return failed(RegistryLocation::tr("%1:// is not a registry: give a SQLite file path or a team database as %2.")
                          .arg(scheme, kShape));
    // The password check comes first, and no message below quotes the URI: it may hold one.
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString authority = trimmed.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
    if (authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')) ||
        QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        return failed(RegistryLocation::tr(
            "The team database URI must not hold a password (it would show in process lists and shell "
            "history): PortDesk takes it from PGPASSWORD, ~/.pgpass or the keychain entry the registry "
            "dialog saved."));
    if (!url.isValid())
        return failed(RegistryLocation::tr("This is not a usable team database URI (%1). Expected: %2")
                          .arg(url.errorString(), kShape));
    if (url.hasFragment())
        return failed(RegistryLocation::tr("A team database URI has no #fragment. Expected: %1").arg(kShape));
    TeamDatabase team;
    team.user = url.userName(QUrl::FullyDecoded);
    team.host = url.host(QUrl::FullyDecoded);
    team.port = url.port(5432);
    team.database = url.path(QUrl::FullyDecoded).mid(1);
    if (const QString why = takeParameters(url, team); !why.isEmpty())
        return failed(why);
    if (team.user.isEmpty())
        return failed(RegistryLocation::tr("The team database URI names no user. Expected: %1").arg(kShape));
    if (team.host.isEmpty())
        return failed(RegistryLocation::tr("The team database URI names no server. Expected: %1").arg(kShape));
    if (team.port < 1)
        return failed(RegistryLocation::tr("The team database URI's port must be 1 to 65535."));
    if (team.database.isEmpty() || team.database.contains(QLatin1Char('/')))
        return failed(
            RegistryLocation::tr("The team database URI names no database (one name after the port). Expected: %1")
                .arg(kShape));
    if (const QString why = team.transportRefusal(); !why.isEmpty())
        return failed(why);
    RegistryLocation out;
    out.team = team;
    return out;
}

RegistryLocation RegistryLocation::fromCommandLine(const QString &optionValue)
{
    const QString text = optionValue.isEmpty() ? qEnvironmentVariable("PORTDESK_REGISTRY") : optionValue;
    return text.isEmpty() ? RegistryLocation() : parse(text);
}

} // namespace portdesk
