#include "ErrorClassifier.h"
#include "ErrorBody.h"

#include <QCoreApplication>

namespace portdesk {

namespace {
ApiError unknownOutcome(const HttpResult &r, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::UnknownOutcome;
    e.httpStatus = r.answered() ? r.httpStatus : 0;
    e.message = QCoreApplication::translate("ApiError",
                                            "The request may or may not have reached Telegent. Check the order before "
                                            "sending it again.");
    e.detail = detail;
    return e;
}
} // namespace

ApiError unusableSuccess(const HttpResult &r, bool repeatable, const QString &why)
{
    if (!repeatable)
        return unknownOutcome(r, why);
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.httpStatus = r.httpStatus;
    e.message =
        QCoreApplication::translate("ApiError", "Unexpected response from the server (HTTP %1).").arg(r.httpStatus);
    e.detail = why;
    return e;
}

ApiError classifyFailure(const HttpResult &r, bool repeatable)
{
    ApiError e;
    const int status = r.httpStatus;
    if (r.bodyTooLarge) {
        // A refusal we could not read in full was still a refusal; anything else is unknown.
        if (!repeatable && (status == 0 || (status >= 200 && status < 300) || status >= 500))
            return unknownOutcome(r, QStringLiteral("response too large"));
        e.kind = ApiError::Kind::BadResponse;
        e.httpStatus = status;
        e.message =
            QCoreApplication::translate("ApiError", "The server's answer was too large to read (HTTP %1).").arg(status);
        return e;
    }
    if (r.timedOut || status == 0) {
        const QString detail = r.timedOut ? QStringLiteral("timed out") : r.networkErrorText;
        if (!r.timedOut && !r.mayHaveReachedServer) {
            e.kind = ApiError::Kind::Network;
            // A refused certificate is said with its reason: the agent's IT needs exactly that.
            e.message =
                r.networkError == QNetworkReply::SslHandshakeFailedError
                    ? QCoreApplication::translate("ApiError", "The Telegent server's certificate was refused: %1")
                          .arg(detail)
                    : QCoreApplication::translate("ApiError", "Could not reach the Telegent server.");
            e.detail = detail;
            return e;
        }
        if (!repeatable)
            return unknownOutcome(r, detail);
        e.kind = r.timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        e.message = r.timedOut
                        ? QCoreApplication::translate("ApiError", "The Telegent server did not answer in time.")
                        : QCoreApplication::translate("ApiError", "The connection to the Telegent server failed.");
        e.detail = detail;
        return e;
    }
    if (!repeatable && (status == 500 || status == 504))
        return unknownOutcome(r, QStringLiteral("HTTP %1").arg(status));

    const ErrorBody body = parseErrorBody(r.body);
    e.httpStatus = status;
    e.message = body.message;
    e.fieldErrors = body.fieldErrors;
    e.traceId = body.traceId;
    switch (status) {
    case 400:
    case 422:
        e.kind = ApiError::Kind::Validation;
        break;
    case 401:
        e.kind = ApiError::Kind::Authentication;
        break;
    case 403:
        e.kind = ApiError::Kind::Permission;
        break;
    case 404:
        e.kind = ApiError::Kind::NotFound;
        break;
    case 429:
        e.kind = ApiError::Kind::RateLimited;
        break;
    default:
        e.kind = ApiError::Kind::Http;
        break;
    }
    if (e.message.isEmpty() || body.shape == ErrorBody::Shape::Html || body.shape == ErrorBody::Shape::Unreadable) {
        e.message =
            QCoreApplication::translate("ApiError", "Unexpected response from the server (HTTP %1).").arg(status);
        if (body.shape == ErrorBody::Shape::Html || body.shape == ErrorBody::Shape::Unreadable)
            e.detail = QStringLiteral("unreadable error body");
    }
    return e;
}

} // namespace portdesk
