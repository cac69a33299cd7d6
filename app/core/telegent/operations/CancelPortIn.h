#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /numbers/portin/cancel: final, there is no un-cancel. Not repeatable once sent.
class CancelPortIn : public TypedOperation<CancelPortInRequest, CancelResult>
{
    Q_OBJECT
public:
    CancelPortIn(TelegentClient *client, const CancelPortInRequest &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
    }

protected:
    QString path() const override;
    bool repeatable() const override { return false; }
};

} // namespace portdesk
