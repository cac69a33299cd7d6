#pragma once
#include "domain/PortInTypes.h"
#include "telegent/ApiOperation.h"

namespace portdesk {

// POST /numbers/portin. Never repeated once sent: a duplicate port costs the customer a fee, so
// a sent request without a usable answer ends as ApiError::Kind::UnknownOutcome.
class SubmitPortIn : public ApiOperation
{
    Q_OBJECT
public:
    SubmitPortIn(TelegentClient *client, const PortInRequest &request, QObject *parent = nullptr);
    const SubmitResult &result() const { return m_result; }
    const PortInRequest &request() const { return m_request; }

protected:
    QString path() const override;
    QJsonObject body() const override;
    bool repeatable() const override { return false; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    PortInRequest m_request;
    SubmitResult m_result;
};

} // namespace portdesk
