#pragma once
#include <QString>

namespace portdesk {

// What an agent reads for a TargetPortinClassification code (PortInTypes.h): "Mobile line (MVNO)",
// "IoT device", in the desk's language. The number page offers these and the review repeats them;
// a code PortDesk does not know is shown as it is.
QString classificationLabel(const QString &code);

} // namespace portdesk
