#include "NanpNumbering.h"

#include "common/Modules.h"

namespace portdesk {

const NanpNumbering *nanpNumbering(QString *error)
{
    return qobject_cast<NanpNumbering *>(modules::load(QStringLiteral("phonenumbers"), error));
}

} // namespace portdesk
