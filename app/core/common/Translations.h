#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace portdesk {

// Installs the English catalogue on the application: the plural forms of %n strings ("1 order",
// "2 orders"). portdesk-cli stops here, so its messages stay English whatever the locale.
void installTranslations(QCoreApplication *app);

// The desktop's language: `language` is a locale name such as "es_ES", or "" for the system's.
// Makes it the default locale (dates, times, numbers) and installs, on top of the English
// catalogue, Qt's own (qtbase_xx: QWizard's and QDialogButtonBox's buttons) and PortDesk's.
// Catalogues that do not exist for that language are skipped: its strings stay English.
// Returns the locale chosen.
QLocale installLanguage(QCoreApplication *app, const QString &language);

// The languages PortDesk ships a catalogue for, as locale names ("es", "fr", "fr_CA"); English is
// the source language and is not listed.
QStringList shippedLanguages();

// The variant a shipped catalogue is written for, from the catalogue itself ("es" -> "es_US",
// "fr" -> "fr_FR", "fr_CA" -> "fr_CA"): what the settings show the language as.
QString catalogueTarget(const QString &name);

} // namespace portdesk
