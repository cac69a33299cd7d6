#include "TeamLedgerSession.h"
#include "TeamLedgerSchema.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace portdesk {

namespace {

// After a failure the server is not asked again for this long: every question meanwhile is
// answered at once (Unavailable) instead of waiting out a connect timeout each.
constexpr qint64 kReconnectPauseMs = 3'000;

} // namespace

TeamLedgerSession::TeamLedgerSession(const TeamDatabase &database, const QString &accountKey,
                                     const QString &accountSecret, const QString &desk)
    : m_database(database), m_account(accountKey), m_budgetLock(accountLockKey("budget", accountKey)),
      m_seal(accountKey, accountSecret), m_desk(desk),
      m_connectionName(QStringLiteral("portdesk-ledger-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

TeamLedgerSession::~TeamLedgerSession()
{
    m_db.close(); // ends the session: any renewal claim it held is free for the next desk
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TeamLedgerSession::ensureOpen(QString *why)
{
    if (m_db.isOpen())
        return true;
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < kReconnectPauseMs) {
        *why = m_lastFailure;
        return false;
    }
    if (!m_db.isValid())
        m_db = m_database.addConnection(m_connectionName);
    QString error;
    if (!m_db.open()) {
        error = m_db.lastError().text().trimmed();
    } else if (!TeamLedgerSchema::ensure(m_db, &error)) {
        m_db.close();
    } else {
        m_sinceFailure.invalidate();
        // Another desk's 401/403 reaches this one at once (the subscription ends with each session).
        m_db.driver()->subscribeToNotification(QStringLiteral("portdesk_tokens"));
        connect(m_db.driver(), &QSqlDriver::notification, this, &TeamLedgerSession::onNotification,
                Qt::UniqueConnection);
        return true;
    }
    m_lastFailure = error;
    m_sinceFailure.start();
    *why = error;
    return false;
}

void TeamLedgerSession::onNotification(const QString &, QSqlDriver::NotificationSource, const QVariant &payload)
{
    emit tokenInvalidated(payload.toString());
}

QString TeamLedgerSession::failed(const QString &what)
{
    m_lastFailure = what.trimmed();
    m_sinceFailure.start();
    m_db.close();
    qCWarning(lcScheduler).noquote() << "team ledger:" << m_lastFailure;
    return m_lastFailure;
}

SharedBudget::Answer TeamLedgerSession::take(Priority p, int limit, int backgroundLimit, qint64 reuseMs)
{
    SharedBudget::Answer a;
    if (!ensureOpen(&a.why))
        return a;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o_wait_ms, o_used, o_desks FROM portdesk_budget_take(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_account);
    q.addBindValue(m_budgetLock);
    q.addBindValue(m_desk);
    q.addBindValue(p == Priority::Interactive);
    q.addBindValue(limit);
    q.addBindValue(backgroundLimit);
    q.addBindValue(int(reuseMs));
    if (!q.exec() || !q.next()) {
        a.why = failed(q.lastError().text());
        return a;
    }
    a.waitMs = q.value(0).toLongLong();
    a.used = q.value(1).toInt();
    a.desksAlive = q.value(2).toInt();
    a.kind = a.waitMs == 0 ? SharedBudget::Answer::Kind::Granted : SharedBudget::Answer::Kind::Wait;
    return a;
}

SharedBudget::Answer TeamLedgerSession::record(const QList<qint64> &agesMs, qint64 reuseMs)
{
    SharedBudget::Answer a;
    if (!ensureOpen(&a.why))
        return a;
    QStringList ages;
    for (qint64 age : agesMs)
        ages << QString::number(age);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o_used, o_desks FROM portdesk_budget_record(?, ?, ?, ?::BIGINT[], ?)"));
    q.addBindValue(m_account);
    q.addBindValue(m_budgetLock);
    q.addBindValue(m_desk);
    q.addBindValue(QStringLiteral("{%1}").arg(ages.join(QLatin1Char(','))));
    q.addBindValue(int(reuseMs));
    if (!q.exec() || !q.next()) {
        a.why = failed(q.lastError().text());
        return a;
    }
    a.kind = SharedBudget::Answer::Kind::Granted;
    a.used = q.value(0).toInt();
    a.desksAlive = q.value(1).toInt();
    return a;
}

SharedTokens::Claim TeamLedgerSession::claim(const QString &endpoint, qint64 renewBeforeMs)
{
    SharedTokens::Claim c;
    if (!ensureOpen(&c.why))
        return c;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o_sealed, o_remaining_ms, o_renew FROM portdesk_token_claim(?, ?, ?)"));
    q.addBindValue(m_account);
    q.addBindValue(endpoint);
    q.addBindValue(int(renewBeforeMs));
    if (!q.exec() || !q.next()) {
        c.why = failed(q.lastError().text());
        return c;
    }
    if (q.value(2).toBool()) {
        c.kind = SharedTokens::Claim::Kind::Renew;
        return c;
    }
    if (q.value(0).isNull()) {
        c.kind = SharedTokens::Claim::Kind::Wait;
        c.waitMs = 250; // another desk is renewing; its token lands within a round trip or two
        return c;
    }
    QString moduleError;
    const std::optional<QString> token = m_seal.open(endpoint, q.value(0).toString().toLatin1(), &moduleError);
    if (!token) {
        // Sealed with another AccountSecret: this desk's credentials are not the team's.
        c.why = moduleError.isEmpty() ? tr("the team's token could not be opened with this desk's AccountSecret")
                                      : moduleError;
        return c;
    }
    c.kind = SharedTokens::Claim::Kind::Token;
    c.value = *token;
    c.remainingMs = q.value(1).toLongLong();
    return c;
}

void TeamLedgerSession::store(const QString &endpoint, const QString &value, qint64 lifeMs)
{
    QString why;
    if (!ensureOpen(&why))
        return; // the claim died with the old session; the next desk renews
    QString moduleError;
    const QByteArray sealed = m_seal.seal(endpoint, value, &moduleError);
    if (sealed.isEmpty()) {
        qCWarning(lcScheduler).noquote() << "team token not shared:" << moduleError;
        return release(endpoint);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT portdesk_token_store(?, ?, ?, ?, ?)"));
    q.addBindValue(m_account);
    q.addBindValue(endpoint);
    q.addBindValue(QString::fromLatin1(sealed));
    q.addBindValue(QString::fromLatin1(m_seal.fingerprint(value)));
    q.addBindValue(lifeMs);
    if (!q.exec())
        failed(q.lastError().text());
}

void TeamLedgerSession::release(const QString &endpoint)
{
    if (!m_db.isOpen())
        return; // no session, no claim
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT portdesk_token_release(?, ?)"));
    q.addBindValue(m_account);
    q.addBindValue(endpoint);
    if (!q.exec())
        failed(q.lastError().text());
}

void TeamLedgerSession::invalidate(const QString &endpoint, const QString &value)
{
    QString why;
    if (!ensureOpen(&why))
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT portdesk_token_invalidate(?, ?, ?)"));
    q.addBindValue(m_account);
    q.addBindValue(endpoint);
    q.addBindValue(QString::fromLatin1(m_seal.fingerprint(value)));
    if (!q.exec())
        failed(q.lastError().text());
}

} // namespace portdesk
