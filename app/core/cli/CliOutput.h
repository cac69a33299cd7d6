#pragma once
// What portdesk-cli writes: tables or JSON on stdout, errors on stderr. Every line that carries
// text from the server or the registry goes through here: control characters are written out,
// never sent to the terminal.
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace portdesk {

class CliOutput
{
public:
    CliOutput(QTextStream &out, QTextStream &err, bool json) : m_out(out), m_err(err), m_json(json) {}

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void table(const QStringList &header, const QList<QStringList> &rows);
    void json(const QJsonDocument &doc);
    // "portdesk-cli: message" on stderr, line by line.
    void error(const QString &message);
    void flush();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

} // namespace portdesk
