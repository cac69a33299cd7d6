#pragma once
// RFC 7807 problem details, as ASP.NET model validation produces them: every handler collects
// what is wrong with its request here and answers 400 with all of it at once.
#include <QJsonArray>
#include <QJsonObject>

#include "sandbox/SimMessages.h"

namespace portdesk::sandbox {

class SimProblems
{
public:
    void add(const QString &key, const QString &message) { m_errors[key] = QJsonArray{message}; }
    bool any() const { return !m_errors.isEmpty(); }
    SimReply reply() const;

    // Parses the body as one JSON object; records a "$" problem when it is not one.
    bool parseBody(const QByteArray &body, QJsonObject *out);
    // Reads a string member; records "required" / wrong-type problems. prefix: "CurrentBillingAddress."
    QString string(const QJsonObject &o, const QString &name, bool required, const QString &prefix = {});
    // A non-empty number that is not E.164 gets the API's format message under "$.<name>".
    void e164(const QString &name, const QString &number);

private:
    QJsonObject m_errors;
};

} // namespace portdesk::sandbox
