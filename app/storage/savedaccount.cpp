#include "storage/savedaccount.h"

#include "storage/tokenstore.h"

QString SavedAccount::key() const
{
    return TokenStore::entryKey(userId, server);
}

bool SavedAccount::hasExpired(const QDateTime &now) const
{
    return !isPersonalAccessToken() && tokenExpires.isValid() && tokenExpires <= now;
}

QString SavedAccount::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PersonalAccessToken:
        return QStringLiteral("personal-access-token");
    case Kind::Session:
        break;
    }
    return QStringLiteral("session");
}

SavedAccount::Kind SavedAccount::kindFromName(const QString &name)
{
    // Anything else (an older file without the field) is a session.
    return name == kindName(Kind::PersonalAccessToken) ? Kind::PersonalAccessToken : Kind::Session;
}
