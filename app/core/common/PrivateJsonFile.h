#pragma once
#include <QJsonObject>
#include <QString>

namespace portdesk {

// Writes o to path atomically (QSaveFile: the old file stays whole if anything fails), readable
// by its owner only: drafts and unsent imports hold customers' names, numbers and addresses
// (never PINs). Creates the folder when needed.
bool writePrivateJson(const QString &path, const QJsonObject &o, QString *error);
// The same for any bytes (a letter of authorization, which holds the customer's address too).
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace portdesk
