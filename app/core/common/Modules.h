#pragma once
#include <QString>
#include <QStringList>

class QObject;

namespace portdesk::modules {

// PortDesk's own plugins: the parts whose libraries are too heavy for the way to the first paint
// (libphonenumber with protobuf and abseil, Qt Charts with OpenGL). Each is loaded once, on first
// use (or ahead of it by a warm-up after the first paint), and stays loaded until the process
// ends. Thread-safe.
//
// Returns the module's root object (qobject_cast it to the module's interface), or nullptr and,
// in *error, what went wrong and where it looked.
QObject *load(const QString &name, QString *error = nullptr);

// Where a program in appDir looks for modules, in order: beside an installed program
// (../lib/portdesk/modules on Linux, ../PlugIns/portdesk in a macOS bundle, the program's own folder on
// Windows), then the build tree's module folder, but only for a program inside that build tree,
// so that an installed program never loads code from a path that merely looks like the build's.
QStringList searchPaths(const QString &appDir, const QString &buildTree, const QString &buildModuleDir);

} // namespace portdesk::modules
