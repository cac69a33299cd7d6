#include "SecretText.h"

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

} // namespace

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

bool holdsAccountNumber(const QString &text, const QString &accountNumber)
{
    const QString account = alnum(accountNumber);
    return account.size() >= 4 && alnum(text).contains(account);
}

} // namespace portdesk
