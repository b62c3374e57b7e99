#pragma once

#include "core/secondscountdown.h"
#include "ddp/reconnectbackoff.h"
#include "rocketchat/signinerror.h"
#include "storage/keychainerror.h"
#include "storage/savedaccount.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class DdpConnection;
class DdpMethodCall;
class TokenJob;
class TokenStore;

// Signing a stored account in again, with its token from the keychain, and waiting while its
// server cannot be reached: attempts (the keychain read and the connection at once, the token
// sent {resume} with the handshake), the back-off between them and the countdown to the next.
// The owner decides what an outcome means (which state, whether the account is forgotten): this
// class reports tokenRead() / tokenReadFailed(), accepted() or attemptFailed(), and retryDue().
//
//   begin(account) ─▶ prepareAttempt() (false: expired) ─▶ startAttempt() ─▶ accepted(result)
//                              ▲                                 └─▶ attemptFailed(failure)
//                              └── retryDue() ◀── waitToRetry(failure)
class StoredSessionResume : public QObject
{
    Q_OBJECT
public:
    // The first retry after about a second, then ever longer waits up to a minute. The connection
    // is closed meanwhile: the countdown is ours, not DdpConnection's.
    static constexpr int FirstRetryMs = 1000;
    static constexpr double RetryFactor = 2.0;
    static constexpr int MaximumRetryMs = 60000;

    StoredSessionResume(DdpConnection *connection, QObject *parent = nullptr);
    ~StoredSessionResume() override;

    void setTokenStore(TokenStore *tokens) { m_tokens = tokens; }

    // Takes on an account (no attempt yet); the back-off starts over.
    void begin(const SavedAccount &account);
    bool isActive() const { return m_account.has_value(); }
    // The account being resumed; only while isActive().
    const SavedAccount &account() const { return *m_account; }
    // Its token, once read from the keychain (kept for the retries).
    QString token() const { return m_token; }

    // A new attempt: the answers of the previous one are dropped from now on. False when the
    // stored session has expired: the server would only refuse it, so it is not sent.
    bool prepareAttempt();
    // Opens the connection to the account's server and reads the token (unless read already);
    // the token goes out with the handshake or as soon as it is read (tokenRead(): send()).
    void startAttempt(int handshakeTimeoutMs, int loginTimeoutMs);
    // Sends {resume: token}, once: when the token is read and the connection is opening or open.
    void send();
    // Reports failure as attemptFailed() from the event loop (this may run inside DdpConnection's
    // handling of a lost socket, where closing the connection would be undone by its
    // reconnecting), once per attempt: a call failing and the connection reporting the loss are
    // one failure.
    void failAttempt(const SignInError &failure);
    // Network trouble: closes the connection and counts down to retryDue() (back-off, or longer
    // when rate-limited).
    void waitToRetry(const SignInError &failure);
    // Ends (given up, or the account left): a late answer is dropped. False when not active.
    bool end();
    // The session was taken: ends, and the back-off starts over.
    void succeed();

    int secondsLeft() const { return m_countdown.secondsLeft(); }
    ReconnectBackoff &backoff() { return m_backoff; }

Q_SIGNALS:
    void tokenRead();
    // Never a reason to forget the account: the keychain may be locked for now.
    void tokenReadFailed(const KeychainError &problem);
    void accepted(const QJsonObject &result);
    void attemptFailed(const SignInError &failure);
    void retryDue();
    void secondsLeftChanged(int seconds);

private:
    void onTokenRead(TokenJob *job);
    void onCallFinished(DdpMethodCall *call);
    void stopCountdown();

    DdpConnection *m_connection;
    TokenStore *m_tokens = nullptr;
    std::optional<SavedAccount> m_account;
    QString m_token;
    QPointer<TokenJob> m_readJob;
    QPointer<DdpMethodCall> m_call;
    // Counts attempts, so that the answers of an abandoned one are recognized and dropped.
    int m_attempt = 0;
    int m_loginTimeoutMs = 0;
    ReconnectBackoff m_backoff { FirstRetryMs, RetryFactor, MaximumRetryMs };
    QTimer m_retryTimer;
    SecondsCountdown m_countdown;
};
