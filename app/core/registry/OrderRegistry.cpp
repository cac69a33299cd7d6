#include "OrderRegistry.h"
#include "Migrations.h"
#include "RegistryFile.h"
#include "SendJournal.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace portdesk {

namespace {

const char *kTeamChannel = "portdesk_orders";

const char *kColumns = "order_id, number, carrier, subscriber, classification, account_number, street1, street2, "
                       "city, state, zip, iccid, status, status_message, status_group, order_date, submitted_at, "
                       "submitted_by, last_checked, last_changed, not_found, outcome_unknown";

StatusGroup groupFromKey(const QString &key)
{
    for (StatusGroup g : {StatusGroup::Open, StatusGroup::NeedsAction, StatusGroup::Completed,
                          StatusGroup::Cancelled, StatusGroup::Unknown}) {
        if (statusGroupKey(g) == key)
            return g;
    }
    return StatusGroup::Unknown;
}

OrderRecord fromQuery(const QSqlQuery &q)
{
    OrderRecord r;
    int i = 0;
    r.orderId = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.carrier = q.value(i++).toString();
    r.subscriber = q.value(i++).toString();
    r.classification = q.value(i++).toString();
    r.accountNumber = q.value(i++).toString();
    r.address.street1 = q.value(i++).toString();
    r.address.street2 = q.value(i++).toString();
    r.address.city = q.value(i++).toString();
    r.address.state = q.value(i++).toString();
    r.address.zip = q.value(i++).toString();
    r.iccid = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.statusMessage = q.value(i++).toString();
    r.group = groupFromKey(q.value(i++).toString());
    r.orderDateMs = q.value(i++).toLongLong();
    r.submittedAtMs = q.value(i++).toLongLong();
    r.submittedBy = q.value(i++).toString();
    r.lastCheckedMs = q.value(i++).toLongLong();
    r.lastChangedMs = q.value(i++).toLongLong();
    r.notFound = q.value(i++).toInt() != 0;
    r.outcomeUnknown = q.value(i++).toInt() != 0;
    return r;
}

OrderRecord fromRequest(const PortInRequest &request, const QString &who, qint64 nowMs)
{
    OrderRecord r;
    r.number = request.portInNumber;
    r.carrier = request.currentCarrierName;
    r.subscriber = request.subscriberName;
    r.classification = request.targetPortinClassification;
    r.accountNumber = request.currentAccountNumber;
    r.address = request.currentBillingAddress;
    r.iccid = request.iccid;
    r.submittedAtMs = r.lastChangedMs = nowMs;
    r.submittedBy = who;
    return r; // request.currentAccountPassword is deliberately not copied
}

// Qt binds a null QString as SQL NULL; the schema wants '' for "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Every stored column of a row but order_id, in kColumns order.
QList<std::pair<QLatin1String, QVariant>> columnValues(const OrderRecord &r)
{
    return {{QLatin1String("number"), text(r.number)},
            {QLatin1String("carrier"), text(r.carrier)},
            {QLatin1String("subscriber"), text(r.subscriber)},
            {QLatin1String("classification"), text(r.classification)},
            {QLatin1String("account_number"), text(r.accountNumber)},
            {QLatin1String("street1"), text(r.address.street1)},
            {QLatin1String("street2"), text(r.address.street2)},
            {QLatin1String("city"), text(r.address.city)},
            {QLatin1String("state"), text(r.address.state)},
            {QLatin1String("zip"), text(r.address.zip)},
            {QLatin1String("iccid"), text(r.iccid)},
            {QLatin1String("status"), text(r.status)},
            {QLatin1String("status_message"), text(r.statusMessage)},
            {QLatin1String("status_group"), QVariant(statusGroupKey(r.group))},
            {QLatin1String("order_date"), QVariant(r.orderDateMs)},
            {QLatin1String("submitted_at"), QVariant(r.submittedAtMs)},
            {QLatin1String("submitted_by"), text(r.submittedBy)},
            {QLatin1String("last_checked"), QVariant(r.lastCheckedMs)},
            {QLatin1String("last_changed"), QVariant(r.lastChangedMs)},
            {QLatin1String("not_found"), QVariant(int(r.notFound))},
            {QLatin1String("outcome_unknown"), QVariant(int(r.outcomeUnknown))}};
}

bool sameRow(const OrderRecord &a, const OrderRecord &b)
{
    return a.orderId == b.orderId && columnValues(a) == columnValues(b);
}

// NOTIFY payloads are limited to 8000 bytes: longer lists say "reload everything".
constexpr qsizetype kMaxNotifyPayload = 7000;
const QString kAll = QStringLiteral("*");

} // namespace

OrderRegistry::OrderRegistry(QObject *parent) : QObject(parent) {}

OrderRegistry::~OrderRegistry()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString OrderRegistry::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/orders.sqlite");
}

bool OrderRegistry::openSqlite(const QString &path, QString *error)
{
    m_location = QDir::toNativeSeparators(path);
    if (!openSqliteFile(path, error)) {
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

bool OrderRegistry::openSqliteFile(const QString &path, QString *error)
{
    const bool memory = path == QLatin1String(":memory:");
    bool folderIsOurs = false;
    if (!memory) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        folderIsOurs = !QFileInfo::exists(folder) || folder == QFileInfo(defaultSqlitePath()).absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
            return false;
        }
        // Checked through a read-only connection before anything may write to it.
        switch (RegistryFile::inspect(path, error)) {
        case RegistryFile::State::Refused: return false;
        case RegistryFile::State::Missing:
            if (!RegistryFile::create(path, error))
                return false;
            break;
        case RegistryFile::State::Ours: break;
        }
        if (!RegistryFile::makePrivate(path, folderIsOurs, error))
            return false;
    }
    m_connectionName = QStringLiteral("portdesk-registry-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another desk process or a backup tool may hold the file briefly: wait, do not fail at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // The file is PortDesk's (inspect): WAL may be switched on (registries are created with it).
    if (!memory && (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())) {
        *error = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.finish();
    if (!Migrations::apply(m_db, error) || !load(error))
        return false;
    return memory || RegistryFile::makePrivate(path, folderIsOurs, error); // -wal and -shm exist now
}

OrderRecord OrderRegistry::recordFor(const PortInRequest &request, const QString &who, qint64 nowMs)
{
    return fromRequest(request, who, nowMs);
}

OrderRecord OrderRegistry::recordFor(const PortInRequest &request, const SubmitResult &result, const QString &who,
                                     qint64 nowMs)
{
    OrderRecord r = fromRequest(request, who, nowMs);
    r.orderId = result.orderId;
    if (!result.phoneNumber.isEmpty())
        r.number = result.phoneNumber;
    r.status = result.status.isEmpty() ? QStringLiteral("Pending") : result.status;
    r.group = statusGroup(r.status);
    r.orderDateMs = result.orderDate.isValid() ? result.orderDate.toMSecsSinceEpoch() : 0;
    r.lastCheckedMs = nowMs; // the submit answer is a status answer too
    return r;
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
    m_db = team.addConnection(m_connectionName);
    m_location = team.describe();
    const auto failOpen = [&](const QString &why) {
        *error = tr("The team database %1 cannot be used: %2").arg(team.describe(), why.trimmed());
        m_lastError = *error;
        m_db.close();
        return false;
    };
    if (!team.isComplete())
        return failOpen(tr("the server, database and user must all be set"));
    if (!m_db.open())
        return failOpen(m_db.lastError().text());
    QString why;
    if (!Migrations::apply(m_db, &why) || !claimAccount(accountKey, &why))
        return failOpen(why);
    // Subscribe before the first load: a change committed in between is then reloaded twice,
    // never missed.
    if (!listenToPeers(&why))
        return failOpen(why);
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source == QSqlDriver::OtherSource)
                    reloadFromPeers(payload.toString());
            });
    m_team = true;
    if (!load(&why))
        return failOpen(why);
    m_teamCheck = new QTimer(this);
    connect(m_teamCheck, &QTimer::timeout, this, &OrderRegistry::checkTeamConnection);
    m_teamCheck->start(15'000);
    if (SendJournal(this, {}).recoverOrphans(QDateTime::currentMSecsSinceEpoch(), &why) < 0)
        qCWarning(lcApp).noquote() << why;
    qCInfo(lcApp).noquote() << "team order registry" << team.describe() << "with" << m_ids.size() << "orders";
    return true;
}

bool OrderRegistry::listenToPeers(QString *error)
{
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(QLatin1String(kTeamChannel))
        || driver->subscribeToNotification(QLatin1String(kTeamChannel)))
        return true;
    *error = tr("cannot listen for other desks' changes: %1").arg(driver->lastError().text());
    return false;
}

void OrderRegistry::setTeamCheckIntervalMs(int intervalMs)
{
    if (m_teamCheck)
        m_teamCheck->start(intervalMs);
}

void OrderRegistry::checkTeamConnection()
{
    {
        QSqlQuery q(m_db);
        if (m_db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
    }
    m_db.close();
    QString why;
    if (!m_db.open() || !listenToPeers(&why)) {
        if (why.isEmpty())
            why = m_db.lastError().text().trimmed();
        m_db.close();
        if (!m_teamUnreachable) {
            m_teamUnreachable = true;
            m_lastError = tr("The team database cannot be reached: %1. PortDesk keeps trying.").arg(why);
            qCWarning(lcApp).noquote() << m_lastError;
            emit storageFailed(m_lastError);
        }
        return;
    }
    qCInfo(lcApp) << "team database reachable again: re-reading every order";
    m_teamUnreachable = false;
    reloadFromPeers(kAll); // whatever the other desks recorded meanwhile
}

// A team database serves one Telegent account: its orders can only be polled with that
// account's credentials, so a desk configured for another account must not join it.
bool OrderRegistry::claimAccount(const QString &accountKey, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO registry_meta (name, value) VALUES ('account_key', ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(accountKey);
    if (!q.exec() || !q.exec(QStringLiteral("SELECT value FROM registry_meta WHERE name = 'account_key'")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QString owner = q.value(0).toString();
    if (owner != accountKey) {
        *error = tr("it holds the orders of AccountKey %1, and this desk uses %2. "
                    "Each Telegent account needs a team database of its own.")
                     .arg(owner, accountKey);
        return false;
    }
    return true;
}

bool OrderRegistry::reloadFromPeers(const QString &payload)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList ids;
    if (payload != kAll) {
        ids = payload.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return true;
        q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE order_id IN (%2) ORDER BY submitted_at, order_id")
                      .arg(QLatin1String(kColumns), QStringLiteral("?,").repeated(ids.size()).chopped(1)));
        for (const QString &id : ids)
            q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM orders ORDER BY submitted_at, order_id").arg(QLatin1String(kColumns)));
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcApp).noquote() << "reloading orders changed by another desk failed:" << m_lastError;
        return false;
    }
    QStringList added, changed;
    QList<std::pair<QString, std::pair<QString, QString>>> statusChanges;
    while (q.next()) {
        OrderRecord r = fromQuery(q);
        const auto it = m_orders.find(r.orderId);
        if (it == m_orders.end()) {
            added << r.orderId;
            m_ids << r.orderId;
            m_orders.insert(r.orderId, std::move(r));
        } else if (!sameRow(*it, r)) {
            changed << r.orderId;
            if (it->status != r.status)
                statusChanges.append({r.orderId, {it->status, r.status}});
            *it = std::move(r);
        }
    }
    if (!added.isEmpty())
        emit ordersAdded(added);
    if (!changed.isEmpty())
        emit ordersChanged(changed);
    for (const auto &[id, change] : statusChanges)
        emit statusChanged(id, change.first, change.second);
    return true;
}

bool OrderRegistry::load(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM orders ORDER BY submitted_at, order_id").arg(QLatin1String(kColumns)))) {
        *error = q.lastError().text();
        return false;
    }
    m_ids.clear();
    m_orders.clear();
    while (q.next()) {
        OrderRecord r = fromQuery(q);
        m_ids << r.orderId;
        m_orders.insert(r.orderId, std::move(r));
    }
    return true;
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
    q.prepare(QStringLiteral("SELECT id, order_id, at, kind, old_status, new_status, message, who "
                             "FROM order_events WHERE order_id = ? ORDER BY at, id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO order_events (order_id, at, kind, old_status, new_status, message, who) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {text(e.orderId), QVariant(e.atMs), text(e.kind), text(e.oldStatus),
                              text(e.newStatus), text(e.message), text(e.who)})
        q.addBindValue(v);
    return q.exec() || fail(q.lastError().text());
}

// INSERT of a new row, or UPDATE of only the columns that changed since this desk last saw
// the row - so that desks sharing a team database never write back each other's columns from a
// stale copy - plus, optionally, one event, in one transaction.
bool OrderRegistry::writeRow(const OrderRecord &r, const OrderEvent *event, bool ownTransaction)
{
    if (!m_db.isOpen())
        return fail(tr("the database is not open"));
    if (ownTransaction && !m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery q(m_db);
    const OrderRecord *old = find(r.orderId);
    const auto values = columnValues(r);
    QStringList names;
    QVariantList binds;
    if (old) {
        const auto before = columnValues(*old);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values[i].second != before[i].second) {
                names << values[i].first + QLatin1String("=?");
                binds << values[i].second;
            }
        }
    } else {
        for (const auto &[name, value] : values) {
            names << name;
            binds << value;
        }
    }
    bool written = true;
    if (!names.isEmpty()) {
        binds << text(r.orderId);
        q.prepare(old ? QStringLiteral("UPDATE orders SET %1 WHERE order_id=?").arg(names.join(QLatin1Char(',')))
                      : QStringLiteral("INSERT INTO orders (%1, order_id) VALUES (%2?)")
                            .arg(names.join(QLatin1Char(',')), QStringLiteral("?,").repeated(names.size())));
        for (const QVariant &v : binds)
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
    if (!m_team)
        return true;
    QString payload = orderIds.join(QLatin1Char(','));
    if (payload.size() > kMaxNotifyPayload)
        payload = kAll;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kTeamChannel)));
    q.addBindValue(payload);
    return q.exec() || fail(q.lastError().text());
}

bool OrderRegistry::recordSubmitted(const PortInRequest &request, const SubmitResult &result, const QString &who, qint64 nowMs)
{
    const OrderRecord r = recordFor(request, result, who, nowMs);
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
    OrderRecord r = fromRequest(request, who, nowMs);
    r.orderId = QStringLiteral("UNKNOWN-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.outcomeUnknown = true;
    r.group = StatusGroup::Unknown;
    const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("unknown-outcome"), {}, {},
                       tr("The submit may or may not have reached Telegent."), who};
    if (!writeRow(r, &e))
        return {};
    emit ordersAdded({r.orderId});
    return r.orderId;
}

bool OrderRegistry::recordTracked(const QString &orderId, const QString &who, qint64 nowMs)
{
    if (find(orderId))
        return true; // already tracked: nothing to do
    OrderRecord r;
    r.orderId = orderId;
    r.group = StatusGroup::Unknown; // until the first answer
    r.submittedAtMs = r.lastChangedMs = nowMs;
    r.submittedBy = who;
    const OrderEvent e{0, orderId, nowMs, QStringLiteral("tracked"), {}, {}, {}, who};
    if (!writeRow(r, &e))
        return false;
    emit ordersAdded({orderId});
    return true;
}

bool OrderRegistry::prepareStatus(const OrderDetails &d, qint64 nowMs, OrderRecord *row, OrderEvent *event, bool *changed)
{
    const OrderRecord *old = find(d.orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(d.orderId));
    OrderRecord r = *old;
    *changed = r.status != d.orderStatus || r.statusMessage != d.orderStatusMessage;
    *event = {0, r.orderId, nowMs, QStringLiteral("status"), old->status, d.orderStatus, d.orderStatusMessage, {}};
    r.status = d.orderStatus;
    r.statusMessage = d.orderStatusMessage;
    r.group = statusGroup(d.orderStatus);
    r.lastCheckedMs = nowMs;
    r.notFound = false;
    if (r.number.isEmpty() && !d.phoneNumbers.isEmpty())
        r.number = d.phoneNumbers.constFirst();
    if (d.orderDate.isValid())
        r.orderDateMs = d.orderDate.toMSecsSinceEpoch();
    if (*changed)
        r.lastChangedMs = nowMs;
    *row = r;
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
        OrderRecord row;
        OrderEvent event;
        bool changed = false;
        if (!prepareStatus(d, nowMs, &row, &event, &changed) || !writeRow(row, changed ? &event : nullptr, false)) {
            m_db.rollback();
            load(&m_lastError); // memory follows the database: undo what this batch changed
            return false;
        }
        rows << row;
        if (changed)
            changes << event;
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
    OrderRecord r = *old;
    r.lastCheckedMs = nowMs;
    const bool first = !r.notFound;
    r.notFound = true;
    const OrderEvent e{0, orderId, nowMs, QStringLiteral("not-found"), r.status, r.status,
                       tr("Telegent does not know this order (HTTP 404)."), {}};
    if (!writeRow(r, first ? &e : nullptr))
        return false;
    emit ordersChanged({orderId});
    return true;
}

bool OrderRegistry::recordUpdate(const UpdatePortInRequest &u, const UpdateResult &result, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(u.orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(u.orderId));
    OrderRecord r = *old;
    QStringList fields; // names only: the event must say what changed, never the PIN itself
    const auto take = [&](QString &target, const QString &value, const char *name) {
        if (!value.isEmpty() && value != target) {
            target = value;
            fields << QLatin1String(name);
        }
    };
    take(r.carrier, u.currentCarrierName, "CurrentCarrierName");
    take(r.accountNumber, u.currentAccountNumber, "CurrentAccountNumber");
    take(r.subscriber, u.subscriberName, "SubscriberName");
    take(r.iccid, u.iccid, "ICCID");
    if (!u.currentAccountPassword.isEmpty())
        fields << QStringLiteral("CurrentAccountPassword");
    if (u.currentBillingAddress && !(*u.currentBillingAddress == r.address)) {
        r.address = *u.currentBillingAddress;
        fields << QStringLiteral("CurrentBillingAddress");
    }
    const QString oldStatus = r.status;
    r.status = result.status.isEmpty() ? QStringLiteral("Updated") : result.status;
    r.statusMessage.clear();
    r.group = statusGroup(r.status);
    r.lastChangedMs = nowMs;
    r.notFound = false;
    const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("update"), oldStatus, r.status,
                       tr("Changed: %1").arg(fields.isEmpty() ? tr("nothing") : fields.join(QStringLiteral(", "))), who};
    if (!writeRow(r, &e))
        return false;
    emit ordersChanged({r.orderId});
    emit statusChanged(r.orderId, oldStatus, r.status);
    return true;
}

bool OrderRegistry::recordCancelled(const QString &orderId, const CancelResult &result, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(orderId);
    if (!old)
        return fail(tr("order %1 is not in the registry").arg(orderId));
    OrderRecord r = *old;
    const QString oldStatus = r.status;
    r.status = result.status.isEmpty() ? QStringLiteral("Cancelled") : result.status;
    r.statusMessage.clear();
    r.group = statusGroup(r.status);
    r.lastChangedMs = nowMs;
    const OrderEvent e{0, orderId, nowMs, QStringLiteral("cancel"), oldStatus, r.status, {}, who};
    if (!writeRow(r, &e))
        return false;
    emit ordersChanged({orderId});
    emit statusChanged(orderId, oldStatus, r.status);
    return true;
}

bool OrderRegistry::attachOrderId(const QString &localId, const OrderDetails &d, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(localId);
    if (!old || !old->outcomeUnknown || isTerminal(old->group))
        return fail(tr("%1 is not an unverified submit").arg(localId));
    const OrderRecord *tracked = find(d.orderId);
    OrderRecord order = tracked ? *tracked : *old; // a new row keeps what was submitted
    const QString oldStatus = tracked ? tracked->status : QString();
    order.orderId = d.orderId;
    order.outcomeUnknown = false;
    order.notFound = false;
    order.status = d.orderStatus;
    order.statusMessage = d.orderStatusMessage;
    order.group = statusGroup(d.orderStatus);
    order.lastCheckedMs = order.lastChangedMs = nowMs;
    if (d.orderDate.isValid())
        order.orderDateMs = d.orderDate.toMSecsSinceEpoch();
    if (order.number.isEmpty())
        order.number = old->number;
    OrderRecord closed = *old;
    closed.status = tr("Received by Telegent as %1").arg(d.orderId);
    closed.group = StatusGroup::Cancelled; // closed like a "not received" one: never polled, number free
    closed.lastChangedMs = nowMs;
    const OrderEvent closing{0, localId, nowMs, QStringLiteral("verified"), old->status, closed.status,
                             tr("Checked by the agent: Telegent received this submit as order %1.").arg(d.orderId), who};
    const OrderEvent found{0, d.orderId, nowMs, QStringLiteral("attached"), oldStatus, order.status,
                           tr("The order of submit %1, whose outcome was unknown.").arg(localId), who};
    if (!m_db.isOpen())
        return fail(tr("the database is not open"));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    // The unknown row first: the number is never claimed twice, not even inside the transaction.
    if (!writeRow(closed, &closing, false) || !writeRow(order, &found, false) || !notifyPeers({localId, d.orderId})
        || !m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        load(&m_lastError); // memory follows the database
        return why.isEmpty() ? false : fail(why);
    }
    emit ordersChanged({localId});
    if (tracked)
        emit ordersChanged({d.orderId});
    else
        emit ordersAdded({d.orderId});
    emit statusChanged(d.orderId, oldStatus, order.status);
    return true;
}

bool OrderRegistry::resolveUnknownOutcome(const QString &localId, const QString &who, qint64 nowMs)
{
    const OrderRecord *old = find(localId);
    if (!old || !old->outcomeUnknown)
        return fail(tr("%1 is not an unverified submit").arg(localId));
    OrderRecord r = *old;
    r.status = tr("Not received by Telegent");
    r.group = StatusGroup::Cancelled;
    r.lastChangedMs = nowMs;
    const OrderEvent e{0, localId, nowMs, QStringLiteral("verified"), old->status, r.status,
                       tr("Checked by the agent: this submit never reached Telegent."), who};
    if (!writeRow(r, &e))
        return false;
    emit ordersChanged({localId});
    return true;
}

} // namespace portdesk
