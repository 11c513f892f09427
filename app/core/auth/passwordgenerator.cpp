// SPDX-License-Identifier: MIT
#include "passwordgenerator.h"

#include <QByteArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace PasswordGenerator {

QStringView alphabet()
{
    static const QString chars = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.!#%+=?@"_s;
    return chars;
}

Secret generate(int length)
{
    const QStringView chars = alphabet();
    // Built as bytes (the alphabet is ASCII) so no QString copy of the password is left behind.
    QByteArray bytes(length, '\0');
    // system() is the OS CSPRNG; bounded() avoids modulo bias. 20 of 66 symbols give about 120 bits.
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        bytes[i] = chars.at(random->bounded(int(chars.size()))).toLatin1();
    Secret secret = Secret::fromUtf8(bytes);
    Secret::wipe(bytes);
    return secret;
}

} // namespace PasswordGenerator
