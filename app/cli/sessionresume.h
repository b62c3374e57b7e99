#pragma once

#include "rocketchat/signinerror.h"
#include "storage/savedaccount.h"

#include <QObject>
#include <QTimer>

class AccountStore;
class SignInController;
class TokenStore;

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
    // in the keychain, 5 unreachable, 7 keychain, otherwise that of error() (ExitCode).
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
