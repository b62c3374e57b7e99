#pragma once

#include "core/serveraddress.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What Liftoff remembers about an account between runs. Nothing here is secret: the session token
// lives only in the TokenStore, under key().
struct SavedAccount
{
    ServerAddress server;
    QString userId;
    QString username;
    QString displayName;
    QDateTime tokenExpires; // UTC; invalid when the server did not say
    QDateTime lastUsed; // UTC; invalid when never used

    // TokenStore::entryKey(userId, server): names the account in the AccountStore and its token
    // in the keychain.
    QString key() const;
    bool isValid() const { return server.isValid() && !userId.isEmpty(); }

    friend bool operator==(const SavedAccount &a, const SavedAccount &b)
    {
        return a.server == b.server && a.userId == b.userId && a.username == b.username
            && a.displayName == b.displayName && a.tokenExpires == b.tokenExpires
            && a.lastUsed == b.lastUsed;
    }
    friend bool operator!=(const SavedAccount &a, const SavedAccount &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(SavedAccount)
