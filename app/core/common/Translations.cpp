#include "Translations.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace portdesk {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");

// PortDesk's catalogue file <name> ("en", "fr", "fr_CA") in the application's resources.
QString cataloguePath(const QString &name)
{
    return kCatalogueDir + QStringLiteral("/portdesk_") + name + QStringLiteral(".qm");
}

// Installs the translator when it loaded; deletes it when not.
bool installLoaded(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

// Loads the catalogue `prefix`_xx for the locale's first UI language that has one.
bool installCatalogue(QCoreApplication *app, const QLocale &locale, const QString &prefix, const QString &dir)
{
    auto *translator = new QTranslator(app);
    return installLoaded(translator, translator->load(locale, prefix, QStringLiteral("_"), dir));
}

// Exactly portdesk_<name>.qm: QTranslator::load(file) would fall back from fr_FR to fr by itself.
bool installFile(QCoreApplication *app, const QString &name)
{
    const QString file = cataloguePath(name);
    if (!QFile::exists(file))
        return false;
    auto *translator = new QTranslator(app);
    return installLoaded(translator, translator->load(file));
}

// PortDesk's catalogue for the first UI language that has one: the language's own (portdesk_fr,
// complete; every Spanish gets portdesk_es, written for US Hispanic agents), then, installed last
// so that its entries win, the region's differences when there are any (portdesk_fr_CA holds
// only what Québec says otherwise). Qt's QTranslator::load(QLocale) would take fr_CA alone.
bool installPortDeskCatalogues(QCoreApplication *app, const QLocale &locale)
{
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QLocale candidate(uiLanguage);
        if (candidate.language() == QLocale::C)
            continue;
        const QString language = QLocale::languageToCode(candidate.language());
        if (!installFile(app, language))
            continue;
        installFile(app, language + QLatin1Char('_') + QLocale::territoryToCode(candidate.territory())); // if any
        return true;
    }
    return false;
}
} // namespace

void installTranslations(QCoreApplication *app)
{
    auto *english = new QTranslator(app);
    if (!installLoaded(english, english->load(cataloguePath(QStringLiteral("en")))))
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
    if (!installPortDeskCatalogues(app, locale))
        qCInfo(lcApp) << "no PortDesk catalogue for" << locale.name() << "- English is shown";
    return locale;
}

QString catalogueTarget(const QString &name)
{
    QTranslator translator;
    if (!translator.load(cataloguePath(name)))
        return name;
    return translator.language().isEmpty() ? name : translator.language();
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
