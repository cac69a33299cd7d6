#include "Translations.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace portdesk {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");

// Loads the catalogue `prefix`_xx for the locale's first UI language that has one.
bool installCatalogue(QCoreApplication *app, const QLocale &locale, const QString &prefix, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, prefix, QStringLiteral("_"), dir) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

void installTranslations(QCoreApplication *app)
{
    auto *english = new QTranslator(app);
    if (english->load(kCatalogueDir + QStringLiteral("/portdesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcApp) << "the English catalogue is missing from the build";
}

QLocale installLanguage(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    installTranslations(app);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale; // the source language: nothing more to load
    // Installed last = searched first: PortDesk's strings, then Qt's.
    if (!installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCWarning(lcApp) << "no Qt catalogue for" << locale.name() << "in"
                         << QLibraryInfo::path(QLibraryInfo::TranslationsPath) << "(Debian: qt6-translations-l10n)";
    if (!installCatalogue(app, locale, QStringLiteral("portdesk"), kCatalogueDir))
        qCInfo(lcApp) << "no PortDesk catalogue for" << locale.name() << "- English is shown";
    return locale;
}

QStringList shippedLanguages()
{
    QStringList out;
    const QStringList files = QDir(kCatalogueDir).entryList({QStringLiteral("portdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(9, file.size() - 9 - 3); // portdesk_<name>.qm
        if (name != QLatin1String("en"))
            out.append(name);
    }
    return out;
}

} // namespace portdesk
