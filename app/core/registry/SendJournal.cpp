#include "SendJournal.h"
#include "OrderChanges.h"
#include "OrderRegistry.h"
#include "OrderRows.h"
#include "OrderTexts.h"
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

QString intentHolder(qint64 intent)
{
    return QStringLiteral("intent:%1").arg(intent);
}

ApiError claimedError(const QString &number, const QString &holder)
{
    QString message;
    if (holder.startsWith(QLatin1String("intent:")))
        message =
            QCoreApplication::translate(
                "SendJournal",
                "%1 is being sent right now by another PortDesk process using this order database: not sent again.")
                .arg(number);
    else if (holder.startsWith(QLatin1String("UNKNOWN-")))
        message = QCoreApplication::translate(
                      "SendJournal",
                      "%1 was sent before without a clear answer (%2): verify that submit in the orders view before "
                      "sending the number again. Not sent.")
                      .arg(number, holder);
    else
        message = QCoreApplication::translate("SendJournal", "%1 already has an open order (%2): not sent.")
                      .arg(number, holder);
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.message = message;
    e.fieldErrors.insert(QStringLiteral("PortInNumber"), {message});
    return e;
}

// What a refusal keeps (send_intents.answer): the kind's code, the HTTP status and the server's
// words without the PIN (a server may echo a field back) and through redaction. The client's own
// explanations (network, timeout, configuration, unreadable answers) are words in this desk's
// language: a shared database gets their kind only.
QString refusalText(const ApiError &error, const QString &pin = {})
{
    using K = ApiError::Kind;
    QString text = ApiError::kindName(error.kind);
    if (error.httpStatus)
        text += QStringLiteral(" HTTP %1").arg(error.httpStatus);
    const bool serverWords = error.kind == K::Http || error.kind == K::Authentication || error.kind == K::Permission ||
                             error.kind == K::NotFound || error.kind == K::RateLimited || error.kind == K::Validation;
    QString message = serverWords ? error.message : QString();
    if (!pin.isEmpty())
        message.replace(pin, QLatin1String(redaction::kMask));
    if (!message.isEmpty())
        text += QStringLiteral(": ") + redaction::redact(message).left(500);
    return text;
}

} // namespace

SendJournal::SendJournal(OrderRegistry *registry, QString who) : m_registry(registry), m_who(std::move(who)) {}

void SendJournal::setAuthorization(const Authorization &authorization, const QString &resumes)
{
    m_authorization = authorization;
    m_resumes = resumes;
}

QString SendJournal::consentRecord() const
{
    QJsonObject o = QJsonDocument::fromJson(m_authorization.toRecord().toUtf8()).object();
    if (!m_resumes.isEmpty())
        o.insert(QLatin1String("resumes"), m_resumes);
    if (m_textConsent.asked)
        o.insert(QLatin1String("texts"), QJsonDocument::fromJson(m_textConsent.toRecord().toUtf8()).object());
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void SendJournal::takeConsentRecord(const QString &record)
{
    m_authorization = Authorization::fromRecord(record);
    const QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
    m_resumes = o.value(QLatin1String("resumes")).toString();
    const QJsonObject texts = o.value(QLatin1String("texts")).toObject();
    m_textConsent =
        texts.isEmpty()
            ? TextConsent()
            : TextConsent::fromRecord(QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
}

bool SendJournal::recordAuthorization(const QString &orderId, qint64 nowMs, QString *why)
{
    if (m_authorization.kind != Authorization::Kind::None &&
        !m_registry->addAuthorization(orderId, QStringLiteral("authorized"), m_authorization)) {
        *why = m_registry->lastError();
        return false;
    }
    if (m_textConsent.asked && !m_registry->addTextConsent(orderId, m_textConsent)) {
        *why = m_registry->lastError();
        return false;
    }
    const OrderRecord *waiting = m_resumes.isEmpty() ? nullptr : m_registry->find(m_resumes);
    if (!waiting || isTerminal(waiting->group))
        return true;
    OrderRecord closed = *waiting;
    closed.status = OrderTexts::encode(OrderTexts::Code::SubmittedAs, {orderId});
    closed.group = StatusGroup::Cancelled; // closed like a verified unknown outcome: the submit's row holds the number
    closed.lastChangedMs = nowMs;
    const OrderEvent e{0, m_resumes, nowMs, QStringLiteral("submitted-as"), waiting->status, closed.status, {}, m_who};
    if (!m_registry->writeRow(closed, &e, false) || !m_registry->notifyPeers({m_resumes})) {
        *why = m_registry->lastError();
        return false;
    }
    return true;
}

ApiError SendJournal::storageError(const QString &location, const QString &cause, bool sent)
{
    ApiError e;
    e.kind = ApiError::Kind::Storage;
    const QString where = location.isEmpty() ? QCoreApplication::translate("SendJournal", "(none)") : location;
    e.message = sent ? QCoreApplication::translate("SendJournal",
                                                   "The order database %1 could not record Telegent's answer: %2")
                           .arg(where, cause.trimmed())
                     : QCoreApplication::translate("SendJournal",
                                                   "Nothing was sent: the order database %1 cannot record the send: %2")
                           .arg(where, cause.trimmed());
    return e;
}

bool SendJournal::beginWrite(QString *why)
{
    QSqlDatabase &db = m_registry->m_db;
    if (!db.isOpen()) {
        *why = m_registry->lastError().isEmpty() ? QCoreApplication::translate("SendJournal", "it is not open")
                                                 : m_registry->lastError();
        return false;
    }
    if (db.driverName() == QLatin1String("QSQLITE")) {
        // The write lock at once (waiting out the busy timeout), not at the first write.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        *why = q.lastError().text();
        return false;
    }
    if (db.transaction())
        return true;
    *why = db.lastError().text();
    return false;
}

void SendJournal::rollback()
{
    m_registry->m_db.rollback();
    QString why;
    if (!m_registry->load(&why))
        qCWarning(lcApp).noquote() << why;
}

bool SendJournal::closeIntent(qint64 intent, const QString &state, const QString &orderId, const QString &answer,
                              QString *why)
{
    QSqlQuery q(m_registry->m_db);
    q.prepare(QStringLiteral("UPDATE send_intents SET state = ?, order_id = ?, answer = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(orderId.isNull() ? QStringLiteral("") : orderId);
    q.addBindValue(answer.isNull() ? QStringLiteral("") : answer);
    q.addBindValue(intent);
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

bool SendJournal::moveClaim(qint64 intent, const QString &holder, QString *why)
{
    QSqlQuery q(m_registry->m_db);
    if (holder.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM number_claims WHERE holder = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE number_claims SET holder = ? WHERE holder = ?"));
        q.addBindValue(holder);
    }
    q.addBindValue(intentHolder(intent));
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

qint64 SendJournal::insertIntent(const QString &operation, const QString &number, const QString &orderId, qint64 nowMs,
                                 ApiError *error)
{
    QString why;
    if (!m_registry || !beginWrite(&why)) {
        *error = storageError(m_registry ? m_registry->location() : QString(),
                              m_registry ? why : QCoreApplication::translate("SendJournal", "there is none"));
        return 0;
    }
    QSqlDatabase &db = m_registry->m_db;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO send_intents (operation, number, order_id, who, at, host, pid, state, consent) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?) RETURNING id"));
    // Empty, never NULL: the columns are NOT NULL (a null QString binds as NULL).
    const auto text = [](const QString &v) { return QVariant(v.isNull() ? QStringLiteral("") : v); };
    for (const QVariant &v : {text(operation), text(number), text(orderId), text(m_who), QVariant(nowMs),
                              QVariant(QSysInfo::machineHostName()), QVariant(QCoreApplication::applicationPid()),
                              text(operation == QLatin1String("submit") ? consentRecord() : QString())})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        why = q.lastError().text();
        q.finish();
        db.rollback();
        *error = storageError(m_registry->location(), why);
        return 0;
    }
    const qint64 intent = q.value(0).toLongLong();
    q.finish();
    return intent; // the transaction stays open for the caller
}

bool SendJournal::commit(ApiError *error)
{
    QSqlDatabase &db = m_registry->m_db;
    if (db.commit())
        return true;
    const QString why = db.lastError().text();
    db.rollback();
    *error = storageError(m_registry->location(), why);
    return false;
}

qint64 SendJournal::beforeSubmit(const QString &e164, qint64 nowMs, ApiError *error)
{
    const qint64 intent = insertIntent(QStringLiteral("submit"), e164, QString(), nowMs, error);
    if (!intent)
        return 0;
    QSqlDatabase &db = m_registry->m_db;
    QSqlQuery q(db);
    if (!m_resumes.isEmpty()) {
        // The waiting port-in hands its number to this submit: only if it still holds it.
        q.prepare(QStringLiteral("UPDATE number_claims SET holder = ? WHERE number = ? AND holder = ?"));
        q.addBindValue(intentHolder(intent));
        q.addBindValue(e164);
        q.addBindValue(m_resumes);
        if (q.exec() && q.numRowsAffected() == 1)
            return commit(error) ? intent : 0;
        const QString why = q.lastError().text();
        db.rollback();
        const QString holder = m_registry->claimHolder(e164);
        *error = holder.isEmpty() || holder == m_resumes ? storageError(m_registry->location(), why)
                                                         : claimedError(e164, holder);
        return 0;
    }
    q.prepare(QStringLiteral("INSERT INTO number_claims (number, holder, since) VALUES (?, ?, ?)"));
    q.addBindValue(e164);
    q.addBindValue(intentHolder(intent));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        db.rollback();
        // The primary key said no: someone holds the number. Anything else is the storage.
        const QString holder = m_registry->claimHolder(e164);
        *error = holder.isEmpty() ? storageError(m_registry->location(), why) : claimedError(e164, holder);
        return 0;
    }
    return commit(error) ? intent : 0;
}

SendJournal::Answer SendJournal::afterSubmit(qint64 intent, const PortInRequest &request, bool ok,
                                             const SubmitResult &result, const ApiError &error, qint64 nowMs)
{
    QSqlDatabase &db = m_registry->m_db;
    QString why;
    const auto storageFailed = [&](const QString &orderId) {
        rollback();
        // The intent is still in the file: the next start turns it into an unknown outcome.
        Answer a{Outcome::Unknown, {}, storageError(m_registry->location(), why, true)};
        a.error.message +=
            QLatin1Char(' ') +
            (orderId.isEmpty()
                 ? QCoreApplication::translate("SendJournal", "It may or may not have reached Telegent.")
                 : QCoreApplication::translate("SendJournal", "Telegent created order %1.").arg(orderId)) +
            QLatin1Char(' ') +
            QCoreApplication::translate(
                "SendJournal", "Do not send it again: PortDesk records it as an unknown outcome at its next start.");
        qCWarning(lcApp).noquote() << a.error.message;
        return a;
    };
    if (ok && !result.orderId.isEmpty()) {
        if (!beginWrite(&why))
            return storageFailed(result.orderId);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT number FROM orders WHERE order_id = ?"));
        q.addBindValue(result.orderId);
        if (!q.exec())
            return why = q.lastError().text(), storageFailed(result.orderId);
        if (q.next()) {
            // Telegent gave an OrderId this registry already has: keep both facts, merge nothing.
            const QString other = q.value(0).toString();
            q.finish();
            const OrderRecord u = OrderChanges::unknownOutcome(request, m_who, nowMs).row;
            ApiError flagged;
            flagged.kind = ApiError::Kind::BadResponse;
            // Stored as a code, shown to this agent in their language.
            const QString stored =
                OrderTexts::encode(OrderTexts::Code::DuplicateOrderId, {result.orderId, other, u.orderId});
            flagged.message = OrderTexts::display(stored);
            const OrderEvent e{0, u.orderId, nowMs, QStringLiteral("duplicate-order-id"), {}, {}, stored, m_who};
            if (!moveClaim(intent, u.orderId, &why) || !m_registry->writeRow(u, &e, false) ||
                !recordAuthorization(u.orderId, nowMs, &why) ||
                !closeIntent(intent, QStringLiteral("duplicate"), result.orderId, {}, &why) ||
                !m_registry->notifyPeers({u.orderId}) || !db.commit()) {
                if (why.isEmpty())
                    why = m_registry->lastError();
                return storageFailed(result.orderId);
            }
            emit m_registry->ordersAdded({u.orderId});
            if (!m_resumes.isEmpty())
                emit m_registry->ordersChanged({m_resumes});
            qCWarning(lcApp).noquote() << flagged.message;
            return {Outcome::Duplicate, u.orderId, flagged};
        }
        q.finish();
        const OrderRecord r = OrderRows::fromSubmit(request, result, m_who, nowMs);
        const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("submitted"), {}, r.status, {}, m_who};
        if (!moveClaim(intent, r.orderId, &why) || !m_registry->writeRow(r, &e, false) ||
            !recordAuthorization(r.orderId, nowMs, &why) ||
            !closeIntent(intent, QStringLiteral("ordered"), r.orderId, r.status, &why) ||
            !m_registry->notifyPeers({r.orderId}) || !db.commit()) {
            if (why.isEmpty())
                why = m_registry->lastError().isEmpty() ? db.lastError().text() : m_registry->lastError();
            return storageFailed(result.orderId);
        }
        emit m_registry->ordersAdded({r.orderId});
        if (!m_resumes.isEmpty())
            emit m_registry->ordersChanged({m_resumes});
        return {Outcome::Ordered, r.orderId, {}};
    }
    if (ok || error.outcomeUnknown()) {
        ApiError reported = error;
        if (ok) { // an answer without an OrderId is no answer
            reported.kind = ApiError::Kind::UnknownOutcome;
            reported.message = QCoreApplication::translate(
                "SendJournal", "Telegent's answer carried no OrderId: the port-in may or may not have been created.");
        }
        const Answer a = abandonSubmit(intent, request, nowMs);
        if (a.error.kind == ApiError::Kind::Storage) {
            Answer failed = a;
            failed.error.message = reported.message + QLatin1Char(' ') + a.error.message;
            return failed;
        }
        return {Outcome::Unknown, a.orderId, reported};
    }
    // A definite refusal: nothing was created, the number is free again (or back with the
    // port-in that waited for its LOA, still waiting to be sent).
    if (!beginWrite(&why) || !moveClaim(intent, m_resumes, &why) ||
        !closeIntent(intent, QStringLiteral("refused"), {}, refusalText(error, request.currentAccountPassword), &why) ||
        !db.commit()) {
        rollback();
        qCWarning(lcApp).noquote()
            << "a refused submit could not be recorded (it becomes an unknown outcome at the next start):" << why;
    }
    return {Outcome::Refused, {}, error};
}

SendJournal::Answer SendJournal::abandonSubmit(qint64 intent, const PortInRequest &request, qint64 nowMs)
{
    QSqlDatabase &db = m_registry->m_db;
    QString why;
    const OrderChanges::Change change = OrderChanges::unknownOutcome(request, m_who, nowMs);
    const OrderRecord &u = change.row;
    const OrderEvent &e = change.event;
    if (!beginWrite(&why) || !moveClaim(intent, u.orderId, &why) || !m_registry->writeRow(u, &e, false) ||
        !recordAuthorization(u.orderId, nowMs, &why) ||
        !closeIntent(intent, QStringLiteral("unknown"), u.orderId, {}, &why) || !m_registry->notifyPeers({u.orderId}) ||
        !db.commit()) {
        if (why.isEmpty())
            why = m_registry->lastError();
        rollback();
        Answer a{Outcome::Unknown, {}, storageError(m_registry->location(), why, true)};
        a.error.message +=
            QLatin1Char(' ') +
            QCoreApplication::translate("SendJournal", "PortDesk records it as an unknown outcome at its next start.");
        return a;
    }
    emit m_registry->ordersAdded({u.orderId});
    if (!m_resumes.isEmpty())
        emit m_registry->ordersChanged({m_resumes});
    ApiError unknown;
    unknown.kind = ApiError::Kind::UnknownOutcome;
    return {Outcome::Unknown, u.orderId, unknown};
}

qint64 SendJournal::beforeAction(const QString &operation, const QString &orderId, qint64 nowMs, ApiError *error)
{
    const qint64 intent = insertIntent(operation, QString(), orderId, nowMs, error);
    return intent && commit(error) ? intent : 0;
}

ApiError SendJournal::afterUpdate(qint64 intent, const UpdatePortInRequest &request, bool ok,
                                  const UpdateResult &result, const ApiError &error, qint64 nowMs)
{
    ApiError reported = error;
    QString why;
    if (ok && !m_registry->recordUpdate(request, result, m_who, nowMs))
        return storageError(m_registry->location(), m_registry->lastError(), true);
    const QString state = ok                       ? QStringLiteral("done")
                          : error.outcomeUnknown() ? QStringLiteral("unknown")
                                                   : QStringLiteral("refused");
    if (!closeIntent(intent, state, request.orderId,
                     ok ? result.status : refusalText(error, request.currentAccountPassword), &why))
        qCWarning(lcApp).noquote() << "an update's answer could not be closed in the journal:" << why;
    return reported;
}

ApiError SendJournal::afterCancel(qint64 intent, const QString &orderId, bool ok, const CancelResult &result,
                                  const ApiError &error, qint64 nowMs)
{
    QString why;
    if (ok && !m_registry->recordCancelled(orderId, result, m_who, nowMs))
        return storageError(m_registry->location(), m_registry->lastError(), true);
    const QString state = ok                       ? QStringLiteral("done")
                          : error.outcomeUnknown() ? QStringLiteral("unknown")
                                                   : QStringLiteral("refused");
    if (!closeIntent(intent, state, orderId, ok ? result.status : refusalText(error), &why))
        qCWarning(lcApp).noquote() << "a cancel's answer could not be closed in the journal:" << why;
    return error;
}

int SendJournal::recoverOrphans(qint64 nowMs, QString *error)
{
    if (!m_registry->isOpen())
        return 0;
    QSqlDatabase &db = m_registry->m_db;
    error->clear();
    const QList<OrphanedSend> orphans = findOrphanedSends(db, nowMs, kForeignOrphanMs, error);
    if (!error->isEmpty())
        return -1;
    if (orphans.isEmpty())
        return 0;
    QString why;
    if (!beginWrite(&why)) {
        *error = QCoreApplication::translate("SendJournal", "Cannot record the interrupted sends: %1").arg(why);
        return -1;
    }
    QStringList added, resumed;
    for (const OrphanedSend &i : orphans) {
        bool done = true;
        if (i.operation == QLatin1String("submit")) {
            OrderRecord u;
            u.orderId = OrderChanges::newUnknownId();
            u.number = i.number;
            u.submittedAtMs = u.lastChangedMs = i.atMs;
            u.submittedBy = i.who;
            u.outcomeUnknown = true;
            u.group = StatusGroup::Unknown;
            const OrderEvent e{0,
                               u.orderId,
                               nowMs,
                               QStringLiteral("unknown-outcome"),
                               {},
                               {},
                               OrderTexts::encode(OrderTexts::Code::InterruptedSubmit),
                               i.who};
            takeConsentRecord(i.consent); // the authorization it was sent with stays with it
            done = moveClaim(i.id, u.orderId, &why) && m_registry->writeRow(u, &e, false) &&
                   recordAuthorization(u.orderId, nowMs, &why) &&
                   closeIntent(i.id, QStringLiteral("unknown"), u.orderId, {}, &why);
            if (!m_resumes.isEmpty())
                resumed << m_resumes;
            added << u.orderId;
        } else {
            const OrderRecord *order = m_registry->find(i.orderId);
            if (order) {
                const OrderEvent e{0,
                                   i.orderId,
                                   nowMs,
                                   QStringLiteral("unknown-outcome"),
                                   order->status,
                                   order->status,
                                   OrderTexts::encode(OrderTexts::Code::InterruptedAction, {i.operation}),
                                   i.who};
                done = m_registry->addEvent(e);
            }
            done = done && closeIntent(i.id, QStringLiteral("unknown"), i.orderId, {}, &why);
        }
        if (!done) {
            *error = QCoreApplication::translate("SendJournal", "Cannot record the interrupted sends: %1")
                         .arg(why.isEmpty() ? m_registry->lastError() : why);
            rollback();
            return -1;
        }
    }
    // Other desks of a team see these at once, like every order written.
    if ((!added.isEmpty() && !m_registry->notifyPeers(added + resumed)) || !db.commit()) {
        *error = QCoreApplication::translate("SendJournal", "Cannot record the interrupted sends: %1")
                     .arg(db.lastError().text());
        rollback();
        return -1;
    }
    if (!added.isEmpty())
        emit m_registry->ordersAdded(added);
    if (!resumed.isEmpty())
        emit m_registry->ordersChanged(resumed);
    qCWarning(lcApp).noquote() << orphans.size() << "send(s) interrupted by a stop were recorded as unknown outcomes";
    return int(orphans.size());
}

} // namespace portdesk
