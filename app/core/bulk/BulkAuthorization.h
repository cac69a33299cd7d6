#pragma once
#include <QCoreApplication>
#include <QString>

#include "authorization/Authorization.h"

namespace portdesk {

class OrderRegistry;

// The customer's authorization of a port-in that does not come through the wizard (issue 18 §3):
// a bulk CSV's Authorization column, and portdesk-cli's flags for one JSON request. One rule for
// the GUI's import and the CLI alike. A cell holds
//   verbal:AGENT        the agent read the team's script on the call (refused when the team
//                       requires a signed LOA: AuthorizationSettings);
//   received:REFERENCE  a signed LOA that came back outside PortDesk (by mail...), by reference;
//   anything else       the signed LOA's file, checked by authorization/SignedLoaFile (a relative
//                       path is read from the CSV file's folder);
//   nothing             no authorization: the row is not sent.
// A file is checked when the rows are, and read again when its row is sent (a batch never holds
// every letter in memory): keep() refuses it if it changed meanwhile, else the registry keeps its
// copy before the submit whose "authorized" event names it.
class BulkAuthorization
{
    Q_DECLARE_TR_FUNCTIONS(BulkAuthorization)

public:
    struct Result
    {
        Authorization authorization; // recorded, when ok
        QString path;                // a signed file's absolute path; empty for the other kinds
        QString error;               // why the row is not sent, for the agent; empty when ok
        bool ok() const { return error.isEmpty(); }
    };

    // The team's rule and script, read from the registry once for a whole file; `who`: the agent
    // who imports (the one who records a written LOA); `folder`: where relative paths start;
    // `nowMs`: when the authorizations are recorded (the import's time).
    BulkAuthorization(OrderRegistry *registry, QString who, QString folder, qint64 nowMs);
    BulkAuthorization(AuthorizationPolicy policy, QString scriptVersion, QString who, QString folder, qint64 nowMs);

    Result parse(const QString &cell, const QString &accountHolder) const;

    // Just before its row is sent: a signed file read again must still be the one checked; the
    // registry then keeps its copy (AuthorizationRecords::keepFile). False with *error: the row
    // is not sent (*storage: because the registry could not keep it, not because of the file).
    static bool keep(OrderRegistry *registry, const QString &who, const Authorization &checked, const QString &path,
                     qint64 nowMs, QString *error, bool *storage);

    static QString column(); // "Authorization", as in the CSV header and the row's messages

private:
    Result verbal(const QString &agent, const QString &accountHolder) const;
    Result received(const QString &reference, const QString &accountHolder) const;
    Result file(const QString &path, const QString &accountHolder) const;

    AuthorizationPolicy m_policy;
    QString m_scriptVersion;
    QString m_who;
    QString m_folder;
    qint64 m_nowMs;
};

} // namespace portdesk
