#pragma once
#include <QHash>
#include <QObject>

#include "common/Clock.h"

namespace portdesk {

class DraftStore;

// When and what of the port-in draft that survives a crash: written a pause after the last
// change, on the injected clock, never with the PIN, with the page the agent was on; read back
// for a restore. DraftStore is the file; the session decides whether there is a draft at all.
class SessionDraft : public QObject
{
    Q_OBJECT
public:
    // Written this long after the last change, not on every keystroke.
    static constexpr int kSaveDelayMs = 500;

    struct Saved
    {
        QHash<QString, QString> values; // empty: there is no draft
        QString page;
        qint64 savedAtMs = 0;
    };

    explicit SessionDraft(Clock *clock, QObject *parent = nullptr);
    ~SessionDraft() override;

    // Null: nothing is written nor read (no connection yet, or a bench).
    void setStore(DraftStore *store) { m_store = store; }
    DraftStore *store() const { return m_store; }

    // (Re)starts the pause; due() once it is over.
    void saveSoon();
    bool isPending() const { return m_timer != 0; }
    void cancel();
    // Writes these values now, the PIN left out; no values: deletes the draft.
    void save(const QHash<QString, QString> &values, const QString &page);
    // Cancels a pending save and deletes the draft.
    void remove();
    Saved load() const;

signals:
    void due();
    void saveFailed(const QString &message);

private:
    Clock *m_clock;
    DraftStore *m_store = nullptr;
    Clock::TimerId m_timer = 0;
};

} // namespace portdesk
