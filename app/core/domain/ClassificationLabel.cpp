#include "ClassificationLabel.h"
#include "PortInTypes.h"

#include <QCoreApplication>

namespace portdesk {

QString classificationLabel(const QString &code)
{
    if (code == Classification::Mvno)
        return QCoreApplication::translate("Classification", "Mobile line (MVNO)");
    if (code == Classification::Iot)
        return QCoreApplication::translate("Classification", "IoT device");
    return code;
}

} // namespace portdesk
