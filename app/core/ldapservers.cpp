#include "core/ldapservers.h"

#include "core/settings.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace {

const auto groupKey = QStringLiteral("LdapServers");
const auto originsKey = QStringLiteral("origins");

QString originOf(const ServerAddress &server)
{
    return server.isValid() ? server.origin().toString() : QString();
}

} // namespace

bool LdapServers::contains(const ServerAddress &server)
{
    const QString origin = originOf(server);
    if (origin.isEmpty())
        return false;
    const std::unique_ptr<QSettings> settings = Settings::open();
    return settings->value(groupKey + u'/' + originsKey).toStringList().contains(origin);
}

void LdapServers::setLdap(const ServerAddress &server, bool ldap)
{
    const QString origin = originOf(server);
    if (origin.isEmpty())
        return;
    const std::unique_ptr<QSettings> settings = Settings::open();
    const QString key = groupKey + u'/' + originsKey;
    QStringList origins = settings->value(key).toStringList();
    if (origins.contains(origin) == ldap && (!ldap || origins.first() == origin))
        return; // nothing new
    origins.removeAll(origin);
    if (ldap)
        origins.prepend(origin);
    while (origins.size() > maximumCount)
        origins.removeLast();
    if (origins.isEmpty())
        settings->remove(groupKey);
    else
        settings->setValue(key, origins);
    Settings::prepareToWrite(*settings);
    settings->sync();
}
