#include "Redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace portdesk::redaction {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < 3)
        return; // "12" would blank every number in the log; such a PIN fails validation anyway
    QMutexLocker lock(&mutex());
    secrets().insert(secret);
}

QString redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&mutex());
        // Longest first, so a secret that contains another is masked whole.
        QList<QString> known(secrets().cbegin(), secrets().cend());
        std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &s : known)
            out.replace(s, QLatin1String(kMask));
    }
    static const QRegularExpression jwt(QStringLiteral(R"(eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,})"));
    static const QRegularExpression bearer(QStringLiteral(R"re((Bearer\s+)[^\s"',;]+)re"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonSecret(
        QStringLiteral(R"re(("(?:AccountSecret|CurrentAccountPassword|token|PortOutPIN)"\s*:\s*")[^"]*("))re"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(jwt, QLatin1String(kMask));
    out.replace(bearer, QStringLiteral("\\1") + QLatin1String(kMask));
    out.replace(jsonSecret, QStringLiteral("\\1") + QLatin1String(kMask) + QStringLiteral("\\2"));
    return out;
}

void installMessageHandler()
{
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace portdesk::redaction
