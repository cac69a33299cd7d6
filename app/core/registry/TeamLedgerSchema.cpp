#include "TeamLedgerSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace portdesk {

namespace {

// Bumped whenever a statement below changes; a desk finding an older version re-runs them all
// (every statement is idempotent).
constexpr int kVersion = 2;
constexpr qint64 kSchemaLock = 0x506f72744c656467; // "PortLedg"

// Design: a ledger of send times, one row per request of the last minute, under a per-account
// transaction advisory lock. Exact for a rolling window (a token bucket would let a burst of up
// to twice the limit into one minute), and a crashed desk's rows just age out. Times are the
// server's clock_timestamp(), so desks' clocks never need to agree.
const QStringList &statements()
{
    static const QStringList list = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS budget_sends ("
                       " id BIGSERIAL PRIMARY KEY, account TEXT NOT NULL, sent_at TIMESTAMPTZ NOT NULL,"
                       " desk TEXT NOT NULL, interactive BOOLEAN NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS budget_sends_by_time ON budget_sends (account, sent_at)"),
        // Desks that took a slot lately: a desk cut off from the database keeps to 1/N of the budget.
        QStringLiteral("CREATE TABLE IF NOT EXISTS budget_desks ("
                       " account TEXT NOT NULL, desk TEXT NOT NULL, last_seen TIMESTAMPTZ NOT NULL,"
                       " PRIMARY KEY (account, desk))"),
        // An interactive request refused for want of a slot marks its desk as waiting; no
        // background request of any desk takes a slot while such a mark is fresh.
        QStringLiteral("CREATE TABLE IF NOT EXISTS budget_waiters ("
                       " account TEXT NOT NULL, desk TEXT NOT NULL, wait_until TIMESTAMPTZ NOT NULL,"
                       " PRIMARY KEY (account, desk))"),
        // One token per endpoint, sealed with a key only holders of the AccountSecret derive
        // (credentials/TokenSeal); the fingerprint lets a desk retire a token it was refused.
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_tokens ("
                       " account TEXT NOT NULL, endpoint TEXT NOT NULL, sealed TEXT, fingerprint TEXT,"
                       " expires_at TIMESTAMPTZ, PRIMARY KEY (account, endpoint))"),
        QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_budget_seen(p_account TEXT, p_desk TEXT, p_now TIMESTAMPTZ)"
                       " RETURNS INT LANGUAGE plpgsql AS $$"
                       " DECLARE v_desks INT;"
                       " BEGIN"
                       "  INSERT INTO budget_desks AS d (account, desk, last_seen) VALUES (p_account, p_desk, p_now)"
                       "   ON CONFLICT (account, desk) DO UPDATE SET last_seen = EXCLUDED.last_seen"
                       "   WHERE d.last_seen < p_now - INTERVAL '10 seconds';"
                       "  DELETE FROM budget_desks WHERE account = p_account AND last_seen < p_now - INTERVAL '1 day';"
                       "  SELECT count(*) INTO v_desks FROM budget_desks"
                       "   WHERE account = p_account AND last_seen > p_now - INTERVAL '2 minutes';"
                       "  RETURN v_desks;"
                       " END $$"),
        // One slot: 0 = granted and recorded, else the milliseconds to wait. Also how many
        // requests the window holds and how many desks are alive.
        QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_budget_take(p_account TEXT, p_lock BIGINT, p_desk TEXT,"
                       "  p_interactive BOOLEAN, p_limit INT, p_background_limit INT, p_reuse_ms INT)"
                       " RETURNS TABLE (o_wait_ms BIGINT, o_used INT, o_desks INT) LANGUAGE plpgsql AS $$"
                       " DECLARE"
                       "  v_now TIMESTAMPTZ := clock_timestamp();"
                       "  v_reuse INTERVAL := p_reuse_ms * INTERVAL '1 millisecond';"
                       "  v_limit INT := CASE WHEN p_interactive THEN p_limit ELSE p_background_limit END;"
                       "  v_frees TIMESTAMPTZ;"
                       "  v_waiter TIMESTAMPTZ;"
                       " BEGIN"
                       "  PERFORM pg_advisory_xact_lock(p_lock);"
                       "  DELETE FROM budget_sends WHERE account = p_account AND sent_at <= v_now - v_reuse;"
                       "  o_desks := portdesk_budget_seen(p_account, p_desk, v_now);"
                       "  SELECT count(*) INTO o_used FROM budget_sends WHERE account = p_account;"
                       "  IF NOT p_interactive THEN"
                       "   SELECT max(w.wait_until) INTO v_waiter FROM budget_waiters w"
                       "    WHERE w.account = p_account AND w.wait_until > v_now;"
                       "   IF v_waiter IS NOT NULL THEN"
                       "    o_wait_ms := least(1000, greatest(1, ceil(extract(epoch FROM v_waiter - v_now) * 1000)));"
                       "    RETURN NEXT; RETURN;"
                       "   END IF;"
                       "  END IF;"
                       "  IF o_used < v_limit THEN"
                       "   INSERT INTO budget_sends (account, sent_at, desk, interactive)"
                       "    VALUES (p_account, v_now, p_desk, p_interactive);"
                       "   IF p_interactive THEN"
                       "    DELETE FROM budget_waiters WHERE account = p_account AND desk = p_desk;"
                       "   END IF;"
                       "   o_used := o_used + 1; o_wait_ms := 0;"
                       "   RETURN NEXT; RETURN;"
                       "  END IF;"
                       "  SELECT s.sent_at INTO v_frees FROM budget_sends s WHERE s.account = p_account"
                       "   ORDER BY s.sent_at OFFSET o_used - v_limit LIMIT 1;"
                       "  o_wait_ms := greatest(1, ceil(extract(epoch FROM v_frees + v_reuse - v_now) * 1000));"
                       "  IF p_interactive THEN"
                       "   INSERT INTO budget_waiters (account, desk, wait_until)"
                       "    VALUES (p_account, p_desk, v_now + (o_wait_ms + 2000) * INTERVAL '1 millisecond')"
                       "    ON CONFLICT (account, desk) DO UPDATE SET wait_until = EXCLUDED.wait_until;"
                       "  END IF;"
                       "  RETURN NEXT;"
                       " END $$"),
        // A desk back from an outage: its sends meanwhile (ages in ms) join the window.
        QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_budget_record(p_account TEXT, p_lock BIGINT, p_desk TEXT,"
                       "  p_ages_ms BIGINT[], p_reuse_ms INT)"
                       " RETURNS TABLE (o_used INT, o_desks INT) LANGUAGE plpgsql AS $$"
                       " DECLARE v_now TIMESTAMPTZ := clock_timestamp();"
                       " BEGIN"
                       "  PERFORM pg_advisory_xact_lock(p_lock);"
                       "  INSERT INTO budget_sends (account, sent_at, desk, interactive)"
                       "   SELECT p_account, v_now - a * INTERVAL '1 millisecond', p_desk, FALSE"
                       "   FROM unnest(p_ages_ms) AS a WHERE a < p_reuse_ms;"
                       "  DELETE FROM budget_sends WHERE account = p_account"
                       "   AND sent_at <= v_now - p_reuse_ms * INTERVAL '1 millisecond';"
                       "  o_desks := portdesk_budget_seen(p_account, p_desk, v_now);"
                       "  SELECT count(*) INTO o_used FROM budget_sends WHERE account = p_account;"
                       "  RETURN NEXT;"
                       " END $$"),
        // The team's token for an endpoint when it has more than p_renew_before_ms left; else the
        // right to renew it (o_renew), held as a session advisory lock so that a desk that dies
        // while renewing frees it with its session; else nothing (another desk is renewing: wait).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION portdesk_token_claim(p_account TEXT, p_endpoint TEXT, p_renew_before_ms INT)"
            " RETURNS TABLE (o_sealed TEXT, o_remaining_ms BIGINT, o_renew BOOLEAN) LANGUAGE plpgsql AS $$"
            " DECLARE"
            "  v_key BIGINT := hashtextextended('portdesk/token/' || p_account || '/' || p_endpoint, 0);"
            "  v_sealed TEXT;"
            "  v_expires TIMESTAMPTZ;"
            "  v_fresh BOOLEAN;"
            " BEGIN"
            "  o_renew := FALSE;"
            "  SELECT t.sealed, t.expires_at INTO v_sealed, v_expires FROM team_tokens t"
            "   WHERE t.account = p_account AND t.endpoint = p_endpoint;"
            "  v_fresh := v_sealed IS NOT NULL"
            "   AND v_expires - clock_timestamp() > p_renew_before_ms * INTERVAL '1 millisecond';"
            "  IF NOT v_fresh THEN"
            "   IF NOT pg_try_advisory_lock(v_key) THEN RETURN NEXT; RETURN; END IF;"
            "   SELECT t.sealed, t.expires_at INTO v_sealed, v_expires FROM team_tokens t"
            "    WHERE t.account = p_account AND t.endpoint = p_endpoint;"
            "   v_fresh := v_sealed IS NOT NULL"
            "    AND v_expires - clock_timestamp() > p_renew_before_ms * INTERVAL '1 millisecond';"
            "   IF NOT v_fresh THEN o_renew := TRUE; RETURN NEXT; RETURN; END IF;"
            "   PERFORM pg_advisory_unlock(v_key);"
            "  END IF;"
            "  o_sealed := v_sealed;"
            "  o_remaining_ms := floor(extract(epoch FROM v_expires - clock_timestamp()) * 1000);"
            "  RETURN NEXT;"
            " END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_token_store(p_account TEXT, p_endpoint TEXT, p_sealed TEXT,"
                       "  p_fingerprint TEXT, p_life_ms BIGINT)"
                       " RETURNS VOID LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "  INSERT INTO team_tokens (account, endpoint, sealed, fingerprint, expires_at)"
                       "   VALUES (p_account, p_endpoint, p_sealed, p_fingerprint,"
                       "    clock_timestamp() + p_life_ms * INTERVAL '1 millisecond')"
                       "   ON CONFLICT (account, endpoint) DO UPDATE SET sealed = EXCLUDED.sealed,"
                       "    fingerprint = EXCLUDED.fingerprint, expires_at = EXCLUDED.expires_at;"
                       "  PERFORM portdesk_token_release(p_account, p_endpoint);"
                       " END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION portdesk_token_release(p_account TEXT, p_endpoint TEXT)"
            " RETURNS VOID LANGUAGE plpgsql AS $$"
            " DECLARE v_key BIGINT := hashtextextended('portdesk/token/' || p_account || '/' || p_endpoint, 0);"
            " BEGIN"
            "  PERFORM set_config('client_min_messages', 'error', TRUE);" // not holding it is fine
            "  WHILE pg_advisory_unlock(v_key) LOOP END LOOP;"
            " END $$"),
        // Telegent refused the token: gone for every desk, and every desk is told at once.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION portdesk_token_invalidate(p_account TEXT, p_endpoint TEXT, p_fingerprint TEXT)"
            " RETURNS VOID LANGUAGE plpgsql AS $$"
            " BEGIN"
            "  UPDATE team_tokens SET sealed = NULL, fingerprint = NULL, expires_at = NULL"
            "   WHERE account = p_account AND endpoint = p_endpoint AND fingerprint = p_fingerprint;"
            "  IF FOUND THEN PERFORM pg_notify('portdesk_tokens', p_endpoint); END IF;"
            " END $$"),
    };
    return list;
}

} // namespace

bool TeamLedgerSchema::ensure(QSqlDatabase &db, QString *error)
{
    const auto fail = [&](const QSqlQuery &q) {
        *error = QCoreApplication::translate("TeamLedger", "cannot prepare the team's request budget: %1")
                     .arg(q.lastError().text());
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM ledger_meta WHERE name = 'schema'")) && q.next() &&
        q.value(0).toInt() >= kVersion)
        return true;
    q.finish();
    if (!db.transaction())
        return fail(q);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)))
        return fail(q);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return fail(q);
    for (const QString &sql : statements()) {
        if (!q.exec(sql))
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO ledger_meta (name, value) VALUES ('schema', ?)"
                             " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"));
    q.addBindValue(QString::number(kVersion));
    if (!q.exec())
        return fail(q);
    q.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace portdesk
