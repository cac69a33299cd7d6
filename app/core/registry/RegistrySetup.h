#pragma once
#include <QObject>
#include <functional>

namespace portdesk {

class AppContext;
struct TeamDatabase;

// What the registry dialog does with where the desk keeps its orders: try a team database, save
// the choice. Each answers once through `done` with whether it worked and a sentence that says
// what happened; nothing is answered once `context` is gone. The choice applies at next start.
class RegistrySetup : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit RegistrySetup(AppContext *desk, QObject *parent = nullptr);

    // Tries a connection to a team database off the GUI thread (nothing is saved).
    void testTeamDatabase(const TeamDatabase &team, QObject *context, Done done);
    // The registry choice to the settings, a team password (when given) to the keychain.
    void saveRegistryChoice(bool team, const TeamDatabase &database, QObject *context, Done done);

private:
    AppContext *m_desk;
};

} // namespace portdesk
