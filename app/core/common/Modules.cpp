#include "Modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>

namespace portdesk::modules {

QStringList searchPaths(const QString &appDir, const QString &buildTree, const QString &buildModuleDir)
{
    QStringList dirs;
    if (!appDir.isEmpty()) {
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../lib/portdesk/modules"))
             << QDir::cleanPath(appDir + QStringLiteral("/../PlugIns/portdesk")) << QDir::cleanPath(appDir);
    }
    const QString tree = QDir::cleanPath(buildTree) + QLatin1Char('/');
    if (!buildTree.isEmpty() && (QDir::cleanPath(appDir) + QLatin1Char('/')).startsWith(tree))
        dirs << QDir::cleanPath(buildModuleDir);
    return dirs;
}

namespace {

struct Loaded
{
    QObject *root = nullptr;
    QString error;
};

Loaded find(const QString &name)
{
    const QString appDir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString(); // no app, no folder
    const QStringList dirs =
        searchPaths(appDir, QStringLiteral(PORTDESK_BUILD_TREE), QStringLiteral(PORTDESK_BUILD_MODULE_DIR));
    QStringList tried;
    for (const QString &dir : dirs) {
        if (!QDir(dir).exists())
            continue;
        // The base name: QPluginLoader adds lib...so, ...dll or ...so/.dylib as the platform wants.
        QPluginLoader loader(dir + QStringLiteral("/portdesk_") + name);
        if (QObject *root = loader.instance()) {
            // Stateless services: whichever thread loaded it, the main thread owns the object.
            if (QCoreApplication::instance())
                root->moveToThread(QCoreApplication::instance()->thread());
            return {root, {}};
        }
        QString why = loader.errorString();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1); // Qt's sentence, inside ours
        tried << QDir::toNativeSeparators(dir) + QStringLiteral(": ") + why;
    }
    if (tried.isEmpty())
        tried << QCoreApplication::translate("Modules", "none of %1 exists").arg(dirs.join(QStringLiteral(", ")));
    return {nullptr, QCoreApplication::translate("Modules", "PortDesk's module \"%1\" could not be loaded (%2): "
                                                            "reinstall PortDesk.")
                         .arg(name, tried.join(QStringLiteral("; ")))};
}

} // namespace

QObject *load(const QString &name, QString *error)
{
    static QMutex mutex;
    static QHash<QString, Loaded> loaded; // one attempt per process: a missing file stays missing
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(name);
    if (it == loaded.end())
        it = loaded.insert(name, find(name));
    if (error)
        *error = it->error;
    return it->root;
}

} // namespace portdesk::modules
