// SPDX-License-Identifier: MIT
#include "keychaintesttools.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace KeychainTestTools {

QString utf8OfSize(qsizetype bytes)
{
    const QStringList pieces = {u"a"_s, u"\u00e4"_s, u"\u20ac"_s, u" "_s, u"\U0001F511"_s, u":"_s};
    QString text;
    qsizetype size = 0;
    for (qsizetype i = 0; size < bytes; ++i) {
        QString piece = pieces.at(i % pieces.size());
        if (size + piece.toUtf8().size() > bytes)
            piece = u"x"_s;
        size += piece.toUtf8().size();
        text += piece;
    }
    return text;
}

QByteArray runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int &exitCode)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    exitCode = -1;
    if (!process.waitForStarted(10'000))
        return "could not start " + program.toUtf8() + ": " + process.errorString().toUtf8();
    if (!process.waitForFinished(60'000)) {
        process.kill(); // SIGKILL to this child's pid only
        process.waitForFinished(5'000);
        return "timed out: " + program.toUtf8();
    }
    if (process.exitStatus() == QProcess::NormalExit)
        exitCode = process.exitCode();
    return process.readAll();
}

QStringList filesContaining(const QString &root, const QList<Secret> &secrets, int &scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QFile file(info.filePath());
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            continue; // sockets (the keyring's control socket) and the like
        const QByteArray content = file.readAll();
        ++scanned;
        for (const Secret &secret : secrets) {
            const QString text = secret.toString();
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            if (content.contains(secret.utf8()) || content.contains(secret.utf8().toBase64())
                || content.contains(utf16)) {
                hits.append(info.filePath());
                break;
            }
        }
    }
    return hits;
}

} // namespace KeychainTestTools
