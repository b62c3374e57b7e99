#include "storage/savedaccount.h"

#include "storage/tokenstore.h"

QString SavedAccount::key() const
{
    return TokenStore::entryKey(userId, server);
}
