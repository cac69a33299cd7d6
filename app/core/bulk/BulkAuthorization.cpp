#include "BulkAuthorization.h"

#include "authorization/SignedLoaFile.h"
#include "authorization/VerbalScript.h"
#include "domain/validation/TextRules.h"
#include "registry/AuthorizationRecords.h"
#include "registry/AuthorizationSettings.h"

#include <QDir>

namespace portdesk {

namespace {
const QLatin1String kVerbal("verbal:");
const QLatin1String kReceived("received:");

// A name or a reference is required, and text like any other field of the row: no control
// character, not longer than a field. Empty when it is fine.
QString textProblem(const QString &value, const QString &whenMissing)
{
    if (value.isEmpty())
        return whenMissing;
    const FieldIssues issues = checkFieldText(value, BulkAuthorization::column());
    return issues.isEmpty() ? QString() : issues.constFirst().message;
}
} // namespace

BulkAuthorization::BulkAuthorization(OrderRegistry *registry, QString who, QString folder, qint64 nowMs)
    : BulkAuthorization(AuthorizationSettings(registry).policy(),
                        VerbalScript(AuthorizationSettings(registry).scriptText()).version(), std::move(who),
                        std::move(folder), nowMs)
{
}

BulkAuthorization::BulkAuthorization(AuthorizationPolicy policy, QString scriptVersion, QString who, QString folder,
                                     qint64 nowMs)
    : m_policy(policy), m_scriptVersion(std::move(scriptVersion)), m_who(std::move(who)), m_folder(std::move(folder)),
      m_nowMs(nowMs)
{
}

QString BulkAuthorization::column()
{
    return QStringLiteral("Authorization");
}

BulkAuthorization::Result BulkAuthorization::parse(const QString &cell, const QString &accountHolder) const
{
    const QString value = cell.trimmed();
    if (value.isEmpty()) {
        Result r;
        r.error = tr("No authorization: give verbal:<agent>, received:<reference> or the signed LOA's file; not sent.");
        return r;
    }
    if (value.startsWith(kVerbal, Qt::CaseInsensitive))
        return verbal(value.mid(kVerbal.size()).trimmed(), accountHolder);
    if (value.startsWith(kReceived, Qt::CaseInsensitive))
        return received(value.mid(kReceived.size()).trimmed(), accountHolder);
    return file(value, accountHolder);
}

BulkAuthorization::Result BulkAuthorization::verbal(const QString &agent, const QString &accountHolder) const
{
    Result r;
    r.error = textProblem(agent, tr("verbal: needs the name of the agent who read the script, e.g. verbal:Ann Lee."));
    if (!r.error.isEmpty())
        return r;
    r.authorization = Authorization::given(Authorization::Kind::Verbal, accountHolder, {}, agent, m_nowMs);
    r.authorization.scriptVersion = m_scriptVersion;
    if (!isAccepted(r.authorization, m_policy))
        r.error = tr("The team requires a signed LOA: a verbal authorization is not enough. Give "
                     "received:<reference> or the signed LOA's file.");
    return r;
}

BulkAuthorization::Result BulkAuthorization::received(const QString &reference, const QString &accountHolder) const
{
    Result r;
    r.error = textProblem(reference, tr("received: needs the signed LOA's reference, e.g. received:mail 2026-12-01."));
    if (!r.error.isEmpty())
        return r;
    r.authorization = Authorization::given(Authorization::Kind::Written, accountHolder, {}, m_who, m_nowMs);
    r.authorization.reference = reference;
    return r;
}

BulkAuthorization::Result BulkAuthorization::file(const QString &path, const QString &accountHolder) const
{
    Result r;
    // QDir(""): the current directory, for a caller that has no folder.
    r.path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(path));
    const SignedLoaFile::Check c = SignedLoaFile::check(r.path);
    if (!c.ok) {
        r.error = c.error;
        return r;
    }
    r.authorization = Authorization::given(Authorization::Kind::Written, accountHolder, {}, m_who, m_nowMs);
    r.authorization.fileName = c.fileName;
    r.authorization.fileSha256 = QString::fromLatin1(c.sha256Hex);
    return r;
}

bool BulkAuthorization::keep(OrderRegistry *registry, const QString &who, const Authorization &checked,
                             const QString &path, qint64 nowMs, QString *error, bool *storage)
{
    *storage = false;
    if (path.isEmpty())
        return true; // verbal, or by reference: nothing to keep
    const SignedLoaFile::Check c = SignedLoaFile::check(path);
    if (!c.ok) {
        *error = c.error;
        return false;
    }
    if (QString::fromLatin1(c.sha256Hex) != checked.fileSha256) {
        *error = tr("%1 changed after the rows were checked: not sent. Check the signed LOA and import again.")
                     .arg(c.fileName);
        return false;
    }
    if (!AuthorizationRecords(registry, who).keepFile(checked, c.content, nowMs, error)) {
        *storage = true;
        return false;
    }
    return true;
}

} // namespace portdesk
