#pragma once
#include "domain/PortInTypes.h"
#include "telegent/ApiOperation.h"

namespace portdesk {

// POST /numbers/portin/update: corrects an open or rejected order. Not repeatable once sent.
class UpdatePortIn : public ApiOperation
{
    Q_OBJECT
public:
    UpdatePortIn(TelegentClient *client, const UpdatePortInRequest &request, QObject *parent = nullptr);
    const UpdateResult &result() const { return m_result; }

protected:
    QString path() const override;
    QJsonObject body() const override;
    bool repeatable() const override { return false; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    UpdatePortInRequest m_request;
    UpdateResult m_result;
};

} // namespace portdesk
