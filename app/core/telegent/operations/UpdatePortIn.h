#pragma once
#include "domain/PortInTypes.h"
#include "telegent/TypedOperation.h"

namespace portdesk {

// POST /numbers/portin/update: corrects an open or rejected order. Not repeatable once sent.
class UpdatePortIn : public TypedOperation<UpdatePortInRequest, UpdateResult>
{
    Q_OBJECT
public:
    UpdatePortIn(TelegentClient *client, const UpdatePortInRequest &request, QObject *parent = nullptr)
        : TypedOperation(client, request, parent)
    {
    }

protected:
    QString path() const override;
    bool repeatable() const override { return false; }
};

} // namespace portdesk
