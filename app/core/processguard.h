#pragma once

// What the process does about itself before it handles a secret. Every `liftoff` run calls both
// first thing in main():
// - no core dumps: a core file would hold tokens, the password digest during two-factor and the
//   LDAP password (Linux: not dumpable, which also keeps other processes of the same user from
//   attaching a debugger; everywhere on Unix: a core size limit of 0);
// - secrets out of the command line: the operating system starts `liftoff rocketchat://auth?…`
//   with the link as an argument, which every local user can read (/proc/PID/cmdline, ps) for as
//   long as the process lives. The argument's bytes are overwritten in place once copied.
namespace ProcessGuard {

// Turns core dumps off for this process. False when the system refused (nothing else to do then).
bool disableCoreDumps();

// Overwrites an argument of main()'s argv in place (with zero bytes), so that the process's
// command line no longer shows it. Copy it first.
void wipeArgument(char *argument);

} // namespace ProcessGuard
