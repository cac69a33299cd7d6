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

} // namespace portdesk::test
