#pragma once
#include "domain/NanpNumbering.h"

#include <QObject>

namespace portdesk {

// The "phonenumbers" module: NanpNumbering on libphonenumber. Kept out of the programs' own
// link so that libphonenumber, protobuf and abseil (a tenth of a bare window's start-up) load
// after the first paint.
class LibPhoneNumbering : public QObject, public NanpNumbering
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PORTDESK_NANP_NUMBERING_IID)
    Q_INTERFACES(portdesk::NanpNumbering)
public:
    ParsedNumber parse(const QString &text) const override;
    NumberPlan planOf(const QString &e164) const override;
    QString formatAsYouType(const QString &digits) const override;
};

} // namespace portdesk
