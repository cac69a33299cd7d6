#include "EligibilityHandler.h"
#include "SimJson.h"
#include "SimProblems.h"
#include "sandbox/SimulatorFaults.h"
#include "sandbox/SimulatorOptions.h"
#include "telegent/Endpoints.h"

#include <QStringList>

namespace portdesk::sandbox {

namespace {
QString carrierFor(const QString &e164)
{
    if (e164.endsWith(QLatin1String(trigger::NumberLockError)))
        return QStringLiteral("Verizon");
    static const char *carriers[] = {"Verizon",          "AT&T",    "T-Mobile",    "US Cellular", "Metro by T-Mobile",
                                     "Cricket Wireless", "Visible", "Boost Mobile"};
    uint h = qHash(e164.mid(2, 6)); // area code + exchange decide, stable across runs
    return QLatin1String(carriers[h % (sizeof carriers / sizeof *carriers)]);
}
} // namespace

QString EligibilityHandler::route() const
{
    return route::Eligibility;
}
QString EligibilityHandler::path() const
{
    return endpoint::Eligibility;
}

SimReply EligibilityHandler::handle(const SimRequest &request, const QString &)
{
    SimProblems problems;
    QJsonObject body;
    if (!problems.parseBody(request.body, &body))
        return problems.reply();
    const QString number = problems.string(body, QStringLiteral("PhoneNumber"), true);
    problems.string(body, QStringLiteral("TargetClassification"), true); // required since 1.0.1.1
    problems.e164(QStringLiteral("PhoneNumber"), number);
    if (problems.any())
        return problems.reply();

    QJsonObject o{{QStringLiteral("PhoneNumber"), number}, {QStringLiteral("NumberType"), QStringLiteral("mobile")}};
    static const QStringList tollFree = {QStringLiteral("800"), QStringLiteral("833"), QStringLiteral("844"),
                                         QStringLiteral("855"), QStringLiteral("866"), QStringLiteral("877"),
                                         QStringLiteral("888"), QStringLiteral("900")};
    QString reason;
    if (!number.startsWith(QLatin1String("+1")) || number.size() != 12)
        reason = QStringLiteral("Only US and NANP numbers (+1) can be ported in.");
    else if (tollFree.contains(number.mid(2, 3)))
        reason = QStringLiteral("Toll-free and premium numbers cannot be ported into a mobile classification.");
    else if (number.endsWith(QLatin1String(trigger::NotEligible)))
        reason = QStringLiteral("Number is not eligible for port-in: it is not active with its current carrier.");
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("Eligible"), false);
        o.insert(QStringLiteral("CurrentCarrier"), QString());
        o.insert(QStringLiteral("NumberType"),
                 tollFree.contains(number.mid(2, 3)) ? QStringLiteral("tollfree") : QStringLiteral("mobile"));
        o.insert(QStringLiteral("Message"), reason);
    } else {
        o.insert(QStringLiteral("Eligible"), true);
        o.insert(QStringLiteral("CurrentCarrier"), carrierFor(number));
        o.insert(QStringLiteral("Message"), QStringLiteral("Number is eligible for port-in"));
    }
    return jsonReply(200, o);
}

} // namespace portdesk::sandbox
