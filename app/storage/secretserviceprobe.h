#pragma once

#include <QString>

#include <functional>

class QObject;

// Asks the freedesktop Secret Service (org.freedesktop.secrets on the session bus) what QtKeychain
// does not tell: whether there is a session bus at all, whether anything provides the service, and
// whether an entry sits in a locked collection. libsecret answers a lookup in a locked keyring
// with "nothing found" (once the unlock prompt is dismissed) and a delete there with "done"
// though the entry stays, so the token store asks here before believing either.
//
// Only where the keychain is the Secret Service (Linux and other freedesktop systems) and QtDBus
// is built; elsewhere isSupported() is false and every check answers Unknown. The checks never
// start a service (no D-Bus auto-start), never block on the bus and never see a secret.
class SecretServiceProbe
{
public:
    enum class Availability {
        Unknown, // not a Secret Service platform, or the bus did not answer
        Available, // org.freedesktop.secrets is running or the bus can start it
        NoSessionBus,
        NoSecretService,
    };

    enum class EntryState {
        Unknown, // could not ask (no service running, an error, unsupported platform)
        Absent, // no such entry, and the default collection is unlocked (or there is none)
        Unlocked, // the entry is there and readable
        Locked, // the entry is there, in a locked collection
        AbsentCollectionLocked, // none found, but the default collection is locked: can't be sure
    };

    static bool isSupported();

    // Whether this process has a session bus connection. Connects on first use (a local socket,
    // quick either way); does not run an event loop.
    static bool hasSessionBus();

    // Calls done(…) from the event loop, unless context is destroyed first.
    static void checkService(QObject *context, std::function<void(Availability)> done);

    // Where the QtKeychain entry for (service, key) stands. QtKeychain's libsecret backend stores
    // the key as attribute "user" and the service as attribute "server".
    static void checkEntry(const QString &service, const QString &key, QObject *context,
                           std::function<void(EntryState)> done);
};
