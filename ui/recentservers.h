#pragma once

#include "core/serveraddress.h"

#include <QObject>
#include <QStringList>

// The servers someone signed in to, most recent first, kept in QSettings so that the server field
// can offer them. Only what is not secret is stored: the server's origin and whether the person
// chose LDAP there. Never a user name, password or token.
class RecentServers : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumCount = 8;

    // Keeps them in the application's settings (Settings::open()).
    explicit RecentServers(QObject *parent = nullptr);

    // What to offer in the server field, most recent first, as people write addresses
    // (ServerAddress::displayString(): "chat.example.com", "http://127.0.0.1:3000").
    QStringList servers() const;
    // Puts the server first (or moves it there), dropping the oldest beyond maximumCount.
    void add(const ServerAddress &server, bool usedLdap = false);
    // Whether the person signed in with LDAP on this server the last time.
    bool usedLdap(const ServerAddress &server) const;
    void remove(const ServerAddress &server);
    void clear();

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        QString origin;
        bool ldap = false;
    };
    QList<Entry> load() const;
    void save(const QList<Entry> &entries);
};
