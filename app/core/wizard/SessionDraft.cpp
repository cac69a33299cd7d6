#include "SessionDraft.h"
#include "DraftStore.h"
#include "domain/validation/FieldNames.h"

namespace portdesk {

SessionDraft::SessionDraft(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

SessionDraft::~SessionDraft()
{
    cancel();
}

void SessionDraft::saveSoon()
{
    cancel(); // one write a pause after the last change, not one per keystroke
    m_timer = m_clock->callAfter(kSaveDelayMs, this, [this] {
        m_timer = 0;
        emit due();
    });
}

void SessionDraft::cancel()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void SessionDraft::save(const QHash<QString, QString> &values, const QString &page)
{
    if (!m_store)
        return;
    if (values.isEmpty()) {
        m_store->remove();
        return;
    }
    QVariantMap fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != FieldName::CurrentAccountPassword)
            fields.insert(it.key(), it.value());
    }
    QString error;
    if (!m_store->save(fields, m_clock->nowMs(), page, &error))
        emit saveFailed(error);
}

void SessionDraft::remove()
{
    cancel();
    if (m_store)
        m_store->remove();
}

SessionDraft::Saved SessionDraft::load() const
{
    Saved saved;
    if (!m_store)
        return saved;
    const QVariantMap fields = m_store->load(&saved.savedAtMs, &saved.page);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != FieldName::CurrentAccountPassword)
            saved.values.insert(it.key(), it.value().toString());
    }
    return saved;
}

} // namespace portdesk
