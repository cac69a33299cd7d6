#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>

#include "TeamDatabase.h"

namespace portdesk {

// Where the order registry is, as `portdesk --registry`, `portdesk-cli --registry` and
// PORTDESK_REGISTRY name it: a SQLite file path, or a team database as a libpq connection URI
// (postgresql://USER@HOST:PORT/DBNAME?sslmode=...). The one parser of that text; a password in
// the URI is refused (it comes from PGPASSWORD, ~/.pgpass or the keychain, never from the URI).
struct RegistryLocation
{
    Q_DECLARE_TR_FUNCTIONS(RegistryLocation)

public:
    QString sqlitePath;               // a file, when no team database is named
    std::optional<TeamDatabase> team; // a postgresql:// or postgres:// URI
    QString error;                    // a sentence saying what is wrong with the text (never quoting a password)

    bool ok() const { return error.isEmpty(); }
    bool isChosen() const { return !sqlitePath.isEmpty() || team.has_value(); }

    static RegistryLocation parse(const QString &text);
    // The command line's choice: the option's value when given, else PORTDESK_REGISTRY, else
    // nothing chosen (the saved settings decide).
    static RegistryLocation fromCommandLine(const QString &optionValue);
};

} // namespace portdesk
