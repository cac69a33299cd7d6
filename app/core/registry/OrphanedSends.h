#pragma once
#include <QList>
#include <QString>

class QSqlDatabase;

namespace portdesk {

// A send whose intent is still 'sending' although no process is waiting for its answer any more.
struct OrphanedSend
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString operation, number, orderId, who;
    QString consent; // the authorization a submit went out with (SendJournal)
};

// Which intents a stopped process left behind: on this host, those whose process no longer runs;
// from another host (whose processes can not be seen), those older than foreignAfterMs. The
// journal turns them into unknown outcomes (SendJournal::recoverOrphans). Empty with *error set
// when the intents can not be read.
QList<OrphanedSend> findOrphanedSends(QSqlDatabase &db, qint64 nowMs, qint64 foreignAfterMs, QString *error);
// Whether the process (on this host) that wrote a row still in flight may still be waiting for its
// answer: the rule for send intents and customer texts alike. Not knowable off Unix: true.
bool writerMayStillRun(qint64 pid);

} // namespace portdesk
