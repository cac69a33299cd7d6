#pragma once
#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include "common/Clock.h"

class QNetworkAccessManager;

namespace portdesk {

struct OutgoingRequest
{
    QNetworkRequest request;
    QByteArray verb; // "GET" / "POST"
    QByteArray body;
    // Send the body at most once. Qt 6.4's HTTP stack silently re-sends any request whose
    // connection closes before the answer (newer Qt does so only for idempotent methods); a
    // body that cannot be read twice turns that re-send into an error instead of a second port.
    bool sendOnce = false;
};

// What one HTTP exchange (or, from the scheduler, the last of its tries) produced.
struct HttpResult
{
    int httpStatus = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray contentType;
    QByteArray dateHeader;
    QByteArray retryAfter;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;         // Qt's text, plus certificate reasons for TLS failures
    bool mayHaveReachedServer = true; // false only when the request provably never left
    bool timedOut = false;
    bool bodyTooLarge = false;
    int tries = 0;

    bool answered() const { return httpStatus != 0 && !bodyTooLarge && !timedOut; }
};

// One HTTP request/response on the shared QNetworkAccessManager, with a timeout on the Clock and
// a cap on how much of the answer is read.
class HttpAttempt : public QObject
{
    Q_OBJECT
public:
    HttpAttempt(QNetworkAccessManager *nam, Clock *clock, qint64 timeoutMs, qint64 maxBodyBytes,
                QObject *parent = nullptr);
    ~HttpAttempt() override;
    void start(const OutgoingRequest &request);
    const HttpResult &result() const { return m_result; }

signals:
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void abortWith(bool timedOut);

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    qint64 m_timeoutMs;
    qint64 m_maxBody;
    QPointer<QNetworkReply> m_reply;
    Clock::TimerId m_timer = 0;
    QStringList m_sslErrors;
    HttpResult m_result;
    bool m_done = false;
};

// True when the error means the request never reached the server (safe to repeat any call).
bool neverReachedServer(QNetworkReply::NetworkError error);

} // namespace portdesk
