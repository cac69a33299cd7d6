#include "AuthorizationRecords.h"
#include "OrderRegistry.h"
#include "OrderRows.h"
#include "OrderTexts.h"
#include "domain/OrderIds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace portdesk {

namespace {

QString tr(const char *text)
{
    // lupdate files this file's tr("...") calls under the class's qualified name.
    return QCoreApplication::translate("portdesk::AuthorizationRecords", text);
}

// A SHA-256 in hex, and nothing else: it names a file.
bool isSha256(const QString &s)
{
    return s.size() == 64 &&
           std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit() || ((c >= u'a' && c <= u'f')); });
}

} // namespace

AuthorizationRecords::AuthorizationRecords(OrderRegistry *registry, QString who)
    : m_registry(registry), m_who(std::move(who))
{
}

QString AuthorizationRecords::newAwaitingId()
{
    return kAwaitingOrderIdPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AuthorizationRecords::filesFolder(const QString &sqlitePath)
{
    return sqlitePath + QStringLiteral(".loa");
}

QString AuthorizationRecords::recordAwaiting(const PortInRequest &request, const Authorization &pending, qint64 nowMs,
                                             QString *error)
{
    QSqlDatabase &db = m_registry->m_db;
    if (!db.isOpen() || !db.transaction()) {
        *error = tr("The order database cannot record it: %1").arg(db.lastError().text());
        return {};
    }
    OrderRecord r = OrderRows::fromRequest(request, m_who, nowMs);
    r.orderId = newAwaitingId();
    r.awaitingAuthorization = true;
    r.status = OrderTexts::encode(OrderTexts::Code::AwaitingAuthorization);
    r.group = StatusGroup::Open;
    // The number is held from now on, like an open order: no second port-in of it meanwhile.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO number_claims (number, holder, since) VALUES (?, ?, ?)"));
    q.addBindValue(r.number);
    q.addBindValue(r.orderId);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        db.rollback();
        const QString holder = m_registry->claimHolder(r.number);
        *error = holder.isEmpty() ? tr("The order database cannot record it: %1").arg(q.lastError().text())
                                  : tr("%1 is already held by %2: not recorded.").arg(r.number, holder);
        return {};
    }
    const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("loa-sent"), {}, r.status, pending.toEventMessage(), m_who};
    if (!m_registry->writeRow(r, nullptr, false) || !m_registry->addAuthorization(r.orderId, e.kind, pending) ||
        !m_registry->notifyPeers({r.orderId}) || !db.commit()) {
        *error = m_registry->lastError().isEmpty() ? db.lastError().text() : m_registry->lastError();
        db.rollback();
        QString why;
        m_registry->load(&why);
        return {};
    }
    emit m_registry->ordersAdded({r.orderId});
    return r.orderId;
}

bool AuthorizationRecords::keepFile(const Authorization &a, const QByteArray &content, qint64 nowMs, QString *error)
{
    if (!isSha256(a.fileSha256)) {
        *error = tr("The signed LOA has no valid SHA-256.");
        return false;
    }
    const QString path = m_registry->sqlitePath();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        // A team database (or a throw-away registry) keeps it inside, where every desk reads it.
        QSqlQuery q(m_registry->m_db);
        q.prepare(
            QStringLiteral("INSERT INTO authorization_files (sha256, name, size, content, at) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (sha256) DO NOTHING"));
        q.addBindValue(a.fileSha256);
        q.addBindValue(OrderRows::text(a.fileName));
        q.addBindValue(qint64(content.size()));
        q.addBindValue(content);
        q.addBindValue(nowMs);
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }
    // Beside the SQLite file, readable by this user only: the customer's signature and address.
    const QString folder = filesFolder(path);
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(folder + QLatin1Char('/') + a.fileSha256);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(content) != content.size() || !file.commit()) {
        *error = tr("Cannot keep the signed LOA in %1: %2").arg(QDir::toNativeSeparators(folder), file.errorString());
        return false;
    }
    return true;
}

bool AuthorizationRecords::recordReceived(const QString &awaitingId, const Authorization &received,
                                          const QByteArray &content, qint64 nowMs, QString *error)
{
    const OrderRecord *old = m_registry->find(awaitingId);
    if (!old || !old->awaitingAuthorization || isTerminal(old->group)) {
        *error = tr("%1 is not a port-in waiting for its LOA.").arg(awaitingId);
        return false;
    }
    if (received.kind != Authorization::Kind::Written || !received.isRecorded()) {
        *error = tr("A signed LOA needs its file or a reference.");
        return false;
    }
    QSqlDatabase &db = m_registry->m_db;
    if (!db.transaction()) {
        *error = tr("The order database cannot record it: %1").arg(db.lastError().text());
        return false;
    }
    OrderRecord r = *old;
    r.status = OrderTexts::encode(OrderTexts::Code::AuthorizationReceived);
    r.lastChangedMs = nowMs;
    if ((!content.isEmpty() && !keepFile(received, content, nowMs, error)) ||
        !m_registry->writeRow(r, nullptr, false) ||
        !m_registry->addAuthorization(r.orderId, QStringLiteral("authorized"), received) ||
        !m_registry->notifyPeers({r.orderId}) || !db.commit()) {
        if (error->isEmpty())
            *error = m_registry->lastError().isEmpty() ? db.lastError().text() : m_registry->lastError();
        db.rollback();
        QString why;
        m_registry->load(&why);
        return false;
    }
    emit m_registry->ordersChanged({r.orderId});
    emit m_registry->statusChanged(r.orderId, old->status, r.status);
    return true;
}

bool AuthorizationRecords::withdraw(const QString &awaitingId, qint64 nowMs, QString *error)
{
    const OrderRecord *old = m_registry->find(awaitingId);
    if (!old || !old->awaitingAuthorization || isTerminal(old->group)) {
        *error = tr("%1 is not a port-in waiting for its LOA.").arg(awaitingId);
        return false;
    }
    OrderRecord r = *old;
    r.status = OrderTexts::encode(OrderTexts::Code::Withdrawn);
    r.group = StatusGroup::Cancelled; // never sent, never polled, the number free
    r.lastChangedMs = nowMs;
    const OrderEvent e{0, r.orderId, nowMs, QStringLiteral("withdrawn"), old->status, r.status, {}, m_who};
    const QString oldStatus = old->status;
    if (!m_registry->writeRow(r, &e)) {
        *error = m_registry->lastError();
        return false;
    }
    emit m_registry->ordersChanged({awaitingId});
    emit m_registry->statusChanged(awaitingId, oldStatus, r.status);
    return true;
}

QByteArray AuthorizationRecords::fileContent(const QString &sha256, QString *error) const
{
    if (!isSha256(sha256)) {
        *error = tr("No signed LOA is kept under %1.").arg(sha256);
        return {};
    }
    const QString path = m_registry->sqlitePath();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        QSqlQuery q(m_registry->m_db);
        q.prepare(QStringLiteral("SELECT content FROM authorization_files WHERE sha256 = ?"));
        q.addBindValue(sha256);
        if (q.exec() && q.next())
            return q.value(0).toByteArray();
        *error = q.lastError().isValid() ? q.lastError().text() : tr("No signed LOA is kept under %1.").arg(sha256);
        return {};
    }
    QFile file(filesFolder(path) + QLatin1Char('/') + sha256);
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    *error = file.errorString();
    return {};
}

} // namespace portdesk
