#pragma once
#include "domain/PortInTypes.h"
#include "telegent/ApiOperation.h"

namespace portdesk {

// POST /numbers/portin/cancel: final, there is no un-cancel. Not repeatable once sent.
class CancelPortIn : public ApiOperation
{
    Q_OBJECT
public:
    CancelPortIn(TelegentClient *client, const QString &orderId, QObject *parent = nullptr);
    const CancelResult &result() const { return m_result; }

protected:
    QString path() const override;
    QJsonObject body() const override;
    bool repeatable() const override { return false; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    QString m_orderId;
    CancelResult m_result;
};

} // namespace portdesk
