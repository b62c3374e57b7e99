#pragma once

#include "core/serveraddress.h"

// The servers a check found with LDAP on (the public setting LDAP_Enable), kept in the
// application's settings next to the recent servers, so that the next sign-in there sends its
// `login` in the LDAP shape with the handshake, before the new check has answered. Only the
// server's origin is stored: nothing secret, no user name.
class LdapServers
{
public:
    // At most this many are kept; the oldest goes first.
    static constexpr int maximumCount = 32;

    LdapServers() = delete;

    static bool contains(const ServerAddress &server);
    // What the latest check said: remembered when on, forgotten when off. Writes the settings
    // only when that changes something.
    static void setLdap(const ServerAddress &server, bool ldap);
};
