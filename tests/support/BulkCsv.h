#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>

namespace portdesk::test {

// CSV files for bulk port-in tests: the shared header and rows that pass every rule.
inline QByteArray bulkCsvHeader()
{
    return "PortInNumber,CurrentCarrierName,CurrentAccountNumber,CurrentAccountPassword,Street1,Street2,City,"
           "State,Zip,ICCID,TargetPortinClassification,SubscriberName,Authorization\n";
}

// A valid row for 801-555-NNNN (pin: the account PIN written in the file; authorization: its
// Authorization cell, by default a verbal one any team policy but "written required" accepts).
inline QByteArray bulkCsvRow(int lastFour, const QByteArray &pin = "918273", const QByteArray &name = "Jane Doe",
                             const QByteArray &authorization = "verbal:Test Agent")
{
    return "801-555-" + QByteArray::number(lastFour).rightJustified(4, '0') + ",Verizon,4651234567," + pin +
           ",1 Main St,,Lehi,UT,84043,,mvno," + name + "," + authorization + "\n";
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace portdesk::test
