#pragma once

#include "common/Translations.h"

#include <QCoreApplication>

namespace portdesk::test {

// .ci/screenshots --language xx: the GUI tests that take the README's pictures show that language.
// Only when asked: the suite itself runs in English whatever the machine's locale.
inline void installScreenshotLanguage()
{
    const QString language = qEnvironmentVariable("PORTDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        installLanguage(QCoreApplication::instance(), language);
}

// A text as the UI shows it in the installed language: the tests that take screenshots compare
// against this, so they check the same thing in English (the suite) and in es/fr (the pictures).
inline QString shown(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace portdesk::test
