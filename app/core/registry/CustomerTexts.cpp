#include "CustomerTexts.h"
#include "OrderRegistry.h"
#include "OrphanedSends.h"
#include "common/Logging.h"
#include "common/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace portdesk {

namespace {

constexpr qint64 kForeignOrphanMs = 15 * 60 * 1000; // as SendJournal::kForeignOrphanMs

const QString kColumns = QStringLiteral("id, order_id, trigger_key, to_number, body, state, message_id, message_status,"
                                        " status_checks, reason, who, created_ms, updated_ms");

CustomerTexts::Text readText(const QSqlQuery &q)
{
    CustomerTexts::Text t;
    t.id = q.value(0).toLongLong();
    t.orderId = q.value(1).toString();
    t.triggerKey = q.value(2).toString();
    t.to = q.value(3).toString();
    t.body = q.value(4).toString();
    t.state = q.value(5).toString();
    t.messageId = q.value(6).toString();
    t.messageStatus = q.value(7).toString();
    t.statusChecks = q.value(8).toInt();
    t.reason = q.value(9).toString();
    t.who = q.value(10).toString();
    t.createdMs = q.value(11).toLongLong();
    t.updatedMs = q.value(12).toLongLong();
    return t;
}

QVariant notNull(const QString &v)
{
    return QVariant(v.isNull() ? QStringLiteral("") : v); // the columns are NOT NULL
}

// What an event keeps: the trigger, the MessageId, a refusal's words (redacted, bounded).
QString eventMessage(const QString &trigger, const QString &messageId, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("trigger"), trigger}};
    if (!messageId.isEmpty())
        o.insert(QStringLiteral("MessageId"), messageId);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A refusal as kept in a shared database: the kind, the HTTP status and Telegent's words only.
QString refusalText(const ApiError &e)
{
    QString out = ApiError::kindName(e.kind);
    if (e.httpStatus)
        out += QStringLiteral(" HTTP %1").arg(e.httpStatus);
    if (e.httpStatus && !e.message.isEmpty())
        out += QStringLiteral(": ") + redaction::redact(e.message).left(500);
    return out;
}

} // namespace

CustomerTexts::CustomerTexts(OrderRegistry *registry, QString who) : m_registry(registry), m_who(std::move(who)) {}

QString CustomerTexts::storageWhy(const QString &cause) const
{
    return QCoreApplication::translate("CustomerTexts", "The order database %1 cannot record the text: %2")
        .arg(m_registry && !m_registry->location().isEmpty() ? m_registry->location()
                                                             : QCoreApplication::translate("CustomerTexts", "(none)"),
             cause.trimmed());
}

bool CustomerTexts::begin(QString *why)
{
    if (!m_registry || !m_registry->isOpen()) {
        *why = storageWhy(m_registry && !m_registry->lastError().isEmpty()
                              ? m_registry->lastError()
                              : QCoreApplication::translate("CustomerTexts", "it is not open"));
        return false;
    }
    QSqlDatabase &db = m_registry->m_db;
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) // the write lock now, under the busy timeout
            return true;
        *why = storageWhy(q.lastError().text());
        return false;
    }
    if (db.transaction())
        return true;
    *why = storageWhy(db.lastError().text());
    return false;
}

void CustomerTexts::rollback()
{
    m_registry->m_db.rollback();
    m_registry->m_unsignalledHistory.clear();
}

bool CustomerTexts::finish(const QString &orderId, QString *why)
{
    QSqlDatabase &db = m_registry->m_db;
    if (!m_registry->notifyPeers({orderId}) || !db.commit()) {
        *why = storageWhy(m_registry->lastError().isEmpty() ? db.lastError().text() : m_registry->lastError());
        rollback();
        return false;
    }
    m_registry->m_unsignalledHistory.removeAll(orderId);
    emit m_registry->historyChanged({orderId});
    return true;
}

qint64 CustomerTexts::claim(const QString &orderId, const QString &triggerKey, const QString &to, const QString &body,
                            qint64 nowMs, QString *error)
{
    error->clear();
    if (!begin(error))
        return 0;
    QSqlQuery q(m_registry->m_db);
    // The unique (order, trigger) pair decides: a row already there, committed by any process,
    // makes this insert nothing (PostgreSQL waits for a concurrent one to commit first).
    q.prepare(QStringLiteral("INSERT INTO customer_texts (order_id, trigger_key, to_number, body, state, host, pid,"
                             " who, created_ms, updated_ms) VALUES (?, ?, ?, ?, 'sending', ?, ?, ?, ?, ?)"
                             " ON CONFLICT (order_id, trigger_key) DO NOTHING RETURNING id"));
    for (const QVariant &v :
         {notNull(orderId), notNull(triggerKey), notNull(to), notNull(body), QVariant(QSysInfo::machineHostName()),
          QVariant(QCoreApplication::applicationPid()), notNull(m_who), QVariant(nowMs), QVariant(nowMs)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = storageWhy(q.lastError().text());
        q.finish();
        rollback();
        return 0;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (!id) {
        rollback(); // already claimed: nothing to write
        return 0;
    }
    QSqlDatabase &db = m_registry->m_db;
    if (!db.commit()) {
        *error = storageWhy(db.lastError().text());
        rollback();
        return 0;
    }
    return id;
}

bool CustomerTexts::skip(const QString &orderId, const QString &triggerKey, const QString &to, const QString &reason,
                         qint64 nowMs, QString *error)
{
    const qint64 id = claim(orderId, triggerKey, to, {}, nowMs, error);
    if (!id)
        return error->isEmpty();
    return close(id, QStringLiteral("skipped"), QStringLiteral("reason = ?"), {notNull(reason)},
                 QStringLiteral("text-skipped"), {}, {}, reason, nowMs, error);
}

bool CustomerTexts::close(qint64 id, const QString &state, const QString &setSql, const QVariantList &binds,
                          const QString &kind, const QString &oldStatus, const QString &newStatus,
                          const QString &reason, qint64 nowMs, QString *error)
{
    error->clear();
    const std::optional<Text> row = text(id);
    if (!row) {
        *error = storageWhy(QCoreApplication::translate("CustomerTexts", "text %1 is not recorded").arg(id));
        return false;
    }
    if (!begin(error))
        return false;
    QSqlQuery q(m_registry->m_db);
    // An answer closes a 'sending' row, a status follows a 'sent' one: a row another process
    // already closed (two desks recovering one orphan) is left as it is.
    q.prepare(QStringLiteral("UPDATE customer_texts SET state = ?, updated_ms = ?%1 WHERE id = ? AND state = ?")
                  .arg(setSql.isEmpty() ? QString() : QStringLiteral(", ") + setSql));
    q.addBindValue(state);
    q.addBindValue(nowMs);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(state == QLatin1String("sent") && row->state == state ? state : QStringLiteral("sending"));
    if (!q.exec()) {
        *error = storageWhy(q.lastError().text());
        rollback();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        rollback();
        return true;
    }
    if (!kind.isEmpty()) {
        const QString messageId =
            binds.isEmpty() || state != QLatin1String("sent") ? row->messageId : binds.constFirst().toString();
        const OrderEvent e{
            0,    row->orderId, nowMs, kind, oldStatus, newStatus, eventMessage(row->triggerKey, messageId, reason),
            m_who};
        if (!m_registry->addEvent(e)) {
            *error = storageWhy(m_registry->lastError());
            rollback();
            return false;
        }
    }
    return finish(row->orderId, error);
}

bool CustomerTexts::recordSent(qint64 id, const SentMessage &sent, qint64 nowMs, QString *error)
{
    return close(id, QStringLiteral("sent"), QStringLiteral("message_id = ?, message_status = ?"),
                 {notNull(sent.messageId), notNull(sent.status)}, QStringLiteral("text-sent"), {}, sent.status, {},
                 nowMs, error);
}

bool CustomerTexts::recordRefused(qint64 id, const ApiError &refusal, qint64 nowMs, QString *error)
{
    const QString reason = refusalText(refusal);
    return close(id, QStringLiteral("refused"), QStringLiteral("reason = ?"), {reason}, QStringLiteral("text-refused"),
                 {}, {}, reason, nowMs, error);
}

bool CustomerTexts::recordUnknown(qint64 id, qint64 nowMs, QString *error)
{
    return close(id, QStringLiteral("unknown"), {}, {}, QStringLiteral("text-unknown"), {}, {}, {}, nowMs, error);
}

bool CustomerTexts::recordStatus(qint64 id, const QString &status, qint64 nowMs, QString *error)
{
    const std::optional<Text> row = text(id);
    if (!row) {
        *error = storageWhy(QCoreApplication::translate("CustomerTexts", "text %1 is not recorded").arg(id));
        return false;
    }
    const bool changed = row->messageStatus != status;
    return close(id, row->state, QStringLiteral("message_status = ?, status_checks = status_checks + 1"),
                 {notNull(status)}, changed ? QStringLiteral("text-status") : QString(), row->messageStatus, status, {},
                 nowMs, error);
}

int CustomerTexts::recoverOrphans(qint64 nowMs, QString *error)
{
    error->clear();
    if (!m_registry || !m_registry->isOpen())
        return 0;
    QList<qint64> orphans;
    {
        QSqlQuery q(m_registry->m_db);
        if (!q.exec(QStringLiteral("SELECT id, host, pid, created_ms FROM customer_texts WHERE state = 'sending'"))) {
            *error = storageWhy(q.lastError().text());
            return -1;
        }
        const QString host = QSysInfo::machineHostName();
        while (q.next()) {
            const bool here = q.value(1).toString() == host;
            if (here ? writerMayStillRun(q.value(2).toLongLong()) : nowMs - q.value(3).toLongLong() < kForeignOrphanMs)
                continue; // its process may still be waiting for the answer
            orphans << q.value(0).toLongLong();
        }
    }
    for (qint64 id : std::as_const(orphans)) {
        if (!recordUnknown(id, nowMs, error))
            return -1;
    }
    if (!orphans.isEmpty())
        qCWarning(lcApp).noquote() << orphans.size()
                                   << "customer text(s) interrupted by a stop were recorded as unknown: never re-sent";
    return int(orphans.size());
}

std::optional<CustomerTexts::Text> CustomerTexts::text(qint64 id) const
{
    if (!m_registry || !m_registry->isOpen())
        return std::nullopt;
    QSqlQuery q(m_registry->m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customer_texts WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readText(q);
}

QList<CustomerTexts::Text> CustomerTexts::texts(const QString &orderId) const
{
    QList<Text> out;
    if (!m_registry || !m_registry->isOpen())
        return out;
    QSqlQuery q(m_registry->m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customer_texts WHERE order_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(orderId);
    if (q.exec()) {
        while (q.next())
            out.append(readText(q));
    }
    return out;
}

QHash<QString, QList<CustomerTexts::Text>> CustomerTexts::allTexts() const
{
    QHash<QString, QList<Text>> out;
    if (!m_registry || !m_registry->isOpen())
        return out;
    QSqlQuery q(m_registry->m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM customer_texts ORDER BY id").arg(kColumns))) {
        while (q.next()) {
            Text t = readText(q);
            out[t.orderId].append(std::move(t));
        }
    }
    return out;
}

int CustomerTexts::updateCount(const QString &orderId) const
{
    if (!m_registry || !m_registry->isOpen())
        return 0;
    QSqlQuery q(m_registry->m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'update'"));
    q.addBindValue(orderId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace portdesk
