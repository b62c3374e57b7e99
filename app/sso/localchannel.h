#pragma once

#include <QCoreApplication>
#include <QString>

// Where the link channel of SingleInstance lives, and who is on its other end. The channel carries
// OAuth secrets, SAML credential tokens and session tokens, so it must be reachable by this user
// only, and each side checks the other before trusting it:
//
// - Unix: a socket in a directory that only this user can enter. $XDG_RUNTIME_DIR when it is set;
//   otherwise a directory Liftoff makes itself, $TMPDIR/liftoff-<uid> (or /tmp/liftoff-<uid>).
//   Either is checked with lstat: a real directory (not a symbolic link), owned by this user, with
//   no access for anyone else. The socket file is checked the same way before connecting, and the
//   peer's user id is read from the kernel (SO_PEERCRED on Linux, getpeereid() on BSD and macOS).
// - Windows (localchannel_win.cpp): a named pipe named after the user's SID and logon session.
//   The listening side holds the name's first instance (FILE_FLAG_FIRST_PIPE_INSTANCE, remote
//   clients rejected), and each side compares the user of the process at the other end with its
//   own.
//
// When the location is not safe, channelName() is empty and problem says why, in words for people;
// the caller then does without the channel rather than use a shared or relative name.
class LocalChannel
{
    Q_DECLARE_TR_FUNCTIONS(LocalChannel)
public:
    // The full name to give QLocalServer / QLocalSocket, or "" with *problem set.
    static QString channelName(QString *problem);
    // Before connecting (client) or listening (server): false, with *problem set, when something
    // that is not this user's socket sits at the name (another user's file, a symbolic link…).
    // A name with nothing there is fine.
    static bool nameIsSafe(const QString &name, QString *problem);
    // Whether the process at the other end of a connected local socket runs as this user.
    // `descriptor` is QLocalSocket::socketDescriptor().
    static bool peerIsThisUser(qintptr descriptor, bool weAreServer);
    // Windows: takes the pipe name's first instance before QLocalServer listens, so that a pipe of
    // another user cannot already own it. Elsewhere a no-op that succeeds.
    static bool claimName(const QString &name, QString *problem);
    static void releaseName();
};
