#include "ui/recentservers.h"

#include "core/settings.h"

#include <QSettings>

#include <algorithm>
#include <memory>

namespace {
const auto groupKey = QStringLiteral("RecentServers");
const auto arrayKey = QStringLiteral("servers");
const auto originKey = QStringLiteral("origin");
const auto ldapKey = QStringLiteral("ldap");

// Stored entries were valid when written; parse them again (with plain http allowed, since the
// person allowed it then) so that an edited settings file cannot inject anything but an origin.
ServerAddress parseStored(const QString &origin)
{
    return ServerAddress::parse(origin, true);
}
} // namespace

RecentServers::RecentServers(QObject *parent) : QObject(parent)
{ }

QStringList RecentServers::servers() const
{
    QStringList result;
    for (const Entry &entry : load())
        result << parseStored(entry.origin).displayString();
    return result;
}

void RecentServers::add(const ServerAddress &server, bool usedLdap)
{
    if (!server.isValid())
        return;
    const QString origin = server.origin().toString();
    QList<Entry> entries = load();
    entries.removeIf([&](const Entry &entry) { return entry.origin == origin; });
    entries.prepend({ origin, usedLdap });
    while (entries.size() > maximumCount)
        entries.removeLast();
    save(entries);
}

bool RecentServers::usedLdap(const ServerAddress &server) const
{
    const QString origin = server.origin().toString();
    for (const Entry &entry : load())
        if (entry.origin == origin)
            return entry.ldap;
    return false;
}

void RecentServers::remove(const ServerAddress &server)
{
    const QString origin = server.origin().toString();
    QList<Entry> entries = load();
    if (entries.removeIf([&](const Entry &entry) { return entry.origin == origin; }) > 0)
        save(entries);
}

void RecentServers::clear()
{
    save({});
}

QList<RecentServers::Entry> RecentServers::load() const
{
    const std::unique_ptr<QSettings> opened = Settings::open();
    QSettings &settings = *opened;
    settings.beginGroup(groupKey);
    QList<Entry> entries;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count && entries.size() < maximumCount; ++i) {
        settings.setArrayIndex(i);
        const ServerAddress address = parseStored(settings.value(originKey).toString());
        if (!address.isValid())
            continue;
        const QString origin = address.origin().toString();
        const bool duplicate
            = std::any_of(entries.cbegin(), entries.cend(),
                          [&](const Entry &entry) { return entry.origin == origin; });
        if (!duplicate)
            entries.append({ origin, settings.value(ldapKey, false).toBool() });
    }
    settings.endArray();
    return entries;
}

void RecentServers::save(const QList<Entry> &entries)
{
    const std::unique_ptr<QSettings> opened = Settings::open();
    QSettings &settings = *opened;
    settings.beginGroup(groupKey);
    settings.remove(QString()); // the whole group, so that no stale index survives
    settings.beginWriteArray(arrayKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(originKey, entries.at(i).origin);
        settings.setValue(ldapKey, entries.at(i).ldap);
    }
    settings.endArray();
    Settings::prepareToWrite(settings);
    settings.endGroup();
    settings.sync();
    Q_EMIT changed();
}
