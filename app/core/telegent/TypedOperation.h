#pragma once
#include "ApiOperation.h"
#include "JsonMapping.h"

namespace portdesk {

// An operation whose request body and result map one-to-one onto a pair of domain types
// through telegent/JsonMapping. Subclasses say only where they go and whether they may repeat.
template <typename Request, typename Result> class TypedOperation : public ApiOperation
{
public:
    TypedOperation(TelegentClient *client, const Request &request, QObject *parent)
        : ApiOperation(client, parent), m_request(request)
    {
    }
    const Request &request() const { return m_request; }
    const Result &result() const { return m_result; }

protected:
    QJsonObject body() const override { return json::toJson(m_request); }
    bool parseSuccess(const QJsonObject &object, const HttpResult &, QString *why) override
    {
        return json::read(object, &m_result, why);
    }

    Request m_request;
    Result m_result;
};

} // namespace portdesk
