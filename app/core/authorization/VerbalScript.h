#pragma once
#include <QString>

namespace portdesk {

// The words an agent reads for a verbal authorization. PortDesk ships one, translated; a team
// may replace it (a setting kept in the registry, registry/AuthorizationSettings). Either way
// the text has placeholders filled from the port-in: {number}, {carrier}, {holder}, {provider}.
// What was read is recorded by version: the built-in text's revision and language, or a hash
// of the team's text, so an audit can say which words the customer heard.
class VerbalScript
{
public:
    struct Values
    {
        QString number; // as the agent reads it
        QString carrier;
        QString holder;
        QString provider;
    };

    // teamText empty: the built-in script in the current language.
    explicit VerbalScript(const QString &teamText = {});

    QString text() const { return m_text; }
    // "builtin-1/es_US" (the language shown) or "team-<first 12 hex of SHA-256>".
    QString version() const { return m_version; }
    bool isTeamText() const { return m_team; }
    // The text with its placeholders filled; an unknown placeholder stays as written.
    QString render(const Values &values) const;

    static QString builtInText();
    // Bumped whenever the built-in text's meaning changes (not for a new translation).
    static constexpr int kBuiltInRevision = 1;

private:
    QString m_text;
    QString m_version;
    bool m_team = false;
};

} // namespace portdesk
