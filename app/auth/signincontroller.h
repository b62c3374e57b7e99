#pragma once

#include "auth/signedinuser.h"
#include "core/serveraddress.h"
#include "rocketchat/deeplink.h"
#include "rocketchat/signinerror.h"
#include "storage/keychainerror.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class AccountStore;
class CertificateTrust;
class DdpConnection;
class LoginServices;
class TokenStore;

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
//
// A stored account (resumeAccount()), without the server check:
//
//              ┌──── token read + {resume} with the handshake ───▶ SignedIn
//              │
// resumeAccount() ─▶ Resuming ──server rejects / expired / keychain / cancel()──▶ Ready
//              ▲        │ │
//              │        │ └── no common DDP version, untrusted certificate ──▶ Failed
//              │        ▼
//              └─── Offline (network trouble: the token is kept; retries after
//     countdown / retryNow()      offlineRetrySecondsLeft(), with back-off)
//
// Single sign-on in the browser (signInWithService(), handleLink()):
//
// Ready ─signInWithService()─▶ WaitingForBrowser ─link (handleLink) / CAS poll─▶ SigningIn ─▶ …
//                                   │  └─ a forged or stale link: refused (linkRefused()), waiting
//                                   goes on └─ cancel(), time-out, provider denied, other server ─▶
//                                   Ready
// (A provider's refusal ends the waiting only when it names the sign-in: its credential token.)
// A session-token link (host, token, userId): its server is asked whose session it is, on a
// connection of its own (closed again without `logout`); then the person is asked
// (linkConfirmationRequested()); once confirmed: CheckingServer on the link's server, then
// SigningIn with {resume}. A token its server refuses is refused (linkRefused()), unasked.
//
// TwoFactorRequired keeps the request (digest, LDAP password) for the code only so long: after
// 5 minutes without a code it is forgotten, and the state is Ready (error TwoFactorRequired,
// notice() says why).
//
// While SignedIn, a dropped socket does not change the state: DdpConnection reconnects and the
// token signs the new session in again. Only if the server then refuses it: Ready, signedOut().
// Meanwhile isConnectionLost() says so, at once (see "The connection while signed in").
class SignInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(
        int rateLimitSecondsLeft READ rateLimitSecondsLeft NOTIFY rateLimitSecondsLeftChanged)
    Q_PROPERTY(int offlineRetrySecondsLeft READ offlineRetrySecondsLeft NOTIFY
                   offlineRetrySecondsLeftChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool connectionLost READ isConnectionLost NOTIFY connectionLostChanged)
    Q_PROPERTY(
        int reconnectSecondsLeft READ reconnectSecondsLeft NOTIFY reconnectSecondsLeftChanged)
    Q_PROPERTY(SignOutProgress signOutProgress READ signOutProgress NOTIFY signOutProgressChanged)
public:
    enum class State {
        Idle, // no usable server address yet
        CheckingServer, // GET /api/info and the DDP handshake, in parallel
        Ready, // server fine, waiting for credentials (error() may hold the last failure)
        SigningIn, // `login` sent
        TwoFactorRequired, // the server asks for a code (see twoFactorMethod())
        SignedIn,
        Failed, // the server check failed (error() says why); change the address or retry
        Resuming, // signing in with a stored token (keychain read, then {resume})
        Offline, // a stored account waits for its server; retries by itself (offlineRetry…)
        WaitingForBrowser, // the sign-in continues in the browser (browser…(), cancel())
    };
    Q_ENUM(State)

    enum class TwoFactorMethod { None, Totp, Email };
    Q_ENUM(TwoFactorMethod)

    // The last signOut(): under way, or how it ended (see signOutProgress()).
    enum class SignOutProgress {
        None, // no sign-out since the last sign-in or change of server
        SigningOut, // signed out here; waiting (a few seconds at most) for the server's answer
        ServerReached, // the server answered `logout`: the session is over there too
        ServerNotReached, // the server did not answer (in time); notice() says what that means
    };
    Q_ENUM(SignOutProgress)

    explicit SignInController(QObject *parent = nullptr);
    ~SignInController() override;

    // ---- Keeping the session (both stores are not owned and must outlive the controller;
    // without them nothing is kept, as with `liftoff login --no-store`) ----
    //
    // With stores, a successful sign-in writes the token to the keychain and the account data to
    // the AccountStore BEFORE signedIn() is emitted. If the keychain refuses, the person stays
    // signed in for this run and storageProblem() says the session will not survive a restart.
    void setStores(TokenStore *tokens, AccountStore *accounts);
    AccountStore *accountStore() const;

    // Resumes a stored account: state Resuming; reads the token while the DDP connection opens,
    // and sends {resume: token} pipelined with the handshake.
    // - token expired (tokenExpires passed): not sent; the account and token are removed, state
    //   Ready, error SessionExpired, server() and suggestedUsername() prefilled. (At once, without
    //   Resuming and without a connection; checked again before each retry while Offline.)
    // - the server rejects it (401/403 …): token and account data deleted, state Ready, error
    //   SessionRejected (with the server's reason), server()/suggestedUsername() prefilled.
    // - network trouble (unreachable, time-out, dropped): token kept, state Offline, retry with
    //   back-off (offlineRetrySecondsLeft() counts down) until it works or retryNow()/cancel().
    //   error() says why (ServerUnreachable, Timeout, ConnectionLost, RateLimited); each retry
    //   is Resuming again, then SignedIn or Offline.
    // - keychain trouble: account data kept, state Ready, error KeychainUnavailable (its message
    //   is the KeychainError's), storageProblem() set.
    // Returns false (and does nothing) when no account has that key.
    bool resumeAccount(const QString &accountKey);
    // The most recently used stored account; false when there is none.
    bool resumeLastAccount();
    // Offline: tries again now.
    void retryNow();
    // Offline: seconds until the next try, counting down once a second; 0 otherwise.
    int offlineRetrySecondsLeft() const;
    // (The waits between tries: 1 s, doubling, at most 60 s, ±25 %; reset by resumeAccount()
    // and by success.)
    // The stored-account key (TokenStore::entryKey()) of the account signed in, or being resumed
    // (Resuming, Offline); empty otherwise. For marking the current one in an account list.
    QString accountKey() const;
    // After a failed resume: the user name to prefill on the sign-in page.
    QString suggestedUsername() const;
    // The last keychain problem of this run (save, read or delete), or None. A later successful
    // save or read (the keychain works again) clears it.
    KeychainError storageProblem() const;
    // A translated notice that is not an error: e.g. after signing out while the server was
    // unreachable, "the server session may still be valid". Empty when there is none.
    QString notice() const;
    // Forgets a stored account (its token in the keychain and its data); when it is the one
    // signed in (or being resumed), signs out first. Another account's server session is not
    // logged out: it would need a connection of its own. Returns false when no such account.
    bool removeAccount(const QString &accountKey);

    DdpConnection *connection() const;

    // ---- Certificates the system does not trust ----
    //
    // The server check and the DDP connection both ask this CertificateTrust: the controller's
    // own, over the application's settings.
    CertificateTrust *certificateTrust() const;
    // After a failure for an untrusted or changed certificate (error() TlsUntrusted or
    // CertificateChanged, state Failed): the certificate, host, fingerprint and problem to show.
    // Null otherwise; errorChanged() signals changes.
    UntrustedCertificate untrustedCertificate() const;
    // Trusts untrustedCertificate() for its server from now on (kept in the settings) and checks
    // the server again, or, when a stored account was being resumed, resumes it again. False
    // (nothing done) when there is no certificate the person may trust.
    bool trustCertificate();

    // The server field changed. Validates at once (addressProblem()); after a short pause without
    // further typing (half a second) checks the server and opens the DDP connection, so that
    // pressing Sign in then costs one round trip. A valid address puts the state in
    // CheckingServer at once (the pause is part of the check); the same address again is a no-op.
    void setServer(const QString &text, bool allowInsecure = false);
    // Checks (again) now, without the typing pause. Also the way out of Failed.
    void checkServerNow();
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
    // then goes out with the DDP handshake, the state staying CheckingServer until the check's
    // verdict; after a failed check it waits for a check that passes; app/auth/README.md). With
    // ldap == true, or when serverHasLdap() (or, before the check, the server is remembered as
    // LDAP), uses the LDAP request. Pass the password with std::move: a buffer shared with
    // another string cannot be overwritten without changing that one too.
    void signIn(const QString &identifier, QString password, bool ldap = false);
    // Signs in with a personal access token (made in Rocket.Chat under My Account → Personal
    // Access Tokens) instead of a password: `login` with {resume: token}, the token trimmed, sent
    // at once when the server check has run (else it waits for the check, as signIn() does). No
    // two-factor code is asked for. The account is kept as a personal access token
    // (SavedAccount::Kind): it never expires here, and signing out of it forgets it on this
    // computer without `logout`, which would delete the token on the server.
    void signInWithPersonalAccessToken(QString token);
    // A signIn() waits for the server check to end (state CheckingServer), held or already sent.
    bool signInPending() const;
    // Answers a two-factor challenge by retrying the original request wrapped in `totp`. The
    // request is kept for this only until the challenge expires (5 minutes without a code):
    // then the state is Ready, error() TwoFactorRequired and notice() says so.
    void submitTwoFactorCode(const QString &code);
    // E-mail two-factor: asks the server to send a fresh code (POST users.2fa.sendEmailCode).
    void requestNewEmailCode();
    // Stops waiting for the sign-in; a success that still arrives is logged out at once. In
    // CheckingServer it drops a sign-in waiting for the check, or else stops the check (Failed).
    // error() is then Cancelled.
    void cancel();
    // Signed in with a session (not a personal access token) and no sign-out of the other
    // sessions under way: signOutOtherSessions() may be called.
    bool canSignOutOtherSessions() const;
    // Ends every other session of the signed-in user on the server (`removeOtherTokens`): other
    // devices and browsers are signed out, and the user's personal access tokens stop working,
    // since the server keeps them in the same list. This session goes on.
    // otherSessionsSignedOut() or otherSessionsSignOutFailed() follows.
    void signOutOtherSessions();
    // Calls `logout` on the server, then deletes the stored token and account data, and forgets
    // the user (state Ready). A personal access token is only forgotten here (no `logout`, which
    // would delete it on the server); notice() says it still works until revoked. If the server
    // cannot be reached, deletes locally all the same and notice() says the server session may
    // still be valid. signedOut() comes once both are done. Also in Resuming and Offline: signs the
    // stored account out.
    void signOut();
    // The account is forgotten on this computer at once (its data and its token), and the server
    // is given setSignOutTimeoutMs() to answer `logout`: signOutProgress() follows it.
    SignOutProgress signOutProgress() const;
    // How long signOut() waits for the server's answer before it counts as not reached (the
    // window: a few seconds). Default: the `logout` call's own time-out (setSignInTimeoutMs()).
    void setSignOutTimeoutMs(int ms);
    // The notice() after a sign-out the server did not answer (for reserving its space).
    static QString unreachedSignOutNotice();
    // The server check passed and still holds (Ready may also follow a resume that was cancelled
    // before the server ever answered: then false).
    bool isServerChecked() const;

    // ---- The connection while signed in ----
    //
    // While SignedIn the DDP connection may drop (the server restarts or goes away, the network
    // goes down): the state stays SignedIn, DdpConnection reconnects with back-off and the token
    // signs the new session in again. isConnectionLost() is true from the moment the socket
    // closes until that new session is signed in (connectionLostChanged()); meanwhile
    // reconnectSecondsLeft() counts down to the next try (0 while a try is under way),
    // connectionProblem() says what the last try ran into, and reconnectNow() skips the wait.
    bool isConnectionLost() const;
    int reconnectSecondsLeft() const;
    SignInError connectionProblem() const;
    void reconnectNow();

    // ---- Single sign-on in the browser ----
    //
    // The server's browser sign-in services (OAuth, SAML, CAS), live while connected.
    LoginServices *loginServices() const;
    // Starts signing in with a service (LoginService id or name): opens the browser on it and
    // waits (WaitingForBrowser) for its link, or for CAS, asks the server every few seconds.
    // Only once the server is checked (Ready, or WaitingForBrowser to switch service); false
    // (and error() says why, for an unknown service) otherwise.
    bool signInWithService(const QString &service);
    // A link the operating system (or `liftoff open`) handed over: rocketchat://auth?… or
    // https://go.rocket.chat/auth?…. An OAuth or SAML link is acted on only when it belongs to
    // the sign-in under way (its credential token, its server, in time); otherwise it is
    // refused: linkRefused(), and error() where that does not disturb a sign-in or session. A
    // provider's refusal ends a sign-in only when it carries its credential token, and its
    // message is ours (never the link's text). A session-token link: its server is asked whose
    // session it is first (on a connection of its own, closed without `logout`); then it waits
    // for confirmLink() (linkConfirmationRequested()), or, when the server refuses the token,
    // it is refused. One question at a time: a link that comes while one is asked waits for the
    // answer (the newest one only).
    void handleLink(const QString &text);
    // The session-token link waiting for the person's yes or no (invalid when none).
    DeepLink pendingLink() const;
    // Whose session it is, as its server said: server, userId, username and displayName (the
    // user's name, may be empty). Empty when no link waits.
    SavedAccount pendingLinkAccount() const;
    // Signs in with it: whatever is going on stops (a signed-in session stays stored), the
    // link's server is checked, then {resume: token} is sent. A link waiting is dropped.
    void confirmLink();
    // Declines it; a link waiting is checked next.
    void rejectLink();
    // While WaitingForBrowser: the address the browser was sent to (for a Copy button), whether
    // it could be opened (else browserProblem() says why), the service's label and the seconds
    // left before giving up.
    QUrl browserUrl() const;
    bool browserOpened() const;
    QString browserProblem() const;
    QString browserServiceLabel() const;
    int browserSecondsLeft() const;
    // How long the browser may take (default 5 minutes).
    void setBrowserTimeoutMs(int ms);

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
    // The token is already saved (or storageProblem() says why not) when this comes.
    void signedIn();
    void storageProblemChanged();
    void noticeChanged();
    void offlineRetrySecondsLeftChanged(int seconds);
    // Once the server answered `logout` (or could not be reached); also when, after a
    // reconnection, the server no longer accepts the session (signed out elsewhere, expired).
    void signedOut();
    void signOutProgressChanged();
    // isConnectionLost() or connectionProblem() changed.
    void connectionLostChanged();
    void reconnectSecondsLeftChanged(int seconds);
    // signOutOtherSessions(): the server ended the other sessions, or did not (error says why).
    void otherSessionsSignedOut();
    void otherSessionsSignOutFailed(const SignInError &error);
    // A session-token link's owner is known: ask whether to sign in as pendingLinkAccount().
    void linkConfirmationRequested();
    // A link was not acted on; error says why (also set as error() where that fits).
    void linkRefused(const SignInError &error);
    void browserSecondsLeftChanged(int seconds);

public:
    // Defined in signincontroller_p.h, not part of the interface (the tests' way in).
    class Private;

private:
    std::unique_ptr<Private> d;
};
