#pragma once

// Not part of the public interface: SignInController's private half, and the test-only accessors
// (SignInControllerPrivate::get(controller)->…).

#include "auth/finishingsignin.h"
#include "auth/loginattempt.h"
#include "auth/serverprobe.h"
#include "auth/sessionkeeper.h"
#include "auth/signincontroller.h"
#include "auth/storedsessionresume.h"
#include "auth/tokenlinkconfirmation.h"
#include "auth/twofactorchallenge.h"
#include "core/secondscountdown.h"
#include "rocketchat/emailcoderequest.h"
#include "sso/browsersignin.h"
#include "sso/linkrouter.h"
#include "tls/certificatetrust.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class DdpMethodCall;
class SignOutJob;

class SignInController::Private
{
public:
    using State = SignInController::State;

    static Private *get(SignInController *controller) { return controller->d.get(); }
    static Private *get(SignInController &controller) { return controller.d.get(); }

    explicit Private(SignInController *q);

    // ---- Test-only ----
    // The pause in typing before the server check (default 500 ms).
    void setServerCheckDelayMs(int ms) { probe.setDelayMs(ms); }
    // The waits between tries while Offline.
    ReconnectBackoff &offlineBackoff() { return resume.backoff(); }
    // Another CertificateTrust (not owned; it must outlive the controller), null: its own.
    void setCertificateTrust(CertificateTrust *trust);
    // How often CAS is asked (default 4 s).
    void setCasPollIntervalMs(int ms) { browser->setCasPollIntervalMs(ms); }
    // How long the request kept for a two-factor code lives without a code (default 5 minutes).
    void setTwoFactorExpiryMs(int ms) { twoFactor.setExpiryMs(ms); }
    // Whether a request (digest, LDAP password, browser credentials) is kept for a code.
    bool holdsTwoFactorRequest() const { return twoFactor.hasRequest(); }
    // A session-token link is being checked (its owner asked of its server).
    bool isCheckingLink() const { return tokenLinks.isChecking(); }
    // Leaves the account signed in (or being resumed) WITHOUT signing out: its session stays
    // stored for resumeAccount(), and the sign-in page comes back for the same server (a check
    // runs: CheckingServer, then Ready).
    void leaveAccount();

    // ---- The flow ----
    // Server check.
    void startCheck();
    void onCheckPassed();
    void onCheckFailed(const SignInError &failure);
    // Sign-in before the check ended: the held credentials go out with the handshake.
    void pipelineLogin();
    // The check refused the server after a pipelined `login`: its success is logged out, then
    // the check's failure is reported.
    void concludeRefusal();
    // cancel() while a pipelined `login` waits for the check; false when there is none.
    bool cancelPipelined();
    void onConnectionLost(const DdpError &reason);

    // Sign-in.
    void sendLogin(const QJsonObject &request);
    void onLateSuccess();
    void onLoginSucceeded(const QJsonObject &result);
    void completeSignIn(const SignedInUser &signedIn);
    void onLoginFailed(const SignInError &error);
    void onEmailCodeRequested(const SignInError &failure);
    void abandonLogin();
    void resumeSession();
    void onSessionResumed(DdpMethodCall *call, const QString &token);
    // Between a successful `login` and signedIn(): the users document, then the keychain.
    bool isFinishing() const { return finishing.isFinishing(); }
    QString currentToken() const;
    QString signedInKey() const;
    bool isKeyInUse(const QString &key) const;
    // unresponsive: also when connected (the server did not answer in time).
    void closeConnectionIfDown(bool unresponsive = false);
    void setNotice(const QString &text);
    void setSignOutProgress(SignOutProgress progress);
    // While SignedIn: the socket closed (reason), or the session is signed in again (lost false).
    void setConnectionLost(bool lost, const SignInError &reason = {});
    // A new server (typed, a stored account's, a link's) without a typing pause.
    void adoptServer(const ServerAddress &server);

    // Resuming a stored account.
    void startResumeAttempt();
    void sendResume();
    void concludeFailedAttempt(const SignInError &failure);
    void endResume(const SignInError &failure, State endState);
    void abandonResume();
    // Before a sign-in with new credentials: ends a two-factor challenge, a resume (the stored
    // session stays stored; a check follows, as the resume skipped it) or the wait for the
    // browser. False (logged, nothing changed) while signing in or signed in.
    bool leaveForSignIn(const char *caller);
    // Stops whatever sign-in, resume or two-factor step is going on and forgets the user (a
    // stored session is not logged out: its token stays for switching back).
    void dropCurrentFlow();

    // Single sign-on in the browser.
    void refuseLink(const SignInError &failure);

    // Two-factor: the request kept for the code expired.
    void onTwoFactorExpired();
    // The notice that said so goes once the person goes on.
    void clearTwoFactorNotice();

    void setState(State newState);
    void setError(const SignInError &newError);
    void clearError();

    SignInController *q;
    bool destroying = false;
    CertificateTrust ownTrust;
    CertificateTrust *trust = &ownTrust;
    // The stored account whose resume met an untrusted certificate: trustCertificate() resumes it.
    QString untrustedAccountKey;
    QNetworkAccessManager network;
    std::unique_ptr<DdpConnection> connection;
    ServerProbe probe;
    SessionKeeper keeper;
    FinishingSignIn finishing;
    StoredSessionResume resume;
    LoginAttempt attempt;
    TwoFactorChallenge twoFactor;
    EmailCodeRequest emailCode;
    // Made once the connection exists, gone before it.
    std::unique_ptr<BrowserSignIn> browser;
    std::optional<LinkRouter> links;
    TokenLinkConfirmation tokenLinks;

    ServerAddress address;
    QString addressProblem;

    State state = State::Idle;
    SignInError error;
    // The check's failure, reported once the pipelined `login` it refused is settled.
    SignInError refusal;
    bool concludingRefusal = false;

    SignedInUser user;
    SecondsCountdown rateLimitCountdown;
    QString notice;
    bool twoFactorNotice = false; // notice says the two-factor step expired
    // After a failed resume: the user name to prefill on the sign-in page.
    QString suggestedUsername;
    // Signing out: the latest job, how it goes, and how long it waits for the server.
    QPointer<SignOutJob> signOutJob;
    SignOutProgress signOutProgress = SignOutProgress::None;
    int signOutWaitMs = -1; // setSignOutTimeoutMs(); < 0: the sign-in time-out
    // While SignedIn: the connection dropped and the new session is not signed in yet.
    bool connectionLost = false;
    SignInError connectionProblem;
    SecondsCountdown reconnectCountdown;
    // The personal access token of the sign-in under way (signInWithPersonalAccessToken()): the
    // result carrying this token is kept as one. Wiped once the sign-in ends.
    QString personalAccessToken;
    void forgetPersonalAccessToken();
    // The latest sign-in with credentials was a personal access token: if it is abandoned and
    // still succeeds, the connection is closed instead of sending `logout`, which would delete
    // the token on the server.
    bool tokenSignIn = false;
    // Ends a session signed in by an abandoned sign-in: `logout`, or for a personal access token
    // only closing the connection. done, if given, runs afterwards.
    void endAbandonedSession(const std::function<void()> &done = {});
    // signOutOtherSessions()'s `removeOtherTokens`, while it runs.
    QPointer<DdpMethodCall> removeOtherTokensCall;
};

using SignInControllerPrivate = SignInController::Private;
