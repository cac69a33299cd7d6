#pragma once
#include <QSqlDatabase>
#include <QString>

namespace portdesk {

// Before schema 4 a desk wrote PortDesk's words into orders.status and the order_events text
// columns in its own language (English, Spanish or French), so a team database mixed languages.
// This recognises those words, as the released versions wrote them, and turns them into the
// codes OrderTexts stores today. What it does not recognise is left as it is (shown verbatim).
class LegacyOrderTexts
{
public:
    // The code (OrderTexts::encode) for a text an older PortDesk wrote, or a null string.
    static QString codeFor(const QString &text);
    // Migration 4: every recognised text of orders and order_events rewritten into its code,
    // inside the caller's transaction. False with *error when a statement fails.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace portdesk
