#include "savedaccount.h"

#include "tokenstore.h"

QString SavedAccount::key() const
{
    return TokenStore::entryKey(userId, server);
}
