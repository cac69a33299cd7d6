#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /numbers/portin/eligibility. Repeatable: it changes nothing at Telegent.
class CheckEligibility : public TypedOperation<EligibilityRequest, EligibilityResult>
{
    Q_OBJECT
public:
    CheckEligibility(TelegentClient *client, const EligibilityRequest &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
    }

protected:
    QString path() const override;
    bool repeatable() const override { return true; }
};

} // namespace portdesk
