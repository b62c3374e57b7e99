#pragma once

#include <QString>

#include <memory>

class QSettings;

// The application's settings file, named in this one place: the accounts (AccountStore), the
// trusted certificates (CertificateTrust) and the recent servers (RecentServers) all live in it.
// main() gives the application these names, so the file is
// ~/.config/chat.liftoff.Liftoff/liftoff.conf on Linux (HKCU\Software\chat.liftoff.Liftoff\liftoff
// on Windows), and the default QSettings of the process is the same file.
class Settings
{
public:
    Settings() = delete;

    // The app id, chat.liftoff.Liftoff: what main() sets as the organisation name. No
    // organisation domain: on macOS it would take precedence over the name.
    static QString organizationName();
    // "liftoff": what main() sets as the application name.
    static QString applicationName();

    // The settings file of the application's organisation and application names. A process that
    // set no organisation name (a tool, a test of the stores) gets the file above all the same; a
    // test that named itself (to keep its settings apart) gets its own. An existing file is
    // tightened to owner-only (0600); opening never creates one.
    static std::unique_ptr<QSettings> open();
    // Call before writing (before sync()): creates a missing file owner-only (0600, its folder
    // 0700), so that what QSettings then writes was never readable by others.
    static void prepareToWrite(const QSettings &settings);
};
