#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /numbers/portin. Never repeated once sent: a duplicate port costs the customer a fee, so
// a sent request without a usable answer ends as ApiError::Kind::UnknownOutcome.
class SubmitPortIn : public TypedOperation<PortInRequest, SubmitResult>
{
    Q_OBJECT
public:
    SubmitPortIn(TelegentClient *client, const PortInRequest &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
    }

protected:
    QString path() const override;
    bool repeatable() const override { return false; }
};

} // namespace portdesk
