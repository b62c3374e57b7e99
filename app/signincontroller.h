#pragma once

#include "serveraddress.h"
#include "signinerror.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class DdpConnection;

// Who is signed in, once the server accepted the login. The token is here for the token store;
// nothing else prints or logs it.
struct SignedInUser
{
    QString userId;
    QString username;
    QString displayName; // the users document's `name`, falling back to the username
    ServerAddress server;
    QString loginType; // the result's `type`: "password", "ldap", "resume", …
    QDateTime tokenExpires; // UTC
    QString token;
};

// The sign-in flow, one state machine with named states. The window and the command line bind to
// its properties and signals; it knows nothing of widgets.
//
// Idle ──setServer()──▶ CheckingServer ──ok──▶ Ready ──signIn()──▶ SigningIn ──▶ SignedIn
//                            │                   ▲                     │
//                            └─fails─▶ Failed    └── wrong password ───┤ (error() set)
//                                                                       └──▶ TwoFactorRequired
//                                                                              │
//                                                                              submitTwoFactorCode()
//                                                                              ▼
//                                                                           SigningIn
class SignInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(
        int rateLimitSecondsLeft READ rateLimitSecondsLeft NOTIFY rateLimitSecondsLeftChanged)
public:
    enum class State {
        Idle, // no usable server address yet
        CheckingServer, // GET /api/info and the DDP handshake, in parallel
        Ready, // server fine, waiting for credentials (error() may hold the last failure)
        SigningIn, // `login` sent
        TwoFactorRequired, // the server asks for a code (see twoFactorMethod())
        SignedIn,
        Failed, // the server check failed (error() says why); change the address or retry
    };
    Q_ENUM(State)

    enum class TwoFactorMethod { None, Totp, Email };
    Q_ENUM(TwoFactorMethod)

    // The oldest Rocket.Chat version we sign in to.
    static QString minimumServerVersion();

    explicit SignInController(QObject *parent = nullptr);
    ~SignInController() override;

    DdpConnection *connection() const;

    // The server field changed. Validates at once (addressProblem()); after a short pause without
    // further typing (serverCheckDelayMs) checks the server and opens the DDP connection, so that
    // pressing Sign in then costs one round trip. A valid address puts the state in
    // CheckingServer at once (the pause is part of the check); the same address again is a no-op.
    void setServer(const QString &text, bool allowInsecure = false);
    // Checks (again) now, without the typing pause. Also the way out of Failed.
    void checkServerNow();
    void setServerCheckDelayMs(int ms);
    // Time-outs: each request of the server check and the DDP handshake (default 10 s), and the
    // `login`/`logout` calls (default 30 s). Apply to what starts afterwards.
    void setServerCheckTimeoutMs(int ms);
    void setSignInTimeoutMs(int ms);
    ServerAddress server() const;
    // The translated problem with the typed address, empty when it is fine (or empty).
    QString addressProblem() const;
    QString serverVersion() const; // from /api/info, once checked
    bool serverHasLdap() const; // public setting LDAP_Enable

    // Signs in with a user name, or an e-mail address when the identifier contains '@'. Only the
    // SHA-256 digest of the password is sent (LDAP: the server needs the password itself); the
    // password string is overwritten once used. Allowed in Ready (and Failed/CheckingServer: it
    // then waits for the check). With ldap == true, or when serverHasLdap(), uses the LDAP
    // request. Pass the password with std::move: a buffer shared with another string cannot be
    // overwritten without changing that one too.
    void signIn(const QString &identifier, QString password, bool ldap = false);
    // Answers a two-factor challenge by retrying the original request wrapped in `totp`.
    void submitTwoFactorCode(const QString &code);
    // E-mail two-factor: asks the server to send a fresh code (POST users.2fa.sendEmailCode).
    void requestNewEmailCode();
    // Stops waiting for the sign-in; a success that still arrives is logged out at once. In
    // CheckingServer it drops a sign-in waiting for the check, or else stops the check (Failed).
    // error() is then Cancelled.
    void cancel();
    // Calls `logout` on the server and forgets the user (state Ready).
    void signOut();

    State state() const;
    SignInError error() const;
    QString errorMessage() const; // error().message(), or "" when there is none
    TwoFactorMethod twoFactorMethod() const;
    // For e-mail two-factor: the address or user name the server says the code went to.
    QString twoFactorEmailHint() const;
    // Seconds until a rate-limited sign-in may be tried again, counting down once a second.
    int rateLimitSecondsLeft() const;
    SignedInUser user() const;

Q_SIGNALS:
    void stateChanged(SignInController::State state);
    void errorChanged();
    void addressProblemChanged(const QString &problem);
    void rateLimitSecondsLeftChanged(int seconds);
    void emailCodeRequested(); // a new e-mail code was sent
    void signedIn();
    // Once the server answered `logout` (or could not be reached); also when, after a
    // reconnection, the server no longer accepts the session (signed out elsewhere, expired).
    void signedOut();

private:
    class Private;
    std::unique_ptr<Private> d;
};
