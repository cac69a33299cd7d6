#include "Aead.h"

#include "common/Modules.h"

namespace portdesk {

const Aead *aeadModule(QString *error)
{
    return qobject_cast<Aead *>(modules::load(QStringLiteral("aead"), error));
}

} // namespace portdesk
