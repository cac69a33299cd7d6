#include "Translations.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace portdesk {

void installTranslations(QCoreApplication *app)
{
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/portdesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcApp) << "the English catalogue is missing from the build";
}

} // namespace portdesk
