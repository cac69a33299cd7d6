#pragma once

class QCoreApplication;

namespace portdesk {

// Installs PortDesk's catalogues on the application. For now the English one, which supplies the
// plural forms of %n strings ("1 order", "2 orders"); other languages come on top of it.
void installTranslations(QCoreApplication *app);

} // namespace portdesk
