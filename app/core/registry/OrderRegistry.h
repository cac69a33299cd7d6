#pragma once
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

#include "authorization/Authorization.h"
#include "domain/OrderRecord.h"
#include "messaging/TextConsent.h"
#include "registry/TeamDatabase.h"

namespace portdesk {

class TeamSync;

// Every order this desk (or its team) knows, in a Qt SQL database, with an event history per
// order. Writes go to the database first; the in-memory copy and the signals follow only when
// the write succeeded, so what the desk shows is always what is stored. Nothing here ever
// stores an account PIN.
class OrderRegistry : public QObject
{
    Q_OBJECT
public:
    explicit OrderRegistry(QObject *parent = nullptr);
    ~OrderRegistry() override;

    // The default SQLite file under QStandardPaths::AppDataLocation.
    static QString defaultSqlitePath();
    // Opens (creating if needed) a SQLite registry; ":memory:" for a throw-away one. On failure
    // *error says why in words for the user and the file is left exactly as it was.
    bool openSqlite(const QString &path, QString *error);
    // Opens a team registry shared by every desk of one Telegent account: the same schema and
    // migrations, and every desk hears the others' changes within moments (TeamSync).
    bool openPostgres(const TeamDatabase &team, const QString &accountKey, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    bool isTeam() const { return m_sync != nullptr; }
    // A team database is checked every intervalMs (default 15 s); a lost connection is opened
    // again, its notifications resubscribed and every order re-read (TeamSync).
    void setTeamCheckIntervalMs(int intervalMs);
    QString lastError() const { return m_lastError; }
    // Where the orders are kept, for messages: the SQLite file, or the team database.
    QString location() const { return m_location; }
    // Who holds this number in the database itself (an open order, an unknown outcome, or a send
    // on its way from any process): the holder's id, empty when the number is free. Unlike
    // openOrderFor(), this sees what other processes recorded since this one started.
    QString claimHolder(const QString &e164);

    // --- reading (from memory) ---
    const QStringList &orderIds() const { return m_ids; } // in insertion order
    const OrderRecord *find(const QString &orderId) const;
    int count() const { return int(m_ids.size()); }
    // The order that still holds this number (not completed, not cancelled), if any.
    QString openOrderFor(const QString &e164) const;
    QList<OrderEvent> events(const QString &orderId) const;
    // Every event of these kinds, of all orders, oldest first, in one query: what the team's
    // figures read (a query per order would be thousands on a big registry).
    QList<OrderEvent> eventsOfKinds(const QStringList &kinds) const;
    // The customer's authorization of an order (its latest "authorized" or "loa-sent" event), or
    // nullptr for an order recorded without one (tracked, or from before authorizations).
    const Authorization *authorization(const QString &orderId) const;
    // The customer's answer about texts (its latest "text-consent" event); nullopt when never
    // asked - and then no text is ever sent, as after a "no".
    std::optional<TextConsent> textConsent(const QString &orderId) const;
    // The SQLite file, empty for a team database.
    QString sqlitePath() const { return m_sqlitePath; }
    // Facts kept in the registry itself (registry_meta): shared by a team database's desks.
    // Read from the database, not memory, so that another desk's change is seen at once.
    QString meta(const QString &name) const;
    bool setMeta(const QString &name, const QString &value, QString *error);
    // The notes written on an order (events of kind "note", OrderNotes), oldest first.
    QList<OrderEvent> notes(const QString &orderId) const;

    // --- writing (all return false with lastError() on a storage failure) ---
    // The moment a submit answer arrives, before anything else is done with it.
    bool recordSubmitted(const PortInRequest &request, const SubmitResult &result, const QString &who, qint64 nowMs);
    // A submit that may or may not have reached Telegent: kept under a local id, to verify.
    QString recordUnknownOutcome(const PortInRequest &request, const QString &who, qint64 nowMs);
    // An order created elsewhere, to be fetched and tracked from now on.
    bool recordTracked(const QString &orderId, const QString &who, qint64 nowMs);
    // A status answer: always updates last checked; records an event when status or message changed.
    bool applyStatus(const OrderDetails &details, qint64 nowMs);
    // Many answers in one transaction and one ordersChanged signal (a team refresh, a benchmark).
    bool applyStatuses(const QList<OrderDetails> &details, qint64 nowMs);
    bool markNotFound(const QString &orderId, qint64 nowMs);
    bool recordUpdate(const UpdatePortInRequest &request, const UpdateResult &result, const QString &who, qint64 nowMs);
    bool recordCancelled(const QString &orderId, const CancelResult &result, const QString &who, qint64 nowMs);
    // The agent checked an unknown-outcome submit and found it never reached Telegent: the row
    // is closed (kept, with its history), never polled.
    bool resolveUnknownOutcome(const QString &localId, const QString &who, qint64 nowMs);
    // The agent found the order an unknown-outcome submit created (checked with a GET order):
    // in one transaction the unknown row is closed and the order recorded with the submit's
    // details (or, if already tracked, given this answer), so the number is claimed throughout.
    bool attachOrderId(const QString &localId, const OrderDetails &order, const QString &who, qint64 nowMs);

signals:
    void ordersAdded(const QStringList &orderIds);
    void ordersChanged(const QStringList &orderIds);
    // Telegent's status text changed (old may be empty for a first answer).
    void statusChanged(const QString &orderId, const QString &oldStatus, const QString &newStatus);
    // A write failed: nothing was lost in memory, but the desk must say so.
    void storageFailed(const QString &message);
    // Events were added to these orders' histories, by this desk or (as a peer's notice says)
    // by another desk of the team: a note, a status, an update... events() has them.
    void historyChanged(const QStringList &orderIds);

private:
    friend class SendJournal;          // writes the intent, the claim and the order in one transaction
    friend class AuthorizationRecords; // the port-ins waiting for their LOA, in the same way
    friend class OrderNotes;           // a note is an event of its own, written the same way
    friend class CustomerTexts;        // a text's intent and answer are events of its order, the same way
    bool load(QString *error);
    // Keeps number_claims in step with a row just written (inside its transaction).
    bool updateClaim(const OrderRecord *old, const OrderRecord &row);
    // Tells the other desks of a team which orders this transaction changed (on commit).
    bool notifyPeers(const QStringList &orderIds);
    // Rows another desk changed: memory follows, and what differs is signalled.
    void takePeerRows(const QList<OrderRecord> &rows);
    bool writeRow(const OrderRecord &record, const OrderEvent *event, bool ownTransaction = true);
    bool addEvent(const OrderEvent &event);
    // An authorization event of an order (inside the caller's transaction); memory follows.
    bool addAuthorization(const QString &orderId, const QString &eventKind, const Authorization &authorization);
    // A "text-consent" event of an order (inside the caller's transaction); memory follows.
    bool addTextConsent(const QString &orderId, const TextConsent &consent);
    // The authorizations and text consents of these orders (all: empty list), read from the events.
    bool loadAuthorizations(const QStringList &orderIds, QString *error);
    // The notes of these orders (all: empty list), read from the events.
    bool loadNotes(const QStringList &orderIds, QString *error);
    // historyChanged() for the orders whose events were written since it was last emitted.
    void signalHistory();
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    QString m_lastError;
    TeamSync *m_sync = nullptr; // only for a team database
    QStringList m_ids;
    QHash<QString, OrderRecord> m_orders;
    QHash<QString, Authorization> m_authorizations;
    QHash<QString, TextConsent> m_textConsents;
    QHash<QString, QList<OrderEvent>> m_notes;
    QStringList m_unsignalledHistory; // orders given an event by a write not yet signalled
    QString m_sqlitePath;
};

} // namespace portdesk
