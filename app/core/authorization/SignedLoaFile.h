#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portdesk {

// The signed Letter of Authorization an agent attaches to a port-in (issue 18), checked before it
// is kept: a PDF, PNG or JPEG, decided by what the file holds (its first bytes), and named as what
// it is: a "scan.pdf" that is really a PNG, or a program renamed .pdf, is refused with words that
// say what it really is. At most kMaxBytes, never empty. The SHA-256 goes into the audit trail.
class SignedLoaFile
{
    Q_DECLARE_TR_FUNCTIONS(SignedLoaFile)

public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    struct Check
    {
        bool ok = false;
        QString error;        // why not, in words for the agent (empty when ok)
        QString fileName;     // base name, e.g. "signed-loa.pdf"
        QString type;         // "pdf", "png" or "jpeg" when the content is one of them
        QByteArray sha256Hex; // lower-case hex of the content, when ok
        qint64 size = -1;     // bytes, when known
        QByteArray content;   // the file itself, only when ok
    };

    // Reads and checks the file at path (a missing, unreadable or too large file is refused
    // before reading all of it).
    static Check check(const QString &path);
    // Checks content already in memory, e.g. from the team database, under the name it was
    // attached with.
    static Check fromBytes(const QByteArray &content, const QString &fileName);
};

} // namespace portdesk
