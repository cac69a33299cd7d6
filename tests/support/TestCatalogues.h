#pragma once
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace portdesk::test {

// Takes every catalogue off the application again (and the default locale back to C), so that
// each test or step picks its own language.
inline void removeCatalogues()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace portdesk::test
