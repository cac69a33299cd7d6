#include "Carriers.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace portdesk {

namespace {
Q_LOGGING_CATEGORY(lcValidationData, "portdesk.validation.data", QtInfoMsg)
} // namespace

QStringList parseCarrierList(const QString &text)
{
    QStringList names;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')) || names.contains(name, Qt::CaseInsensitive))
            continue;
        names.append(name);
    }
    return names;
}

QStringList knownCarriers()
{
    static const QStringList names = [] {
        QFile file(QStringLiteral(":/portdesk/data/carriers.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qCWarning(lcValidationData) << "carrier list missing:" << file.fileName();
            return QStringList();
        }
        return parseCarrierList(QString::fromUtf8(file.readAll()));
    }();
    return names;
}

CarrierBrand carrierBrand(const QString &carrierName)
{
    // Anchored at the start so "Total by Verizon" or "Cricket (AT&T)" stay Other: those brands
    // have their own port-out process. \b after the name keeps "Metronet" out of Metro.
    using RE = QRegularExpression;
    static const RE verizon(QStringLiteral(R"(^verizon\b)"), RE::CaseInsensitiveOption);
    static const RE att(QStringLiteral(R"(^(at\s*&\s*t|at\s+and\s+t|att)\b)"), RE::CaseInsensitiveOption);
    static const RE tmobile(QStringLiteral(R"(^t[\s.-]*mobile\b)"), RE::CaseInsensitiveOption);
    static const RE metro(QStringLiteral(R"(^metro(\s*pcs|\s+by\s+t[\s.-]*mobile)?\b)"), RE::CaseInsensitiveOption);
    const QString name = carrierName.trimmed();
    if (name.isEmpty())
        return CarrierBrand::Other; // no name: no expression to compile yet (the first paint asks)
    if (verizon.match(name).hasMatch())
        return CarrierBrand::Verizon;
    if (att.match(name).hasMatch())
        return CarrierBrand::Att;
    if (tmobile.match(name).hasMatch())
        return CarrierBrand::TMobile;
    if (metro.match(name).hasMatch())
        return CarrierBrand::Metro;
    return CarrierBrand::Other;
}

} // namespace portdesk
