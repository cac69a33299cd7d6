#include "CliEligibility.h"
#include "AppContext.h"
#include "CliOutput.h"
#include "domain/validation/NumberRules.h"
#include "telegent/JsonMapping.h"
#include "telegent/operations/CheckEligibility.h"

namespace portdesk {

void CliEligibility::run(const QStringList &args)
{
    QString classification = QStringLiteral("mvno");
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--classification") && i + 1 < args.size())
            classification = args.at(++i);
        else
            positional << args.at(i);
    }
    if (positional.size() != 1)
        return fail(CliExit::Usage, QStringLiteral("eligibility takes one NUMBER"));
    if (classification != QLatin1String("mvno") && classification != QLatin1String("iot"))
        return fail(CliExit::Usage, QStringLiteral("--classification must be mvno or iot"));
    const NumberCheck check = checkPortInNumber(positional.constFirst());
    for (const FieldIssue &i : check.issues)
        if (i.severity == FieldIssue::Severity::Error)
            return fail(CliExit::Usage, QStringLiteral("%1: %2").arg(positional.constFirst(), i.message));
    auto *op = new CheckEligibility(m_context->client(), {check.e164, classification}, this);
    connect(op, &ApiOperation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->ok())
            return fail(CliExit::forError(op->error()), op->error().message);
        const EligibilityResult &r = op->result();
        if (m_output.json())
            m_output.json(QJsonDocument(json::toJson(r)));
        else
            m_output.table({QStringLiteral("Number"), QStringLiteral("Eligible"), QStringLiteral("Carrier"),
                            QStringLiteral("Type"), QStringLiteral("Message")},
                           {{r.phoneNumber, r.eligible ? QStringLiteral("yes") : QStringLiteral("no"), r.currentCarrier,
                             r.numberType, r.message}});
        done(r.eligible ? CliExit::Ok : CliExit::NotEligible);
    });
    op->start();
}

} // namespace portdesk
