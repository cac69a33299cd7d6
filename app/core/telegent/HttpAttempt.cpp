#include "HttpAttempt.h"

#include <QNetworkAccessManager>
#include <QSslError>

#include <cstring>

namespace portdesk {

namespace {
// A request body QNetworkAccessManager can read exactly once: sequential, not rewindable.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

bool neverReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

HttpAttempt::HttpAttempt(QNetworkAccessManager *nam, Clock *clock, qint64 timeoutMs, qint64 maxBodyBytes,
                         QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock), m_timeoutMs(timeoutMs), m_maxBody(maxBodyBytes)
{
}

HttpAttempt::~HttpAttempt()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpAttempt::start(const OutgoingRequest &out)
{
    QNetworkRequest request = out.request;
    // Never follow a redirect with a port-in body (or a bearer token) to another place.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (out.verb == "GET") {
        m_reply = m_nam->get(request);
    } else if (out.sendOnce) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, out.body.size());
        auto *body = new OneShotBody(out.body, this);
        m_reply = m_nam->sendCustomRequest(request, out.verb, body);
    } else {
        m_reply = m_nam->sendCustomRequest(request, out.verb, out.body);
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpAttempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpAttempt::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBody) {
            m_result.bodyTooLarge = true;
            abortWith(false);
        }
    });
#ifndef QT_NO_SSL
    // TLS errors are never ignored; their reasons are kept for the message.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
#endif
    m_timer = m_clock->callAfter(m_timeoutMs, this, [this] {
        m_timer = 0;
        abortWith(true);
    });
}

void HttpAttempt::onReadyRead()
{
    if (!m_reply || m_result.bodyTooLarge)
        return;
    m_result.body += m_reply->read(m_maxBody + 1 - m_result.body.size());
    if (m_result.body.size() > m_maxBody) {
        m_result.bodyTooLarge = true;
        abortWith(false);
    }
}

void HttpAttempt::abortWith(bool timedOut)
{
    if (m_done || !m_reply)
        return;
    m_result.timedOut = m_result.timedOut || timedOut;
    m_reply->abort(); // emits finished synchronously
}

void HttpAttempt::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    QNetworkReply *reply = m_reply;
    if (!m_result.bodyTooLarge && !m_result.timedOut)
        onReadyRead();
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.contentType = reply->rawHeader("Content-Type");
    m_result.dateHeader = reply->rawHeader("Date");
    m_result.retryAfter = reply->rawHeader("Retry-After");
    m_result.networkError = reply->error();
    if (m_result.httpStatus == 0 || m_result.timedOut || m_result.bodyTooLarge) {
        m_result.networkErrorText = reply->errorString();
        if (!m_sslErrors.isEmpty())
            m_result.networkErrorText += QStringLiteral(": ") + m_sslErrors.join(QStringLiteral("; "));
        m_result.mayHaveReachedServer =
            m_result.timedOut || m_result.bodyTooLarge || !neverReachedServer(reply->error());
    }
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

} // namespace portdesk
