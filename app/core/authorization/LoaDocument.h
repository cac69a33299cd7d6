#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include "domain/PortInTypes.h"

namespace portdesk {

// What a written Letter of Authorization says. There is deliberately no PIN / account password
// here: the letter goes to the customer and back, so it must never carry the secret.
struct LoaContent
{
    QStringList numbers;       // E.164, one or more
    QString currentCarrier;    // the carrier the numbers leave
    QString accountHolder;     // the name on the current carrier's account
    QString authorizingPerson; // who signs; empty = the account holder
    BillingAddress address;    // the account's billing address at the current carrier
    QString accountNumber;     // printed masked (maskedAccount)
    QDate date;                // the letter's date
    QString newProvider;       // the receiving service, named in the authorization text
};

// The customer's written Letter of Authorization (issue 18) as a PDF, made with Qt's own
// QPdfWriter and QTextDocument: the numbers, current carrier, account holder and signer, billing
// address, the account number masked but for its last 4, the date, the authorization sentence and
// a signature line. Texts come from the installed catalogue, the date and the paper size (Letter
// or A4) from the default locale. Needs a QGuiApplication (fonts); without one it fails with an
// error rather than crash, e.g. in portdesk-cli.
class LoaDocument
{
    Q_DECLARE_TR_FUNCTIONS(LoaDocument)

public:
    // The PDF's bytes; empty with *error when it could not be made.
    static QByteArray pdf(const LoaContent &content, QString *error = nullptr);
    // Writes the PDF to path through a temporary file renamed into place, readable by its owner
    // only (it holds a customer's name, address and numbers). False with *error.
    static bool write(const LoaContent &content, const QString &path, QString *error);
    // The account number as the letter prints it: every character but the last 4 replaced by a
    // bullet ("••••••7890"). Shorter than 5 characters, the last 4 would be all of it: then only
    // the last one shows ("•••4"), and a single character is masked whole. Never the full number.
    static QString maskedAccount(const QString &account);
    // The letter's body as rich text (what pdf() lays out), every user value HTML-escaped.
    static QString html(const LoaContent &content);
};

} // namespace portdesk
