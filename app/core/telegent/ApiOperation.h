#pragma once
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include "ApiError.h"
#include "HttpAttempt.h"
#include "RateBudget.h"
#include "RetryPolicy.h"
#include "TokenBroker.h"

namespace portdesk {

class TelegentClient;

// Base of the one-class-per-operation Telegent client (the Nextcloud "network job" shape):
// construct, connect finished(), start(). finished() comes exactly once, always asynchronously;
// then ok()/error() and the subclass's typed result tell what happened.
//
// The pipeline: token for this endpoint (cached or fetched, single flight) -> scheduler (budget,
// priority, retries) -> on RetryPolicy's RenewToken (401/403) drop the token, fetch a new one,
// send once more -> classify.
class ApiOperation : public QObject
{
    Q_OBJECT
public:
    explicit ApiOperation(TelegentClient *client, QObject *parent = nullptr);
    ~ApiOperation() override;

    void setPriority(Priority p) { m_priority = p; }
    // An overall limit from start() to finished(), token, queue and retries included: a call a
    // person waits for fails with a Timeout at the deadline instead of after every retry.
    // 0 (the default): no limit beyond the scheduler's own.
    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }
    qint64 deadlineMs() const { return m_deadlineMs; }
    Priority priority() const { return m_priority; }
    void start();

    bool ok() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    QString endpointUrl() const;

signals:
    void finished();

protected:
    virtual QString path() const = 0;
    virtual QByteArray verb() const { return QByteArrayLiteral("POST"); }
    virtual QJsonObject body() const { return {}; }
    virtual QUrlQuery query() const { return {}; }
    // Safe to send again after it may have reached the server (token, eligibility, GET order).
    virtual bool repeatable() const = 0;
    virtual bool needsToken() const { return true; }
    // Reads a 2xx JSON object into the typed result. On false, *why says what was wrong.
    virtual bool parseSuccess(const QJsonObject &object, const HttpResult &result, QString *why) = 0;
    // For operations that turn a successful HTTP answer into a failure (token: successful=false).
    void setError(const ApiError &error) { m_error = error; }

    TelegentClient *client() const { return m_client; }

private:
    void acquireToken();
    void enqueue();
    void onResult(const HttpResult &result, const RetryDecision &decision);
    void finish(const ApiError &error);

    TelegentClient *m_client;
    Priority m_priority = Priority::Interactive;
    ApiError m_error;
    Token m_token;
    bool m_tokenJustFetched = false;
    bool m_reauthenticated = false;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_deadlineMs = 0;
    quint64 m_deadlineTimer = 0;
};

} // namespace portdesk
