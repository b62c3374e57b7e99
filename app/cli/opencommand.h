#pragma once

#include "cli/command.h"

class SingleInstance;

// `liftoff open [--] URL` (and `liftoff [--] rocketchat://…`, what the operating system runs for
// a link; `--` keeps a link that starts with "-" from being read as an option):
// hands a sign-in link to the Liftoff that is running (the window, or `liftoff login --sso`)
// and ends. The link is never printed or logged: it may carry a session token.
//
// With no Liftoff running it ends with NotDelivered, and main() opens the window to handle the
// link itself.
class OpenCommand : public Command
{
    Q_OBJECT
public:
    // Never seen outside: main() opens the window instead of ending with it.
    static constexpr int NotDelivered = 64;

    explicit OpenCommand(QObject *parent = nullptr);

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

    // The link in `arguments` (those after `open`, e.g. { "--", "rocketchat://…" }), read as
    // start() reads it; empty when they are not exactly one link.
    static QString linkIn(const QStringList &arguments);

private:
    SingleInstance *m_instance = nullptr;
};
