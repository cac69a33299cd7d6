#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /numbers/portin/eligibility. Repeatable: it changes nothing at Telegent.
// An agent waits for it with the customer on the line: it has an overall deadline (README) of
// kDeadlineMs, or the request timeout when that setting is longer, token and retries included.
class CheckEligibility : public TypedOperation<EligibilityRequest, EligibilityResult>
{
    Q_OBJECT
public:
    static constexpr qint64 kDeadlineMs = 45'000;

    CheckEligibility(TelegentClient *client, const EligibilityRequest &request, QObject *parent = nullptr);

protected:
    QString path() const override;
    bool repeatable() const override { return true; }
};

} // namespace portdesk
