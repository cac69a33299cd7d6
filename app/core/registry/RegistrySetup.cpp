#include "RegistrySetup.h"
#include "AppContext.h"
#include "TeamDatabase.h"
#include "credentials/CredentialStore.h"
#include "settings/AppSettings.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace portdesk {

RegistrySetup::RegistrySetup(AppContext *desk, QObject *parent) : QObject(parent), m_desk(desk) {}

void RegistrySetup::testTeamDatabase(const TeamDatabase &team, QObject *context, Done done)
{
    if (!team.isComplete())
        return done(false, tr("Enter the server, the database and the user."));
    if (const QString refused = team.transportRefusal(); !refused.isEmpty())
        return done(false, refused);
    // Qt SQL connections belong to the thread that made them: the trial connection is made,
    // used and removed on a thread of its own, so a slow server never freezes the window.
    QPointer<QObject> ctx(context);
    QThread *thread = QThread::create([team, ctx, done, self = QPointer<RegistrySetup>(this)] {
        const QString name = QStringLiteral("portdesk-trial-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        bool ok = false;
        QString message;
        {
            QSqlDatabase db = team.addConnection(name);
            ok = db.open();
            message = ok ? tr("Connected to %1.").arg(team.describe())
                         : tr("Not connected: %1").arg(db.lastError().text().trimmed());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (self)
            QMetaObject::invokeMethod(self, [ctx, done, ok, message] {
                if (ctx)
                    done(ok, message);
            });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RegistrySetup::saveRegistryChoice(bool team, const TeamDatabase &database, QObject *context, Done done)
{
    const auto saveSettings = [team, database] {
        AppSettings settings;
        settings.setUseTeamRegistry(team);
        if (team)
            settings.setTeamDatabase(database);
    };
    const QString applies = tr("PortDesk uses it from its next start.");
    if (!team || database.password.isEmpty()) {
        if (team && !database.isComplete())
            return done(false, tr("Enter the server, the database and the user."));
        saveSettings();
        return done(true, applies);
    }
    if (!database.isComplete())
        return done(false, tr("Enter the server, the database and the user."));
    QPointer<QObject> ctx(context);
    m_desk->credentialStore()->write(database.keychainKey(), database.password, m_desk,
                                     [ctx, done, saveSettings, applies](const CredentialStore::Result &r) {
                                         if (!ctx)
                                             return;
                                         if (!r.ok())
                                             return done(false, r.message); // no plaintext fallback: nothing is saved
                                         saveSettings();
                                         done(true, applies);
                                     });
}

} // namespace portdesk
