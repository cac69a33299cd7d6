#include "OrderNotes.h"
#include "OrderRegistry.h"
#include "domain/ControlChars.h"

#include <QSqlError>
#include <QStringList>
#include <algorithm>

namespace portdesk {

namespace {

// Letters and digits only, lower case: "12-34 5678" and "12345678" compare equal.
QString alnum(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The words of a text, lower case, split at anything but a letter or a digit.
QStringList words(const QString &s)
{
    QStringList out;
    QString word;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// The words that name a secret, one word or several, in English, Spanish and French.
const QList<QStringList> &pinWords()
{
    static const QList<QStringList> list = [] {
        QList<QStringList> out;
        for (const char *phrase :
             {"pin", "nip", "passcode", "password", "passwd", "pwd", "pass code", "pass word", "secret code",
              "security code", "contraseña", "contrasena", "clave", "código secreto", "codigo secreto", "mot de passe",
              "mdp", "code secret", "code confidentiel"})
            out << QString::fromUtf8(phrase).split(QLatin1Char(' '));
        return out;
    }();
    return list;
}

constexpr int kWordsAfter = 4; // how far after the PIN word a value is looked for
constexpr int kMinPin = 4;
constexpr int kMaxPin = 10;

// Whether a PIN word is followed, within a few words, by a run of 4–10 characters with digits
// ("is 4417", ": 88 12": consecutive words with digits count as one run).
bool looksLikePin(const QString &text)
{
    const QStringList w = words(text);
    for (qsizetype i = 0; i < w.size(); ++i) {
        for (const QStringList &phrase : pinWords()) {
            if (i + phrase.size() > w.size() || w.mid(i, phrase.size()) != phrase)
                continue;
            const qsizetype from = i + phrase.size();
            QString run;
            for (qsizetype j = from; j < std::min(w.size(), from + kWordsAfter + 1); ++j) {
                if (hasDigit(w.at(j))) {
                    run += w.at(j);
                    if (run.size() >= kMinPin && run.size() <= kMaxPin)
                        return true;
                } else {
                    run.clear();
                }
            }
        }
    }
    return false;
}

} // namespace

OrderNotes::OrderNotes(OrderRegistry *registry) : m_registry(registry) {}

QString OrderNotes::check(const OrderRecord &order, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The note is empty: write what the next person should know.");
    if (text.size() > kMaxLength)
        return tr("A note holds at most %1 characters; this one has %2.").arg(kMaxLength).arg(text.size());
    if (const auto c = firstControlOrFormat(text))
        return tr("The note contains a character that is not text (%1): remove it.")
            .arg(escapeControls(QString::fromUcs4(&*c, 1)));
    const QString account = alnum(order.accountNumber);
    if (account.size() >= 4 && alnum(text).contains(account))
        return tr("The note contains the order's account number: notes are read by the whole team, "
                  "so leave it out.");
    if (looksLikePin(text))
        return tr("The note looks like it holds a PIN or password: PortDesk never keeps one, so leave "
                  "the digits out (\"new PIN to come\" is fine).");
    return {};
}

bool OrderNotes::add(const QString &orderId, const QString &text, const QString &who, qint64 nowMs, QString *error)
{
    const OrderRecord *order = m_registry->find(orderId);
    if (!order) {
        *error = tr("Order %1 is not in the registry.").arg(orderId);
        return false;
    }
    *error = check(*order, text);
    if (!error->isEmpty())
        return false;
    QSqlDatabase &db = m_registry->m_db;
    m_registry->m_lastError.clear(); // what a failure below says, not an older one
    if (!db.isOpen() || !db.transaction()) {
        *error = tr("Could not save the note: %1").arg(db.lastError().text());
        return false;
    }
    const OrderEvent e{0, orderId, nowMs, QStringLiteral("note"), {}, {}, text, who};
    if (!m_registry->addEvent(e) || !m_registry->notifyPeers({orderId}) || !db.commit()) {
        *error = m_registry->lastError().isEmpty() ? tr("Could not save the note: %1").arg(db.lastError().text())
                                                   : m_registry->lastError();
        db.rollback();
        m_registry->m_unsignalledHistory.removeAll(orderId);
        return false;
    }
    QString why;
    if (!m_registry->loadNotes({orderId}, &why)) // the stored note, with its id
        m_registry->m_notes[orderId].append(e);
    m_registry->signalHistory();
    return true;
}

} // namespace portdesk
