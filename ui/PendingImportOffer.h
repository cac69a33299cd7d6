#pragma once
#include <QObject>

class QWidget;

namespace portdesk {
struct PendingBatch;
}

namespace portdesk::ui {

// The rows an earlier CSV import left unsent, offered back to the agent: the sentence that says
// so (the start-up question, the Import button's question and the Orders view's line all use it),
// the start-up question, and the one the Import button asks before another file replaces them.
class PendingImportOffer : public QObject
{
    Q_OBJECT
public:
    // The questions open over `parent`.
    explicit PendingImportOffer(QWidget *parent);

    // "N row(s) of FILE were not sent."
    static QString unsentText(const PendingBatch &batch);

    // At start: "Resume / Later", without blocking, once (until rearm()), when the store holds
    // unsent rows. Returns whether it asked. Later keeps the rows: the Orders view goes on
    // offering them.
    bool offerOnce(const QString &storePath);
    // The desk switched connection: the next offerOnce() asks again (the other mode's rows).
    void rearm() { m_offered = false; }

    enum class Choice
    {
        Resume,
        Forget,
        Keep
    };
    // Before another file is imported: Resume, forget them and import, or cancel (keep them).
    static Choice askBeforeReplacing(const PendingBatch &batch, QWidget *parent);

signals:
    // "Resume" was chosen at start: open the import dialog on the unsent rows.
    void resumeRequested();

private:
    QWidget *m_parent;
    bool m_offered = false;
};

} // namespace portdesk::ui
