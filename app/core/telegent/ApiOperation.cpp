#include "ApiOperation.h"
#include "ErrorClassifier.h"
#include "TelegentClient.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace portdesk {

ApiOperation::ApiOperation(TelegentClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiOperation::~ApiOperation() = default; // a pending deadline timer dies with its context, this

QString ApiOperation::endpointUrl() const
{
    return m_client->endpointUrl(path()).toString();
}

void ApiOperation::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    if (!m_client->baseUrl().ok() || !m_client->hasCredentials()) {
        ApiError e;
        e.kind = ApiError::Kind::Configuration;
        e.message = !m_client->baseUrl().ok()
                        ? m_client->baseUrl().error
                        : QCoreApplication::translate("ApiError", "No Telegent credentials are set.");
        // finished() is always asynchronous, also when nothing could be sent.
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    if (m_deadlineMs > 0) {
        m_deadlineTimer = m_client->clock()->callAfter(m_deadlineMs, this, [this] {
            m_deadlineTimer = 0;
            ApiError e;
            e.kind = ApiError::Kind::Timeout;
            // The count in a variable: lupdate 6.4 never returns from a division inside translate()'s
            // arguments (it hung the catalogue check).
            const int seconds = int(m_deadlineMs / 1000);
            e.message = QCoreApplication::translate(
                "ApiError", "The Telegent server did not answer within %n second(s).", nullptr, seconds);
            e.detail = QStringLiteral("overall deadline of %1 ms reached").arg(m_deadlineMs);
            finish(e);
        });
    }
    if (needsToken())
        acquireToken();
    else
        enqueue();
}

void ApiOperation::acquireToken()
{
    const QString endpoint = endpointUrl();
    if (const std::optional<Token> token = m_client->tokens()->cached(endpoint)) {
        m_token = *token;
        m_tokenJustFetched = false;
        enqueue();
        return;
    }
    m_client->tokens()->fetch(endpoint, this, [this](const std::optional<Token> &token, const ApiError &error) {
        if (m_finished)
            return; // the deadline passed while the token was on its way
        if (!token) {
            finish(error);
            return;
        }
        m_token = *token;
        m_tokenJustFetched = true; // used once even if the server gave it a short life
        enqueue();
    });
}

void ApiOperation::enqueue()
{
    RequestScheduler::Job job;
    job.priority = m_priority;
    job.repeatable = repeatable();
    job.canRenewToken = needsToken() && !m_reauthenticated;
    job.label = QString::fromLatin1(verb()) + QLatin1Char(' ') + path();
    job.owner = this;
    job.build = [this]() -> std::optional<OutgoingRequest> {
        if (m_finished)
            return std::nullopt; // past its deadline: nothing left to send it for
        if (needsToken() && !m_tokenJustFetched && !m_client->tokens()->isFresh(m_token)) {
            // The token aged while the request waited for budget: get a fresh one first.
            QTimer::singleShot(0, this, &ApiOperation::acquireToken);
            return std::nullopt;
        }
        m_tokenJustFetched = false;
        QUrl url = m_client->endpointUrl(path());
        const QUrlQuery q = query();
        if (!q.isEmpty())
            url.setQuery(q);
        OutgoingRequest out;
        out.request = QNetworkRequest(url);
        out.request.setHeader(QNetworkRequest::UserAgentHeader,
                              QStringLiteral("PortDesk/%1").arg(QCoreApplication::applicationVersion()));
        out.request.setRawHeader("Accept", "application/json");
        if (needsToken())
            out.request.setRawHeader("Authorization", "Bearer " + m_token.value.toUtf8());
        out.verb = verb();
        if (out.verb != "GET") {
            out.request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            out.body = QJsonDocument(body()).toJson(QJsonDocument::Compact);
            // Every POST: the scheduler, not Qt, decides whether a request goes out again, so
            // the budget stays exact and a port-in is never sent twice.
            out.sendOnce = true;
        }
        return out;
    };
    job.done = [this](const HttpResult &result, const RetryDecision &decision) { onResult(result, decision); };
    m_client->scheduler()->submit(std::move(job));
}

void ApiOperation::onResult(const HttpResult &result, const RetryDecision &decision)
{
    if (m_finished)
        return;
    const int status = result.answered() ? result.httpStatus : 0;
    if (decision.action == RetryDecision::Action::RenewToken) {
        m_reauthenticated = true; // the next job may not renew again: a second 401/403 is final
        m_client->tokens()->invalidate(endpointUrl(), m_token.value);
        qCInfo(lcApi).noquote() << path() << "refused the token (HTTP" << status << "); renewing once";
        acquireToken();
        return;
    }
    if (status >= 200 && status < 300) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
        QString why;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            why = QStringLiteral("body is not a JSON object");
        else if (parseSuccess(doc.object(), result, &why))
            return finish(m_error); // a subclass may have set an error from a 200 answer
        finish(unusableSuccess(result, repeatable(), why));
        return;
    }
    finish(classifyFailure(result, repeatable()));
}

void ApiOperation::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    if (m_deadlineTimer) {
        m_client->clock()->cancel(m_deadlineTimer);
        m_deadlineTimer = 0;
    }
    if (error.isError())
        qCInfo(lcApi).noquote() << verb() << path() << "failed:" << error.summary();
    emit finished();
}

} // namespace portdesk
