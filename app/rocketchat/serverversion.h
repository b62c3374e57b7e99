#pragma once

#include <QString>

// Rocket.Chat versions as /api/info gives them, and the oldest one Liftoff signs in to. Used by
// the server check, which refuses older servers, and by the message that says so.
class ServerVersion
{
public:
    ServerVersion() = delete;

    // The oldest Rocket.Chat we sign in to: 6.0.0. Rocket.Chat supports each major release for
    // a few months only, and the 5.x line and older have been out of support since 2023. More to
    // the point, what this client relies on is that of 6.x and 7.x (app/rocketchat/README.md §9):
    // the unauthenticated /api/info answering {"version"}, the 403/401 credential errors, e-mail
    // two-factor with details.emailOrUsername and POST users.2fa.sendEmailCode. Older servers
    // differ there, and nothing here is tested against them.
    static QString minimum();
    // Compares dotted versions numerically ("6.10.0" > "6.9.3"); a suffix such as "-rc.1" is
    // ignored. Returns <0, 0 or >0.
    static int compare(const QString &a, const QString &b);
    // False for a version below minimum() or one that is not a version at all.
    static bool isSupported(const QString &version);
};
