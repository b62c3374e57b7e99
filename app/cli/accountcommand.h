#pragma once

#include "auth/signincontroller.h"
#include "cli/command.h"
#include "rocketchat/signinerror.h"
#include "storage/savedaccount.h"

#include <QCommandLineOption>
#include <QTimer>

#include <optional>

class AccountStore;
class QCommandLineParser;
class TokenStore;

// What the commands about stored sessions (resume, status, token, logout) share: the accounts
// Liftoff keeps (AccountStore: ~/.config/chat.liftoff.Liftoff/liftoff.conf) and their tokens in the
// system keychain (KeychainTokenStore), the way to pick one account (--server, --username, else the
// one used last), option parsing with --help, and the one-line errors on stderr.
class AccountCommand : public Command
{
    Q_OBJECT
public:
    // `name` is the command's, for messages: "liftoff <name>: …".
    explicit AccountCommand(const QString &name, QObject *parent = nullptr);
    ~AccountCommand() override;

protected:
    struct Help
    {
        QString usage;
        QString description;
        QList<std::pair<int, QString>> exitCodes;
        QString footer;
    };

    // Created on first use, so that usage errors and --help never touch the keychain.
    TokenStore *tokenStore();
    AccountStore *accountStore();

    // Adds --help (and with withSelection --server and --username) before `options`, then
    // parses; handles --help, secret-looking options (never taken), stray arguments and an
    // invalid --server. False when the command is already finished (help shown, usage error).
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

    // --timeout SECONDS; Command::parseTimeoutMs() reads its value.
    static QCommandLineOption timeoutOption(int defaultSeconds);

    void fail(int exitCode, const QString &message);
    void failUsage(const QString &message);
    void finish(int exitCode);

private:
    QString m_name;
    TokenStore *m_tokens = nullptr;
    AccountStore *m_accounts = nullptr;
    QCommandLineOption m_server;
    QCommandLineOption m_username;
    bool m_finished = false;
};

// One stored account signed in again with its stored token, by a SignInController of its own, up
// to the first outcome: signed in, or why not. Network trouble ends it at once (no retries: a
// command reports and exits), the token then stays stored. What happens to an expired or rejected
// session is the controller's business (it forgets it, as in the window); finished() waits until
// the keychain is done with that, so that the process may end right after.
class SessionResume : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Running,
        SignedIn,
        Expired, // SessionExpired: the token was not even sent
        Rejected, // the server no longer accepts the token
        Unreachable, // network trouble, time-out, not Rocket.Chat …: the token is kept
        KeychainProblem, // the token could not be read (or is not there: exitCode() 3)
        Failed, // anything else (error() says what)
    };
    Q_ENUM(Outcome)

    SessionResume(const SavedAccount &account, TokenStore *tokens, AccountStore *accounts,
                  int timeoutMs, QObject *parent = nullptr);
    ~SessionResume() override;

    // finished() follows, never before this returns.
    void start();

    SavedAccount account() const { return m_account; }
    Outcome outcome() const { return m_outcome; }
    // Why the outcome is not SignedIn.
    SignInError error() const { return m_error; }
    // The command line's exit code for the outcome: 0 signed in, 3 expired, rejected or no token
    // in the keychain, 5 unreachable, 7 keychain, otherwise error().exitCode().
    int exitCode() const;
    // Kept signed in (SignedIn) for what comes next, e.g. signOut().
    SignInController *controller() const { return m_controller; }

Q_SIGNALS:
    void finished();

private:
    void scheduleUpdate();
    void update();
    void conclude(Outcome outcome, const SignInError &error = {});
    void announce();

    SavedAccount m_account;
    TokenStore *m_tokens;
    SignInController *m_controller;
    QTimer m_deadline;
    int m_timeoutMs;
    Outcome m_outcome = Outcome::Running;
    SignInError m_error;
    bool m_started = false;
    bool m_updateScheduled = false;
};
