#pragma once
#include <QByteArray>
#include <QString>

#include "authorization/Authorization.h"
#include "domain/PortInTypes.h"

namespace portdesk {

class OrderRegistry;

// The registry's side of a written LOA, before anything is sent: the port-in that waits for the
// customer's signature (a row under a local "LOA-" id that holds its number, never the PIN),
// the signed copy when it comes back (its content kept beside a SQLite registry, owner-only, or
// in the team database; its name and SHA-256 in the order's history) and a port-in withdrawn
// before it was submitted. The submit itself goes through SendJournal, which carries the
// authorization into the order it creates.
class AuthorizationRecords
{
public:
    AuthorizationRecords(OrderRegistry *registry, QString who);

    // The LOA was created and given to the customer: the port-in waits. Returns its local id,
    // or empty with *error (the number already held, or the storage).
    QString recordAwaiting(const PortInRequest &request, const Authorization &pending, qint64 nowMs, QString *error);
    // The signed copy came back: `received` is a written authorization with a file (its content
    // given here, already checked: authorization/SignedLoaFile) or a reference.
    bool recordReceived(const QString &awaitingId, const Authorization &received, const QByteArray &content,
                        qint64 nowMs, QString *error);
    // The customer never signed, or the agent started over: closed, number free.
    bool withdraw(const QString &awaitingId, qint64 nowMs, QString *error);
    // Keeps a signed copy (checked: authorization/SignedLoaFile) under its SHA-256, before the
    // submit whose "authorized" event names it; keeping the same content twice is no error.
    bool keepFile(const Authorization &written, const QByteArray &content, qint64 nowMs, QString *error);
    // A signed copy's content, by SHA-256; empty with *error when it is not kept.
    QByteArray fileContent(const QString &sha256, QString *error) const;

    // Where a SQLite registry keeps the signed copies: a folder beside it, owner-only.
    static QString filesFolder(const QString &sqlitePath);
    static QString newAwaitingId();

private:
    OrderRegistry *m_registry;
    QString m_who;
};

} // namespace portdesk
