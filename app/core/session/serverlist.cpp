// SPDX-License-Identifier: MIT
#include "serverlist.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

ServerList::ServerList(QSettings &settings)
    : m_settings(settings)
{
    load();
}

std::optional<ServerProfile> ServerList::last() const
{
    const auto it = std::max_element(m_profiles.cbegin(), m_profiles.cend(),
                                     [](const auto &a, const auto &b) { return a.lastUsed < b.lastUsed; });
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

void ServerList::remember(ServerProfile profile)
{
    profile.url = profile.url.adjusted(QUrl::RemoveUserInfo);
    profile.lastUsed = QDateTime::currentDateTimeUtc();
    const auto same = [&](const ServerProfile &p) { return p.sameAccount(profile); };
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(), same), m_profiles.end());
    m_profiles.append(profile);
    save();
}

void ServerList::forget(const ServerProfile &profile)
{
    const auto same = [&](const ServerProfile &p) { return p.sameAccount(profile); };
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(), same), m_profiles.end());
    save();
}

void ServerList::load()
{
    const int count = m_settings.beginReadArray(u"servers"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile profile;
        profile.url = QUrl(m_settings.value(u"url"_s).toString()).adjusted(QUrl::RemoveUserInfo);
        profile.username = m_settings.value(u"username"_s).toString();
        profile.rememberPassword = m_settings.value(u"rememberPassword"_s, true).toBool();
        profile.insecureHttpAllowed = m_settings.value(u"insecureHttpAllowed"_s, false).toBool();
        profile.pinnedCertificateSha256
                = QByteArray::fromHex(m_settings.value(u"pinnedCertificateSha256"_s).toString().toLatin1());
        profile.lastUsed = m_settings.value(u"lastUsed"_s).toDateTime();
        if (profile.isValid())
            m_profiles.append(profile);
    }
    m_settings.endArray();
}

void ServerList::save()
{
    m_settings.remove(u"servers"_s);
    m_settings.beginWriteArray(u"servers"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ServerProfile &profile = m_profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"url"_s, profile.url.toString());
        m_settings.setValue(u"username"_s, profile.username);
        m_settings.setValue(u"rememberPassword"_s, profile.rememberPassword);
        m_settings.setValue(u"insecureHttpAllowed"_s, profile.insecureHttpAllowed);
        m_settings.setValue(u"pinnedCertificateSha256"_s, QString::fromLatin1(profile.pinnedCertificateSha256.toHex()));
        m_settings.setValue(u"lastUsed"_s, profile.lastUsed);
    }
    m_settings.endArray();
    m_settings.sync();
}
