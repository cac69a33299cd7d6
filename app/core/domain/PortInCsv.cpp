#include "PortInCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace portdesk {

namespace {

// Splits RFC 4180 records. Each record remembers the line it started on.
struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminatedQuote = false;
};

QList<Record> records(const QString &text)
{
    QList<Record> out;
    Record current;
    current.line = 1;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endRecord = [&] {
        current.fields << field;
        // A line with nothing on it is not a record.
        if (!(current.fields.size() == 1 && current.fields.constFirst().isEmpty() && !fieldStarted))
            out << current;
        current = Record{};
        current.line = line;
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        current.unterminatedQuote = true;
    if (!field.isEmpty() || fieldStarted || !current.fields.isEmpty() || quoted)
        endRecord();
    return out;
}

} // namespace

const QStringList &PortInCsv::columns()
{
    static const QStringList c = {QStringLiteral("PortInNumber"),
                                  QStringLiteral("CurrentCarrierName"),
                                  QStringLiteral("CurrentAccountNumber"),
                                  QStringLiteral("CurrentAccountPassword"),
                                  QStringLiteral("Street1"),
                                  QStringLiteral("Street2"),
                                  QStringLiteral("City"),
                                  QStringLiteral("State"),
                                  QStringLiteral("Zip"),
                                  QStringLiteral("ICCID"),
                                  QStringLiteral("TargetPortinClassification"),
                                  QStringLiteral("SubscriberName"),
                                  QStringLiteral("Authorization")};
    return c;
}

PortInCsv parsePortInCsv(const QByteArray &bytes)
{
    PortInCsv out;
    if (bytes.size() > PortInCsv::kMaxBytes) {
        out.error =
            QCoreApplication::translate("PortInCsv", "The file is larger than 10 MiB: split it into smaller files.");
        return out;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        out.error = QCoreApplication::translate("PortInCsv", "The file is not UTF-8 text: save it as \"CSV UTF-8\".");
        return out;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<Record> recs = records(text);
    if (recs.isEmpty()) {
        out.error = QCoreApplication::translate(
            "PortInCsv", "The file is empty: it needs the header line and one line per port-in.");
        return out;
    }
    // Header: any order, any case; every column named exactly once.
    QHash<QString, int> index;
    const Record &header = recs.constFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        for (const QString &known : PortInCsv::columns()) {
            if (known.compare(name, Qt::CaseInsensitive) == 0) {
                if (index.contains(known)) {
                    out.error =
                        QCoreApplication::translate("PortInCsv", "Line 1: the column %1 appears twice.").arg(known);
                    return out;
                }
                index.insert(known, i);
            }
        }
    }
    QStringList missing;
    for (const QString &known : PortInCsv::columns()) {
        if (!index.contains(known))
            missing << known;
    }
    if (!missing.isEmpty()) {
        out.error = QCoreApplication::translate("PortInCsv", "Line 1: the header lacks the column(s) %1. Expected: %2")
                        .arg(missing.join(QStringLiteral(", ")), PortInCsv::columns().join(QLatin1Char(',')));
        return out;
    }
    if (recs.size() - 1 > PortInCsv::kMaxRows) {
        out.error =
            QCoreApplication::translate("PortInCsv", "The file has more than %1 port-ins: split it into smaller files.")
                .arg(PortInCsv::kMaxRows);
        return out;
    }
    for (qsizetype r = 1; r < recs.size(); ++r) {
        const Record &rec = recs.at(r);
        PortInCsvRow row;
        row.row = int(r);
        row.line = rec.line;
        if (rec.unterminatedQuote)
            row.error = QCoreApplication::translate("PortInCsv", "A quoted field is never closed.");
        else if (rec.fields.size() != header.fields.size())
            row.error = QCoreApplication::translate("PortInCsv", "%1 fields, the header has %2.")
                            .arg(rec.fields.size())
                            .arg(header.fields.size());
        const auto value = [&](const char *column) {
            return rec.fields.value(index.value(QLatin1String(column))).trimmed();
        };
        PortInRequest &q = row.request;
        q.portInNumber = value("PortInNumber");
        q.currentCarrierName = value("CurrentCarrierName");
        q.currentAccountNumber = value("CurrentAccountNumber");
        q.currentAccountPassword = value("CurrentAccountPassword");
        q.currentBillingAddress = {value("Street1"), value("Street2"), value("City"), value("State"), value("Zip")};
        q.iccid = value("ICCID");
        q.targetPortinClassification = value("TargetPortinClassification");
        q.subscriberName = value("SubscriberName");
        row.authorization = value("Authorization");
        out.rows << row;
    }
    return out;
}

} // namespace portdesk
