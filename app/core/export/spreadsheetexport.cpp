// SPDX-License-Identifier: MIT
#include "spreadsheetexport.h"

#include "csv/csvwriter.h"
#include "domain/user.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QByteArray SpreadsheetExport::toCsv(const QList<User> &users)
{
    CsvWriter writer(CsvWriter::Formulas::Neutralise);
    writer.setByteOrderMark(true);
    writer.addRecord({u"name"_s, u"id"_s, u"role"_s, u"type"_s, u"joined"_s});
    for (const User &user : users) {
        // The offset is written out so the file means the same moment wherever it is opened.
        QString joined;
        if (user.createdAt) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(*user.createdAt);
            joined = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
        }
        writer.addRecord({user.name, user.id, user.role, user.userType, joined});
    }
    return writer.takeData();
}

bool SpreadsheetExport::write(const QString &path, const QList<User> &users, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray bytes = toCsv(users);
    if (file.write(bytes) != bytes.size()) {
        *error = tr("Could not write %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Could not save %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
