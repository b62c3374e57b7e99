#pragma once

#include "core/serveraddress.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What Liftoff remembers about an account between runs. Nothing here is secret: the session token
// lives only in the TokenStore, under key().
struct SavedAccount
{
    // How the account signs in: a session token the server issued at sign-in, or a personal
    // access token the person made in Rocket.Chat (My Account → Personal Access Tokens). Not a
    // secret; kept in the AccountStore. A personal access token never expires, and signing out
    // of it never sends `logout` (which would delete it on the server).
    enum class Kind { Session, PersonalAccessToken };

    ServerAddress server;
    QString userId;
    QString username;
    QString displayName;
    QDateTime tokenExpires; // UTC; invalid when the server did not say (never expires)
    QDateTime lastUsed; // UTC; invalid when never used
    Kind kind = Kind::Session;

    // TokenStore::entryKey(userId, server): names the account in the AccountStore and its token
    // in the keychain.
    QString key() const;
    bool isValid() const { return server.isValid() && !userId.isEmpty(); }
    bool isPersonalAccessToken() const { return kind == Kind::PersonalAccessToken; }
    // Whether the token is known to have expired by `now`: never for a personal access token, nor
    // when the server gave no valid expiry (null, missing or not a date).
    bool hasExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "session" or "personal-access-token": the words of the command line's --json (not
    // translated), and of the AccountStore.
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    friend bool operator==(const SavedAccount &a, const SavedAccount &b)
    {
        return a.server == b.server && a.userId == b.userId && a.username == b.username
            && a.displayName == b.displayName && a.tokenExpires == b.tokenExpires
            && a.lastUsed == b.lastUsed && a.kind == b.kind;
    }
    friend bool operator!=(const SavedAccount &a, const SavedAccount &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(SavedAccount)
