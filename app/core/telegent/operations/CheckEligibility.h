#pragma once
#include "domain/PortInTypes.h"
#include "telegent/ApiOperation.h"

namespace portdesk {

// POST /numbers/portin/eligibility. Repeatable: it changes nothing at Telegent.
class CheckEligibility : public ApiOperation
{
    Q_OBJECT
public:
    CheckEligibility(TelegentClient *client, const EligibilityRequest &request, QObject *parent = nullptr);
    const EligibilityResult &result() const { return m_result; }

protected:
    QString path() const override;
    QJsonObject body() const override;
    bool repeatable() const override { return true; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    EligibilityRequest m_request;
    EligibilityResult m_result;
};

} // namespace portdesk
