// SPDX-License-Identifier: MIT
#include "backupexport.h"

#include "domain/user.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString BackupExport::defaultFileName(const QDateTime &now)
{
    return u"users_export_%1.csv"_s.arg(now.toString(u"yyyyMMdd-HHmmss"_s));
}

QStringList BackupExport::unrepresentableNames(const QList<User> &users)
{
    QStringList names;
    for (const User &user : users) {
        const QString &name = user.name;
        const bool breaks = name.contains(u',') || name.contains(u'"') || name.contains(u'\n') || name.contains(u'\r')
                || name != name.trimmed();
        if (breaks)
            names.append(name);
    }
    names.sort();
    return names;
}

QStringList BackupExport::weakHashUsers(const QString &csvContent)
{
    // The schemes passlib accepts besides bcrypt and sha*_crypt (skypilot-api.md §7.1, checklist item 45).
    static const QRegularExpression des(u"^[./0-9A-Za-z]{13}$"_s);
    QStringList names;
    const QStringList lines = csvContent.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        if (cells.size() != 3)
            continue;
        const QString hash = cells.at(1).trimmed();
        if (hash.startsWith(u"$apr1$"_s) || hash.startsWith(u"$1$"_s) || hash.startsWith(u"{SHA}"_s)
            || des.match(hash).hasMatch())
            names.append(cells.at(0).trimmed());
    }
    names.sort();
    return names;
}

bool BackupExport::write(const QString &path, const QString &csvContent, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray bytes = csvContent.toUtf8();
    // QSaveFile creates new files 0666 & ~umask; the hashes must be owner-only before the file appears
    // under its name (security checklist item 74).
    const bool ok = file.write(bytes) == bytes.size()
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!ok) {
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
