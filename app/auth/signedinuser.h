#pragma once

#include "storage/savedaccount.h"

#include <QString>

// Who is signed in, once the server accepted the login: the account as it is kept between runs
// (its displayName is the users document's `name`, falling back to the username; its lastUsed is
// not set here), and beside it what is not kept in the account list. The token is here for the
// token store; nothing else prints or logs it.
struct SignedInUser
{
    SavedAccount account;
    QString loginType; // the result's `type`: "password", "ldap", "resume", …
    QString token;
};
