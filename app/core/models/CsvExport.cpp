#include "CsvExport.h"

#include <QAbstractItemModel>

namespace portdesk {

QString csvField(const QString &value)
{
    // A leading = + - @ would be run as a formula by spreadsheet programs: neutralise it.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) &&
        !(v.front() == QLatin1Char('+') && v.size() > 1 && v.at(1).isDigit()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v != v.trimmed())
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QString toCsv(const QAbstractItemModel &model)
{
    QList<int> rows;
    rows.reserve(model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r)
        rows << r;
    return toCsv(model, rows);
}

QString toCsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    QString out;
    const int columns = model.columnCount();
    const auto line = [&](auto cell) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                out += QLatin1Char(',');
            out += csvField(cell(c));
        }
        out += QStringLiteral("\r\n");
    };
    line([&](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    for (const int r : rows)
        line([&](int c) {
            const QModelIndex index = model.index(r, c);
            const QVariant exact = index.data(ExportRole);
            return exact.isValid() ? exact.toString() : index.data().toString();
        });
    return out;
}

} // namespace portdesk
