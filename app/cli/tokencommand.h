#pragma once

#include "cli/accountcommand.h"

class TokenJob;

// `liftoff token [--server URL] [--username NAME]`
//
// The stored session token on stdout, for scripts (as `gh auth token`): read from the keychain
// only, nothing goes over the network. The one place the token is ever printed, so only to
// stdout and only when asked by name. An expired token is not printed (exit 3).
class TokenCommand : public AccountCommand
{
    Q_OBJECT
public:
    explicit TokenCommand(QObject *parent = nullptr);

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

private:
    void onRead(TokenJob *job);

    SavedAccount m_account;
};
