#include "auth/signincontroller_p.h"

#include "auth/signoutjob.h"
#include "core/ldapservers.h"
#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"
#include "storage/accountstore.h"

#include <utility>

namespace {

// `login` (LDAP servers and two-factor e-mail can be slow) and `logout`.
constexpr int DefaultSignInTimeoutMs = 30000;

} // namespace

SignInController::Private::Private(SignInController *q)
    : q(q)
    , connection(std::make_unique<DdpConnection>())
    , probe(&network, connection.get())
    , finishing(connection.get(), &keeper)
    , resume(connection.get())
    , attempt(connection.get())
    , emailCode(&network)
{
    attempt.setTimeoutMs(DefaultSignInTimeoutMs);
}

void SignInController::Private::setCertificateTrust(CertificateTrust *newTrust)
{
    trust = newTrust ? newTrust : &ownTrust;
    probe.setCertificateTrust(trust);
    connection->setCertificateTrust(trust);
    tokenLinks.setCertificateTrust(trust);
}

// ---- Server check ------------------------------------------------------------------------------

void SignInController::Private::startCheck()
{
    if (!address.isValid()) {
        qCInfo(lcAuth) << "server check failed:" << SignInError::Kind::InvalidAddress;
        probe.stop();
        onCheckFailed(SignInError(SignInError::Kind::InvalidAddress, addressProblem));
        return;
    }
    concludingRefusal = false; // a new check's verdict counts now
    refusal = {};
    probe.start(address);
    if (!attempt.holdsCredentials())
        clearError();
    setState(State::CheckingServer);
}

void SignInController::Private::onCheckPassed()
{
    if (keeper.keepsSessions())
        LdapServers::setLdap(address, probe.hasLdap()); // for the next pipelined sign-in
    if (attempt.isPipelined()) {
        // The login went out with the handshake: its answer, kept until now, is reported (a
        // refused password is tried once more in the LDAP shape when LDAP is on: onLoginFailed).
        if (!probe.hasLdap())
            attempt.dropLdapRetry();
        setState(State::SigningIn);
        attempt.release();
        return;
    }
    if (attempt.holdsCredentials())
        twoFactor.reset();
    const QJsonObject held = attempt.takeHeld(probe.hasLdap());
    if (held.isEmpty())
        setState(State::Ready);
    else
        sendLogin(held);
}

void SignInController::Private::onCheckFailed(const SignInError &failure)
{
    attempt.dropHeld();
    forgetPersonalAccessToken();
    if (attempt.isPipelined()) {
        const DdpConnection::State connectionState = connection->state();
        if (connectionState == DdpConnection::State::Connecting
            || connectionState == DdpConnection::State::Connected) {
            // The login went out before the check refused the server (too old, not Rocket.Chat,
            // no answer): its answer is awaited and a success logged out again, as for a
            // cancelled sign-in; only then is the check's failure reported.
            refusal = failure;
            concludingRefusal = true;
            if (attempt.hasKeptAnswer())
                concludeRefusal();
            return;
        }
        attempt.dropPipelined(); // its answer went with the connection
    }
    setError(failure);
    setState(State::Failed);
}

void SignInController::Private::pipelineLogin()
{
    if (!probe.isChecking() || !attempt.holdsCredentials())
        return;
    twoFactor.reset();
    // The LDAP shape when the person chose it, or when an earlier check found LDAP on here.
    attempt.pipeline(keeper.keepsSessions() && LdapServers::contains(address));
}

void SignInController::Private::concludeRefusal()
{
    if (!concludingRefusal || !attempt.hasKeptAnswer())
        return;
    const auto conclude = [this] {
        if (!std::exchange(concludingRefusal, false))
            return; // something newer began meanwhile
        connection->close();
        setError(std::exchange(refusal, {}));
        setState(State::Failed);
    };
    if (attempt.dropPipelined()) {
        qCInfo(lcAuth) << "signed in to a server the check refused; signing out again";
        endAbandonedSession(conclude);
        return;
    }
    conclude();
}

bool SignInController::Private::cancelPipelined()
{
    if (std::exchange(concludingRefusal, false)) {
        // The check is over already: what it said is no longer waited for.
        abandonLogin();
        connection->close();
        refusal = {};
        setError(SignInError(SignInError::Kind::Cancelled));
        setState(State::Failed);
        return true;
    }
    if (!attempt.isPipelined())
        return false;
    // The check goes on; a success still to come is logged out (onLateSuccess()).
    abandonLogin();
    attempt.dropHeld();
    setError(SignInError(SignInError::Kind::Cancelled));
    return true;
}

void SignInController::Private::onConnectionLost(const DdpError &reason)
{
    if (state == State::SignedIn && !destroying) {
        // Said at once; DdpConnection has already scheduled the next try.
        reconnectCountdown.start(connection->reconnectDelayLeftMs());
        setConnectionLost(true, SignInError::fromDdpError(reason));
    }
    if (probe.isChecking()) {
        probe.connectionLost(reason);
        return;
    }
    if (state == State::Resuming && resume.isActive() && !isFinishing()) {
        // Before the stored token got its answer (or even went out): retry later, or give up
        // when retrying cannot help (no common protocol version, an untrusted certificate).
        resume.failAttempt(SignInError::fromDdpError(reason));
        return;
    }
    // Later drops are DdpConnection's business: it reconnects, and a call in flight fails with
    // ConnectionLost (handled where the call finishes). While signed in, the state stays
    // SignedIn meanwhile: the new session is signed in again by resumeSession().
    if (reason.kind() == DdpError::Kind::VersionMismatch && state == State::Ready) {
        probe.invalidate();
        connection->close();
        setError(SignInError::fromDdpError(reason));
        setState(State::Failed);
    }
}

void SignInController::Private::adoptServer(const ServerAddress &server)
{
    dropCurrentFlow();
    probe.stop();
    address = server;
    if (!addressProblem.isEmpty()) {
        addressProblem.clear();
        Q_EMIT q->addressProblemChanged(QString());
    }
    suggestedUsername.clear();
    setNotice({});
}

// ---- Sign-in -----------------------------------------------------------------------------------

void SignInController::Private::sendLogin(const QJsonObject &login)
{
    twoFactor.setRequest(login);
    attempt.call(login);
}

void SignInController::Private::onLateSuccess()
{
    // `logout` acts on whatever the connection is signed in with, so not once a newer sign-in
    // has gone out after it.
    if (attempt.isRunning() || isFinishing() || resume.isActive() || state == State::SignedIn) {
        qCInfo(lcAuth) << "a cancelled sign-in succeeded after all; a newer one replaced it";
        return;
    }
    qCInfo(lcAuth) << "a cancelled sign-in succeeded after all; signing out again";
    endAbandonedSession();
}

void SignInController::Private::onLoginSucceeded(const QJsonObject &result)
{
    SignedInUser signedIn;
    signedIn.account.userId = result.value(QLatin1String("id")).toString();
    signedIn.token = result.value(QLatin1String("token")).toString();
    signedIn.account.tokenExpires
        = DdpFrame::toDateTime(result.value(QLatin1String("tokenExpires")));
    signedIn.loginType = result.value(QLatin1String("type")).toString();
    signedIn.account.server = address;
    if (resume.isActive()) {
        signedIn.account.kind = resume.account().kind;
    } else if (!personalAccessToken.isEmpty() && signedIn.token == personalAccessToken) {
        signedIn.account.kind = SavedAccount::Kind::PersonalAccessToken;
    }
    forgetPersonalAccessToken();
    if (signedIn.account.isPersonalAccessToken()) {
        // It has no `when`, so the server's expiry is null or nonsense: it does not expire.
        signedIn.account.tokenExpires = {};
    }
    twoFactor.forgetRequest();
    if (signedIn.account.userId.isEmpty() || signedIn.token.isEmpty()) {
        qCWarning(lcAuth) << "the server accepted the sign-in but sent no user id or token";
        const SignInError failure(SignInError::Kind::ServerError,
                                  SignInController::tr("unexpected answer to the sign-in"));
        if (resume.isActive()) {
            endResume(failure, State::Ready);
            return;
        }
        setError(failure);
        setState(State::Ready);
        return;
    }
    const bool resuming = resume.isActive();
    finishing.start(signedIn, attempt.identifier(),
                    resuming ? std::optional<SavedAccount>(resume.account()) : std::nullopt,
                    resuming ? resume.token() : QString());
}

void SignInController::Private::completeSignIn(const SignedInUser &signedIn)
{
    user = signedIn;
    if (resume.isActive())
        resume.succeed();
    suggestedUsername.clear();
    twoFactor.reset();
    setNotice({});
    setSignOutProgress(SignOutProgress::None);
    qCInfo(lcAuth) << "signed in by" << user.loginType << "until" << user.account.tokenExpires;
    clearError();
    setState(State::SignedIn);
    Q_EMIT q->signedIn();
}

void SignInController::Private::onLoginFailed(const SignInError &loginFailure)
{
    using Kind = SignInError::Kind;
    // The server's words for a browser sign-in it did not accept are about passwords.
    const SignInError failure = BrowserSignIn::isBrowserRequest(twoFactor.request())
        ? BrowserSignIn::loginError(loginFailure)
        : loginFailure;
    qCInfo(lcAuth) << "sign-in failed:" << failure.ddpError().toLogString();
    if (attempt.canRetryWithLdap() && failure.kind() == Kind::WrongCredentials && probe.hasLdap()) {
        // The pipelined password shape was refused, and the check found LDAP on: once more in
        // the LDAP shape (one more round trip; the password kept for it goes now).
        qCInfo(lcAuth) << "the server has LDAP: signing in again through it";
        sendLogin(attempt.takeLdapRetry());
        return;
    }
    attempt.dropLdapRetry();
    const bool wasTwoFactor = twoFactor.isActive();
    forgetPersonalAccessToken();

    switch (twoFactor.read(failure, attempt.identifier())) {
    case TwoFactorChallenge::Reading::Challenge:
        // Being asked for a code is not a failure; a wrong code is.
        if (failure.kind() == Kind::TwoFactorInvalid)
            setError(failure);
        else
            clearError();
        setState(State::TwoFactorRequired);
        return;
    case TwoFactorChallenge::Reading::UnsupportedMethod:
        // A method we cannot ask for (e.g. "password"): nothing more to do here.
        twoFactor.forgetRequest();
        setError(SignInError(Kind::TwoFactorRequired, twoFactor.serverMethod()));
        setState(State::Ready);
        return;
    case TwoFactorChallenge::Reading::NotTwoFactor:
        break;
    }

    if (failure.kind() == Kind::RateLimited)
        rateLimitCountdown.start(failure.retryAfterMs());
    if (failure.kind() == Kind::Timeout) {
        // Meteor runs a session's methods one at a time and `login` does not let the next one
        // start: behind a login the server never finished, every later call on this session
        // would wait too. The next try goes out on a new session.
        qCInfo(lcAuth) << "opening a new connection after the sign-in timed out";
        connection->close();
        connection->open(address);
    }
    setError(failure);
    if (wasTwoFactor && failure.isTransient()) {
        // The code can be sent again once the server is back or the wait is over (the request
        // kept for it expires as after any challenge).
        twoFactor.waitForCode();
        setState(State::TwoFactorRequired);
        return;
    }
    twoFactor.end();
    if (failure.kind() == Kind::ProtocolVersion) {
        probe.invalidate();
        setState(State::Failed);
        return;
    }
    setState(State::Ready);
}

void SignInController::Private::onEmailCodeRequested(const SignInError &failure)
{
    if (!failure.isError()) {
        qCInfo(lcAuth) << "a new e-mail code was sent";
        clearError();
        Q_EMIT q->emailCodeRequested();
        return;
    }
    if (failure.kind() == SignInError::Kind::RateLimited)
        rateLimitCountdown.start(failure.retryAfterMs());
    setError(failure);
}

void SignInController::Private::abandonLogin()
{
    // A late success is signed out again (onLateSuccess()).
    attempt.abandon();
    if (resume.isActive()) {
        abandonResume(); // a stored session is never logged out for being abandoned
        return;
    }
    if (isFinishing()) {
        // SessionKeeper reports the token once written, and it is removed again.
        finishing.abandon();
        endAbandonedSession();
    }
}

void SignInController::Private::resumeSession()
{
    if (state == State::Resuming && resume.isActive() && !isFinishing()) {
        sendResume(); // resumeAccount(): the stored token goes with the handshake
        return;
    }
    // A new DDP session after a drop is not signed in; the token signs it in again, pipelined
    // with the handshake (as Meteor's client does on reconnect).
    const QString token = currentToken();
    if (token.isEmpty())
        return;
    qCInfo(lcAuth) << "resuming the session on the new connection";
    DdpMethodCall *call = connection->call(QStringLiteral("login"), { LoginRequest::resume(token) },
                                           attempt.timeoutMs());
    QObject::connect(call, &DdpMethodCall::finished, q,
                     [this, call, token] { onSessionResumed(call, token); });
}

void SignInController::Private::onSessionResumed(DdpMethodCall *call, const QString &token)
{
    if (destroying || currentToken() != token)
        return;
    if (!call->hasError()) {
        const QDateTime expires
            = DdpFrame::toDateTime(call->result().toObject().value(QLatin1String("tokenExpires")));
        if (state != State::SignedIn) {
            if (expires.isValid() && !finishing.user().account.isPersonalAccessToken())
                finishing.user().account.tokenExpires = expires;
            return;
        }
        if (expires.isValid() && !user.account.isPersonalAccessToken())
            user.account.tokenExpires = expires;
        if (keeper.keepsSessions() && keeper.accounts()->contains(signedInKey()))
            keeper.saveAccount(user.account);
        setConnectionLost(false);
        return;
    }
    if (call->error().kind() != DdpError::Kind::ServerError)
        return; // lost again: the next connection tries again
    if (state != State::SignedIn)
        return; // still being saved; the answer to the sign-in itself was a success
    // Revoked, expired or the user removed: this sign-in is over (how a server says so:
    // app/rocketchat/README.md).
    const SignInError failure = SignInError::fromResumeError(call->error());
    qCInfo(lcAuth) << "the server no longer accepts the session:" << call->error().toLogString();
    const QString key = signedInKey();
    suggestedUsername = user.account.username;
    user = {};
    if (failure.kind() == SignInError::Kind::SessionRejected)
        keeper.forget(key);
    setError(failure);
    setState(State::Ready);
    Q_EMIT q->signedOut();
}

QString SignInController::Private::currentToken() const
{
    if (state == State::SignedIn)
        return user.token;
    if (finishing.isFinishing())
        return finishing.user().token;
    return attempt.keptToken(); // a pipelined sign-in's success, waiting for the check
}

QString SignInController::Private::signedInKey() const
{
    return state == State::SignedIn && user.account.isValid() ? user.account.key() : QString();
}

bool SignInController::Private::isKeyInUse(const QString &key) const
{
    return signedInKey() == key || (resume.isActive() && resume.account().key() == key);
}

void SignInController::Private::closeConnectionIfDown(bool unresponsive)
{
    // No reconnecting for ever to a server nobody is signed in to, unless something newer uses
    // the connection meanwhile.
    if (state != State::Ready || probe.isChecking() || attempt.holdsCredentials()
        || attempt.isRunning()
        || (!unresponsive && connection->state() == DdpConnection::State::Connected))
        return;
    connection->close();
    probe.invalidate();
}

void SignInController::Private::setSignOutProgress(SignOutProgress progress)
{
    if (progress == signOutProgress)
        return;
    signOutProgress = progress;
    if (progress == SignOutProgress::None)
        signOutJob.clear();
    Q_EMIT q->signOutProgressChanged();
}

void SignInController::Private::setConnectionLost(bool lost, const SignInError &reason)
{
    if (!lost)
        reconnectCountdown.stop();
    if (lost == connectionLost && reason.kind() == connectionProblem.kind()
        && reason.message() == connectionProblem.message())
        return;
    if (lost)
        qCInfo(lcAuth) << "signed in, but the connection is lost:" << reason.kind();
    else
        qCInfo(lcAuth) << "signed in again on a new connection";
    connectionLost = lost;
    connectionProblem = reason;
    Q_EMIT q->connectionLostChanged();
}

void SignInController::Private::setNotice(const QString &text)
{
    twoFactorNotice = false;
    if (text == notice)
        return;
    notice = text;
    Q_EMIT q->noticeChanged();
}

// ---- Resuming a stored account -----------------------------------------------------------------

void SignInController::Private::startResumeAttempt()
{
    if (!resume.prepareAttempt()) {
        // The server would only refuse it: no need to ask, nor to send a secret for nothing.
        keeper.forget(resume.account().key());
        endResume(SignInError(SignInError::Kind::SessionExpired), State::Ready);
        return;
    }
    attempt.setIdentifier(resume.account().username);
    clearError();
    setState(State::Resuming);
    resume.startAttempt(probe.timeoutMs(), attempt.timeoutMs());
}

void SignInController::Private::sendResume()
{
    if (state == State::Resuming && !isFinishing())
        resume.send();
}

void SignInController::Private::concludeFailedAttempt(const SignInError &failure)
{
    using Kind = SignInError::Kind;
    qCInfo(lcAuth) << "resuming failed:" << failure.kind() << failure.ddpError().toLogString();
    if (failure.kind() == Kind::SessionRejected) {
        // The server says the token is no good: the one case where a stored session is dropped.
        keeper.forget(resume.account().key());
        endResume(failure, State::Ready);
        return;
    }
    if (failure.isTransient()) {
        setError(failure);
        resume.waitToRetry(failure);
        setState(State::Offline);
        return;
    }
    if (failure.kind() == Kind::Cancelled)
        return; // we closed the connection ourselves
    // Retrying will not help (no common protocol version, an untrusted certificate, an account
    // the server will not let in): the token is kept, the person decides what next.
    const bool untrusted
        = failure.kind() == Kind::TlsUntrusted || failure.kind() == Kind::CertificateChanged;
    if (untrusted)
        untrustedAccountKey = resume.account().key();
    const bool serverUnusable = failure.kind() == Kind::ProtocolVersion || untrusted;
    endResume(failure, serverUnusable ? State::Failed : State::Ready);
}

void SignInController::Private::endResume(const SignInError &failure, State endState)
{
    // The sign-in page opens with the server and the user name filled in.
    suggestedUsername = resume.isActive() ? resume.account().username : QString();
    abandonResume();
    connection->close();
    probe.invalidate();
    setError(failure);
    setState(endState);
}

void SignInController::Private::abandonResume()
{
    // The server took the token: the session stays good for the next resume. No logout.
    if (resume.end() && isFinishing())
        finishing.abandon();
}

void SignInController::Private::dropCurrentFlow()
{
    browser->end();
    abandonResume();
    if (attempt.isRunning() || isFinishing())
        abandonLogin();
    attempt.dropHeld();
    concludingRefusal = false;
    refusal = {};
    twoFactor.end();
    forgetPersonalAccessToken();
    user = {};
    setSignOutProgress(SignOutProgress::None); // it was about the previous server
}

void SignInController::Private::forgetPersonalAccessToken()
{
    LoginRequest::wipe(personalAccessToken);
    personalAccessToken.clear();
}

// ---- Links -------------------------------------------------------------------------------------

void SignInController::Private::refuseLink(const SignInError &failure)
{
    Q_EMIT q->linkRefused(failure);
    // Said where it disturbs nothing: a sign-in or session under way goes on as it was.
    switch (state) {
    case State::Idle:
    case State::CheckingServer:
    case State::Ready:
    case State::Failed:
    case State::WaitingForBrowser:
        setError(failure);
        break;
    case State::SigningIn:
    case State::TwoFactorRequired:
    case State::SignedIn:
    case State::Resuming:
    case State::Offline:
        break;
    }
}

// ---- Two-factor --------------------------------------------------------------------------------

void SignInController::Private::onTwoFactorExpired()
{
    // The request (digest, LDAP password, browser credentials) is forgotten already.
    if (state != State::TwoFactorRequired)
        return;
    qCInfo(lcAuth) << "the two-factor step expired; signing in again is needed";
    twoFactor.end();
    setError(SignInError(SignInError::Kind::TwoFactorRequired));
    setNotice(SignInController::tr("Liftoff waited too long for the two-factor code, so it "
                                   "forgot your sign-in details for your security. Sign in "
                                   "again to continue."));
    twoFactorNotice = true;
    setState(probe.isChecked() ? State::Ready : State::Failed);
}

void SignInController::Private::clearTwoFactorNotice()
{
    if (!std::exchange(twoFactorNotice, false))
        return;
    setNotice({});
}

// ---- State, errors -----------------------------------------------------------------------------

void SignInController::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    if (newState != State::SignedIn && connectionLost)
        setConnectionLost(false);
    Q_EMIT q->stateChanged(newState);
}

void SignInController::Private::setError(const SignInError &newError)
{
    error = newError;
    Q_EMIT q->errorChanged();
}

void SignInController::Private::clearError()
{
    if (!error.isError())
        return;
    error = {};
    Q_EMIT q->errorChanged();
}

// ---- Keeping the session -----------------------------------------------------------------------

void SignInController::Private::leaveAccount()
{
    if (state != State::SignedIn && !resume.isActive()) {
        qCWarning(lcAuth) << "leaveAccount() ignored while" << state;
        return;
    }
    qCInfo(lcAuth) << "leaving the account; its session stays stored";
    abandonResume();
    user = {};
    suggestedUsername.clear();
    clearError();
    // A new connection: the one signed in goes (the server keeps the token, for resuming).
    startCheck();
}

bool SignInController::Private::leaveForSignIn(const char *caller)
{
    switch (state) {
    case State::SigningIn:
    case State::SignedIn:
        qCWarning(lcAuth) << caller << "ignored while" << state;
        return false;
    case State::TwoFactorRequired:
        // Starting over with (possibly other) credentials.
        twoFactor.end();
        break;
    case State::Resuming:
    case State::Offline:
        qCInfo(lcAuth) << "signing in with new credentials instead of the stored session";
        abandonResume();
        probe.stop();
        break;
    case State::WaitingForBrowser:
        // Credentials after all: the browser's link will not be waited for any more.
        browser->end();
        setState(State::Ready);
        break;
    case State::Idle:
    case State::CheckingServer:
    case State::Ready:
    case State::Failed:
        break;
    }
    return true;
}

void SignInController::Private::endAbandonedSession(const std::function<void()> &done)
{
    if (!tokenSignIn) {
        attempt.logOutQuietly(done);
        return;
    }
    qCInfo(lcAuth) << "closing the connection of an abandoned personal-access-token sign-in";
    connection->close();
    probe.invalidate();
    if (done)
        done();
}
