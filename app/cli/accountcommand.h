#pragma once

#include "cli/command.h"
#include "storage/savedaccount.h"

#include <QCommandLineOption>

#include <optional>

class AccountStore;
class QCommandLineParser;
class TokenStore;

// What the commands about stored sessions (resume, status, token, logout) share: the accounts
// Liftoff keeps (AccountStore, in the application's settings) and their tokens in the system
// keychain (KeychainTokenStore), and the way to pick one account (--server, --username, else the
// one used last).
class AccountCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    // Created on first use, so that usage errors and --help never touch the keychain.
    TokenStore *tokenStore();
    AccountStore *accountStore();

    // Command::parse(), with --server and --username before `options` when withSelection; an
    // invalid --server or an empty --username is a usage error.
    bool parse(QCommandLineParser &parser, const QStringList &arguments,
               const QList<QCommandLineOption> &options, bool withSelection, const Help &help);
    // --server or --username given.
    bool isSelecting(const QCommandLineParser &parser) const;
    // The stored account the options name (the one used last among those that match), or the
    // one used last when they name none. Otherwise fails with SignInNeeded and returns nothing.
    std::optional<SavedAccount> selectAccount(const QCommandLineParser &parser);
    // Every stored account, most recently used first.
    QList<SavedAccount> storedAccounts();
    // "alice on chat.example.com"
    static QString describe(const SavedAccount &account);
    // "Sign in with: liftoff login --server <server> --username <username>"
    static QString signInAgain(const QString &server, const QString &username);

    // --timeout SECONDS; Command::timeoutMs() reads its value.
    static QCommandLineOption timeoutOption(int defaultSeconds);

private:
    TokenStore *m_tokens = nullptr;
    AccountStore *m_accounts = nullptr;
    const QCommandLineOption m_server = serverOption(
        tr("The server of the stored account, e.g. https://chat.example.com (default: the "
           "account used last)."));
    const QCommandLineOption m_username = usernameOption(
        tr("The username of the stored account, when there are several (default: the one used "
           "last)."));
};
