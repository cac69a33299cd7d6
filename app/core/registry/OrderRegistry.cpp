#include "OrderRegistry.h"
#include "OrderChanges.h"
#include "OrderRows.h"
#include "RegistryFile.h"
#include "SendJournal.h"
#include "TeamSync.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace portdesk {

OrderRegistry::OrderRegistry(QObject *parent) : QObject(parent)
{
    // Every write that adds an event ends by announcing its orders (after the commit): the
    // histories follow at that moment, whichever path (here, SendJournal, AuthorizationRecords) wrote.
    connect(this, &OrderRegistry::ordersAdded, this, &OrderRegistry::signalHistory);
    connect(this, &OrderRegistry::ordersChanged, this, &OrderRegistry::signalHistory);
}

OrderRegistry::~OrderRegistry()
{
    delete m_sync; // its copy of the connection goes before the connection is removed
    m_sync = nullptr;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString OrderRegistry::defaultSqlitePath()
{
    return RegistryFile::defaultPath();
}

bool OrderRegistry::openSqlite(const QString &path, QString *error)
{
    m_location = QDir::toNativeSeparators(path);
    m_sqlitePath = path;
    m_connectionName = QStringLiteral("portdesk-registry-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (!RegistryFile::open(path, m_connectionName, &m_db, error) || !load(error)) {
        *error = tr("The order database %1 cannot be used: %2. It was left unchanged.").arg(m_location, *error);
        m_lastError = *error;
        if (m_db.isValid())
            m_db.close();
        return false;
    }
    QString why;
    if (SendJournal(this, {}).recoverOrphans(QDateTime::currentMSecsSinceEpoch(), &why) < 0)
        qCWarning(lcApp).noquote() << why; // the intents stay: the next start tries again
    qCInfo(lcApp).noquote() << "order registry" << path << "with" << m_ids.size() << "orders";
    return true;
}

QString OrderRegistry::claimHolder(const QString &e164)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT holder FROM number_claims WHERE number = ?"));
    q.addBindValue(e164);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool OrderRegistry::openPostgres(const TeamDatabase &team, const QString &accountKey, QString *error)
{
    m_connectionName = QStringLiteral("portdesk-registry-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_location = team.describe();
    m_sync = new TeamSync(this);
    connect(m_sync, &TeamSync::changedByPeers, this, &OrderRegistry::takePeerRows);
    connect(m_sync, &TeamSync::unreachable, this, [this](const QString &message) {
        m_lastError = message;
        emit storageFailed(message);
    });
    QString why;
    const bool joined = m_sync->open(team, m_connectionName, accountKey, &why);
    m_db = m_sync->database();
    if (!joined || !load(&why)) {
        *error = tr("The team database %1 cannot be used: %2").arg(team.describe(), why.trimmed());
        m_lastError = *error;
        m_db.close();
        delete m_sync;
        m_sync = nullptr;
        return false;
    }
    m_sync->startChecking();
    if (SendJournal(this, {}).recoverOrphans(QDateTime::currentMSecsSinceEpoch(), &why) < 0)
        qCWarning(lcApp).noquote() << why;
    qCInfo(lcApp).noquote() << "team order registry" << team.describe() << "with" << m_ids.size() << "orders";
    return true;
}

void OrderRegistry::setTeamCheckIntervalMs(int intervalMs)
{
    if (m_sync)
        m_sync->startChecking(intervalMs);
}

void OrderRegistry::takePeerRows(const QList<OrderRecord> &rows)
{
    QStringList added, changed;
    QList<std::pair<QString, std::pair<QString, QString>>> statusChanges;
    QStringList ids;
    for (const OrderRecord &r : rows)
        ids << r.orderId;
    QString why;
    if (!loadAuthorizations(ids, &why))
        qCWarning(lcApp).noquote() << "the authorizations of orders another desk changed were not read:" << why;
    if (!loadNotes(ids, &why))
        qCWarning(lcApp).noquote() << "the notes of orders another desk changed were not read:" << why;
    for (const OrderRecord &r : rows) {
        const auto it = m_orders.find(r.orderId);
        if (it == m_orders.end()) {
            added << r.orderId;
            m_ids << r.orderId;
            m_orders.insert(r.orderId, r);
        } else if (!OrderRows::same(*it, r)) {
            changed << r.orderId;
            if (it->status != r.status)
                statusChanges.append({r.orderId, {it->status, r.status}});
            *it = r;
        }
    }
    if (!added.isEmpty())
        emit ordersAdded(added);
    if (!changed.isEmpty())
        emit ordersChanged(changed);
    for (const auto &[id, change] : statusChanges)
        emit statusChanged(id, change.first, change.second);
    // A notice may be about events only (a note leaves the row as it was): histories re-read.
    emit historyChanged(ids);
}

bool OrderRegistry::load(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(OrderRows::selectAll())) {
        *error = q.lastError().text();
        return false;
    }
    m_ids.clear();
    m_orders.clear();
    while (q.next()) {
        OrderRecord r = OrderRows::read(q);
        m_ids << r.orderId;
        m_orders.insert(r.orderId, std::move(r));
    }
    m_authorizations.clear();
    m_textConsents.clear();
    m_notes.clear();
    m_unsignalledHistory.clear(); // what a rolled-back write added is gone
    return loadAuthorizations({}, error) && loadNotes({}, error);
}

bool OrderRegistry::loadNotes(const QStringList &orderIds, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, order_id, at, kind, old_status, new_status, message, who"
                                 " FROM order_events WHERE kind = 'note'");
    if (!orderIds.isEmpty())
        sql += QStringLiteral(" AND order_id IN (%1)").arg(QStringLiteral("?,").repeated(orderIds.size()).chopped(1));
    q.prepare(sql + QStringLiteral(" ORDER BY at, id"));
    for (const QString &id : orderIds)
        q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    for (const QString &id : orderIds)
        m_notes.remove(id);
    while (q.next()) {
        OrderEvent e = OrderRows::readEvent(q);
        m_notes[e.orderId].append(std::move(e));
    }
    return true;
}

QList<OrderEvent> OrderRegistry::notes(const QString &orderId) const
{
    return m_notes.value(orderId);
}

void OrderRegistry::signalHistory()
{
    if (m_unsignalledHistory.isEmpty())
        return;
    QStringList ids;
    ids.swap(m_unsignalledHistory);
    ids.removeDuplicates();
    emit historyChanged(ids);
}

bool OrderRegistry::loadAuthorizations(const QStringList &orderIds, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT order_id, at, message, who, kind FROM order_events"
                                 " WHERE kind IN ('authorized', 'loa-sent', '%1')")
                      .arg(QLatin1String(TextConsent::kEventKind));
    if (!orderIds.isEmpty())
        sql += QStringLiteral(" AND order_id IN (%1)").arg(QStringLiteral("?,").repeated(orderIds.size()).chopped(1));
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    for (const QString &id : orderIds)
        q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) { // oldest first: the latest one stays
        const QString id = q.value(0).toString(), message = q.value(2).toString(), who = q.value(3).toString();
        const qint64 at = q.value(1).toLongLong();
        if (q.value(4).toString() == QLatin1String(TextConsent::kEventKind))
            m_textConsents.insert(id, TextConsent::fromEvent(message, who, at));
        else
            m_authorizations.insert(id, Authorization::fromEvent(message, who, at));
    }
    return true;
}

const Authorization *OrderRegistry::authorization(const QString &orderId) const
{
    const auto it = m_authorizations.constFind(orderId);
    return it == m_authorizations.constEnd() ? nullptr : &*it;
}

bool OrderRegistry::addAuthorization(const QString &orderId, const QString &eventKind, const Authorization &a)
{
    const OrderEvent e{0, orderId, a.atMs, eventKind, {}, {}, a.toEventMessage(), a.agent};
    if (!addEvent(e))
        return false;
    m_authorizations.insert(orderId, a); // a rollback re-reads everything (load)
    return true;
}

std::optional<TextConsent> OrderRegistry::textConsent(const QString &orderId) const
{
    const auto it = m_textConsents.constFind(orderId);
    return it == m_textConsents.constEnd() ? std::nullopt : std::optional<TextConsent>(*it);
}

bool OrderRegistry::addTextConsent(const QString &orderId, const TextConsent &c)
{
    const OrderEvent e{0, orderId, c.atMs, QLatin1String(TextConsent::kEventKind), {}, {}, c.toEventMessage(), c.agent};
    if (!addEvent(e))
        return false;
    m_textConsents.insert(orderId, c); // a rollback re-reads everything (load)
    return true;
}

QString OrderRegistry::meta(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM registry_meta WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool OrderRegistry::setMeta(const QString &name, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO registry_meta (name, value) VALUES (?, ?)"
                             " ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(OrderRows::text(value));
    if (q.exec())
        return true;
    *error = tr("Could not save to the order database: %1").arg(q.lastError().text());
    return false;
}

const OrderRecord *OrderRegistry::find(const QString &orderId) const
{
    const auto it = m_orders.constFind(orderId);
    return it == m_orders.constEnd() ? nullptr : &*it;
}

QString OrderRegistry::openOrderFor(const QString &e164) const
{
    for (const OrderRecord &r : m_orders) {
        if (r.number == e164 && !isTerminal(r.group))
            return r.orderId;
    }
    return {};
}

QList<OrderEvent> OrderRegistry::events(const QString &orderId) const
{
    QList<OrderEvent> out;
    QSqlQuery q(m_db);
    q.prepare(OrderRows::selectEvents());
    q.addBindValue(orderId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(OrderRows::readEvent(q));
    return out;
}

QList<OrderEvent> OrderRegistry::eventsOfKinds(const QStringList &kinds) const
{
    QList<OrderEvent> out;
    if (kinds.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The columns OrderRows::readEvent() reads, as in OrderRows::selectEvents().
    q.prepare(QStringLiteral("SELECT id, order_id, at, kind, old_status, new_status, message, who FROM order_events"
                             " WHERE kind IN (%1) ORDER BY at, id")
                  .arg(QStringLiteral("?,").repeated(kinds.size()).chopped(1)));
    for (const QString &kind : kinds)
        q.addBindValue(kind);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(OrderRows::readEvent(q));
    return out;
}

bool OrderRegistry::fail(const QString &message)
{
    m_lastError = tr("Could not save to the order database: %1").arg(message);
    qCWarning(lcApp).noquote() << m_lastError;
    emit storageFailed(m_lastError);
    return false;
}

bool OrderRegistry::addEvent(const OrderEvent &e)
{
    const OrderRows::Statement insert = OrderRows::insertEvent(e);
    QSqlQuery q(m_db);
    q.prepare(insert.sql);
    for (const QVariant &v : insert.binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text());
    m_unsignalledHistory << e.orderId;
    return true;
}

// The row (OrderRows::insert or ::update: only what this desk changed) plus, optionally, one
// event, in one transaction.
bool OrderRegistry::writeRow(const OrderRecord &r, const OrderEvent *event, bool ownTransaction)
{
    if (!m_db.isOpen())
        return fail(tr("the database is not open"));
    if (ownTransaction && !m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery q(m_db);
    const OrderRecord *old = find(r.orderId);
    const OrderRows::Statement write = old ? OrderRows::update(*old, r) : OrderRows::insert(r);
    bool written = true;
    if (!write.sql.isEmpty()) { // an update that changes nothing writes nothing
        q.prepare(write.sql);
        for (const QVariant &v : write.binds)
            q.addBindValue(v);
        written = q.exec() && q.numRowsAffected() == 1;
    }
    if (!written) {
        const QString why = q.lastError().text();
        if (ownTransaction)
            m_db.rollback();
        return fail(why.isEmpty() ? tr("order %1 was not written").arg(r.orderId) : why);
    }
    if (!updateClaim(old, r) || (event && !addEvent(*event)) || (ownTransaction && !notifyPeers({r.orderId}))) {
        if (ownTransaction)
            m_db.rollback();
        return false;
    }
    if (ownTransaction && !m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return fail(why);
    }
    if (!old)
        m_ids << r.orderId;
    m_orders.insert(r.orderId, r);
    return true;
}

bool OrderRegistry::updateClaim(const OrderRecord *old, const OrderRecord &r)
{
    const auto holds = [](const OrderRecord &o) { return !o.number.isEmpty() && !isTerminal(o.group); };
    QSqlQuery q(m_db);
    if (old && holds(*old) && (!holds(r) || old->number != r.number)) {
        // Settled (completed, cancelled, or an unknown outcome found never to have arrived): free.
        q.prepare(QStringLiteral("DELETE FROM number_claims WHERE number = ? AND holder = ?"));
        q.addBindValue(old->number);
        q.addBindValue(r.orderId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (holds(r) && !(old && holds(*old) && old->number == r.number)) {
        // Orders sent through SendJournal already hold theirs; this covers tracked and older ones.
        q.prepare(QStringLiteral("INSERT INTO number_claims (number, holder, since) VALUES (?, ?, ?) "
                                 "ON CONFLICT (number) DO NOTHING"));
        q.addBindValue(r.number);
        q.addBindValue(r.orderId);
        q.addBindValue(r.submittedAtMs);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool OrderRegistry::notifyPeers(const QStringList &orderIds)
{
    QString why;
    return !m_sync || m_sync->notifyPeers(orderIds, &why) || fail(why);
}

bool OrderRegistry::recordSubmitted(const PortInRequest &request, const SubmitResult &result, const QString &who,
                                    qint64 nowMs)
{
    const OrderRecord r = OrderRows::fromSubmit(request, result, who, nowMs);
    if (find(r.orderId))
        return fail(tr("order %1 is already recorded").arg(r.orderId));
    const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("submitted"), {}, r.status, {}, who};
    if (!writeRow(r, &e))
        return false;
    emit ordersAdded({r.orderId});
    return true;
}

QString OrderRegistry::recordUnknownOutcome(const PortInRequest &request, const QString &who, qint64 nowMs)
{
    const OrderChanges::Change c = OrderChanges::unknownOutcome(request, who, nowMs);
    if (!writeRow(c.row, &c.event))
        return {};
    emit ordersAdded({c.row.orderId});
    return c.row.orderId;
}

bool OrderRegistry::recordTracked(const QString &orderId, const QString &who, qint64 nowMs)
{
    if (find(orderId))
        return true; // already tracked: nothing to do
    const OrderChanges::Change c = OrderChanges::tracked(orderId, who, nowMs);
    if (!writeRow(c.row, &c.event))
        return false;
    emit ordersAdded({orderId});
    return true;
}

bool OrderRegistry::applyStatus(const OrderDetails &d, qint64 nowMs)
{
    return applyStatuses({d}, nowMs);
}

bool OrderRegistry::applyStatuses(const QList<OrderDetails> &answers, qint64 nowMs)
{
    if (!m_db.isOpen())
        return fail(tr("the database is not open"));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QList<OrderRecord> rows;
    QList<OrderEvent> changes; // old and new status of the rows whose status changed
    rows.reserve(answers.size());
    for (const OrderDetails &d : answers) {
        const OrderRecord *old = find(d.orderId);
        const OrderChanges::Change c = old ? OrderChanges::status(*old, d, nowMs) : OrderChanges::Change{};
        if (!old)
            fail(tr("order %1 is not in the registry").arg(d.orderId));
        if (!old || !writeRow(c.row, c.recordEvent ? &c.event : nullptr, false)) {
            m_db.rollback();
            load(&m_lastError); // memory follows the database: undo what this batch changed
            return false;
        }
        rows << c.row;
        if (c.recordEvent)
            changes << c.event;
    }
    QStringList ids;
    ids.reserve(rows.size());
    for (const OrderRecord &r : rows)
        ids << r.orderId;
    if (!notifyPeers(ids) || !m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        load(&m_lastError);
        return fail(why);
    }
    emit ordersChanged(ids);
    for (const OrderEvent &e : changes)
        emit statusChanged(e.orderId, e.oldStatus, e.newStatus);
    return true;
}

bool OrderRegistry::markNotFound(const QString &orderId, qint64 nowMs)
{
    const OrderRecord *old = find(orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(orderId));
    const OrderChanges::Change c = OrderChanges::notFound(*old, nowMs);
    if (!writeRow(c.row, c.recordEvent ? &c.event : nullptr))
        return false;
    emit ordersChanged({orderId});
    return true;
}

bool OrderRegistry::recordUpdate(const UpdatePortInRequest &u, const UpdateResult &result, const QString &who,
                                 qint64 nowMs)
{
    const OrderRecord *old = find(u.orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(u.orderId));
    const OrderChanges::Change c = OrderChanges::update(*old, u, result, who, nowMs);
    if (!writeRow(c.row, &c.event))
        return false;
    emit ordersChanged({u.orderId});
    emit statusChanged(u.orderId, c.event.oldStatus, c.row.status);
    return true;
}

bool OrderRegistry::recordCancelled(const QString &orderId, const CancelResult &result, const QString &who,
                                    qint64 nowMs)
{
    const OrderRecord *old = find(orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(orderId));
    const OrderChanges::Change c = OrderChanges::cancelled(*old, result, who, nowMs);
    if (!writeRow(c.row, &c.event))
        return false;
    emit ordersChanged({orderId});
    emit statusChanged(orderId, c.event.oldStatus, c.row.status);
    return true;
}

bool OrderRegistry::attachOrderId(const QString &localId, const OrderDetails &d, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(localId);
    if (!old || !old->outcomeUnknown || isTerminal(old->group))
        return fail(tr("%1 is not an unverified submit").arg(localId));
    const OrderRecord *tracked = find(d.orderId);
    const bool wasTracked = tracked != nullptr;
    const auto [closed, order] = OrderChanges::attached(*old, tracked, d, who, nowMs);
    if (!m_db.isOpen())
        return fail(tr("the database is not open"));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    // The unknown row first: the number is never claimed twice, not even inside the transaction.
    if (!writeRow(closed.row, &closed.event, false) || !writeRow(order.row, &order.event, false) ||
        !notifyPeers({localId, d.orderId}) || !m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        load(&m_lastError); // memory follows the database
        return why.isEmpty() ? false : fail(why);
    }
    emit ordersChanged({localId});
    if (wasTracked)
        emit ordersChanged({d.orderId});
    else
        emit ordersAdded({d.orderId});
    emit statusChanged(d.orderId, order.event.oldStatus, order.row.status);
    return true;
}

bool OrderRegistry::resolveUnknownOutcome(const QString &localId, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(localId);
    if (!old || !old->outcomeUnknown)
        return fail(tr("%1 is not an unverified submit").arg(localId));
    const OrderChanges::Change c = OrderChanges::notReceived(*old, who, nowMs);
    if (!writeRow(c.row, &c.event))
        return false;
    emit ordersChanged({localId});
    return true;
}

} // namespace portdesk
