#include "CliOutput.h"
#include "domain/ControlChars.h"

namespace portdesk {

void CliOutput::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(escapeControls(r.at(i)).size()));
    const auto line = [&](QStringList cells) {
        for (QString &c : cells)
            c = escapeControls(c);
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i));
        m_out << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

void CliOutput::json(const QJsonDocument &doc)
{
    m_out << escapeControlsInJson(doc.toJson(QJsonDocument::Compact)) << '\n';
}

void CliOutput::error(const QString &message)
{
    // Line by line: the usage text keeps its lines, a server's words get no control character through.
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = escapeControls(l);
    m_err << "portdesk-cli: " << lines.join(QLatin1Char('\n')) << Qt::endl;
}

void CliOutput::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace portdesk
