#pragma once
#include "telegent/ApiOperation.h"

namespace portdesk {

// POST /OAuth2/tokens: a token scoped to one endpoint URL. Used by the TokenBroker only.
class RequestToken : public ApiOperation
{
    Q_OBJECT
public:
    RequestToken(TelegentClient *client, const QString &apiEndpoint, QObject *parent = nullptr);
    const Token &token() const { return m_token; }

protected:
    QString path() const override;
    QJsonObject body() const override;
    bool repeatable() const override { return true; }
    bool needsToken() const override { return false; }
    bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) override;

private:
    QString m_apiEndpoint;
    Token m_token;
};

} // namespace portdesk
