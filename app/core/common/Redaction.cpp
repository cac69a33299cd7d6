#include "Redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace portdesk::redaction {

namespace {

// Everything redact() uses is created once and never destroyed: Qt still logs while the
// process exits (plugin loaders, QT_DEBUG_PLUGINS), after function-local statics are gone, and
// each of those lines passes through the handler below.
QMutex &mutex()
{
    static auto *m = new QMutex;
    return *m;
}

QSet<QString> &secrets()
{
    static auto *s = new QSet<QString>;
    return *s;
}

struct Patterns
{
    QRegularExpression jwt{QStringLiteral(R"(eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,})")};
    QRegularExpression bearer{QStringLiteral(R"re((Bearer\s+)[^\s"',;]+)re"),
                              QRegularExpression::CaseInsensitiveOption};
    QRegularExpression jsonSecret{
        QStringLiteral(R"re(("(?:AccountSecret|CurrentAccountPassword|token|PortOutPIN)"\s*:\s*")[^"]*("))re"),
        QRegularExpression::CaseInsensitiveOption};
};

const Patterns &patterns()
{
    static const auto *p = new Patterns;
    return *p;
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
    const Patterns &p = patterns();
    out.replace(p.jwt, QLatin1String(kMask));
    out.replace(p.bearer, QStringLiteral("\\1") + QLatin1String(kMask));
    out.replace(p.jsonSecret, QStringLiteral("\\1") + QLatin1String(kMask) + QStringLiteral("\\2"));
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
