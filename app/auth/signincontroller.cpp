#include "auth/signincontroller.h"

#include "auth/signincontroller_p.h"
#include "auth/signoutjob.h"
#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"
#include "storage/accountstore.h"

#include <utility>

// ---- Public interface --------------------------------------------------------------------------

SignInController::SignInController(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    qRegisterMetaType<SignInError>();
    d->setCertificateTrust(nullptr);
    connect(&d->probe, &ServerProbe::due, this, [this] { d->startCheck(); });
    connect(&d->probe, &ServerProbe::passed, this, [this] { d->onCheckPassed(); });
    connect(&d->probe, &ServerProbe::failed, this,
            [this](const SignInError &failure) { d->onCheckFailed(failure); });
    connect(d->connection.get(), &DdpConnection::disconnected, this,
            [this](const DdpError &reason) { d->onConnectionLost(reason); });
    connect(d->connection.get(), &DdpConnection::sessionStarting, this,
            [this] { d->resumeSession(); });
    connect(d->connection.get(), &DdpConnection::reconnectScheduled, this, [this](int delayMs) {
        if (d->connectionLost)
            d->reconnectCountdown.start(delayMs);
    });
    connect(d->connection.get(), &DdpConnection::stateChanged, this,
            [this](DdpConnection::State state) {
                if (d->connectionLost && state == DdpConnection::State::Connecting)
                    d->reconnectCountdown.stop(); // trying now
            });
    connect(&d->reconnectCountdown, &SecondsCountdown::secondsLeftChanged, this,
            [this](int seconds) {
                if (d->connectionLost)
                    Q_EMIT reconnectSecondsLeftChanged(seconds);
            });

    connect(&d->keeper, &SessionKeeper::storageProblemChanged, this,
            &SignInController::storageProblemChanged);
    connect(&d->keeper, &SessionKeeper::abandonedTokenWritten, this, [this](const QString &key) {
        // Its sign-in was logged out again (abandonLogin()): of no use to anyone, unless the same
        // account is in use again by now.
        if (!d->isKeyInUse(key))
            d->keeper.removeToken(key);
    });
    connect(&d->finishing, &FinishingSignIn::finished, this,
            [this](const SignedInUser &signedIn) { d->completeSignIn(signedIn); });

    connect(&d->resume, &StoredSessionResume::tokenRead, this, [this] {
        d->keeper.setStorageProblem({}); // the keychain works (again)
        d->sendResume();
    });
    connect(&d->resume, &StoredSessionResume::tokenReadFailed, this,
            [this](const KeychainError &problem) {
                d->keeper.setStorageProblem(problem);
                d->endResume(SignInError::fromKeychainError(problem), State::Ready);
            });
    connect(&d->resume, &StoredSessionResume::accepted, this,
            [this](const QJsonObject &result) { d->onLoginSucceeded(result); });
    connect(&d->resume, &StoredSessionResume::attemptFailed, this,
            [this](const SignInError &failure) {
                if (d->state == State::Resuming && !d->isFinishing())
                    d->concludeFailedAttempt(failure);
            });
    connect(&d->resume, &StoredSessionResume::retryDue, this, [this] {
        if (d->state == State::Offline && d->resume.isActive())
            d->startResumeAttempt();
    });
    connect(&d->resume, &StoredSessionResume::secondsLeftChanged, this,
            &SignInController::offlineRetrySecondsLeftChanged);

    connect(&d->rateLimitCountdown, &SecondsCountdown::secondsLeftChanged, this,
            &SignInController::rateLimitSecondsLeftChanged);
    connect(&d->attempt, &LoginAttempt::sent, this, [this] {
        d->clearError();
        d->setState(State::SigningIn);
    });
    connect(&d->attempt, &LoginAttempt::succeeded, this,
            [this](const QJsonObject &result) { d->onLoginSucceeded(result); });
    connect(&d->attempt, &LoginAttempt::failed, this,
            [this](const SignInError &failure) { d->onLoginFailed(failure); });
    connect(&d->attempt, &LoginAttempt::lateSuccess, this, [this] { d->onLateSuccess(); });
    connect(&d->attempt, &LoginAttempt::pipelinedRequestSent, this,
            [this](const QJsonObject &request) {
                d->twoFactor.setRequest(request);
                d->probe.loginSentWithHandshake();
            });
    connect(&d->attempt, &LoginAttempt::answerKept, this, [this] { d->concludeRefusal(); });
    connect(&d->emailCode, &EmailCodeRequest::finished, this,
            [this](const SignInError &failure) { d->onEmailCodeRequested(failure); });
    connect(&d->twoFactor, &TwoFactorChallenge::expired, this, [this] { d->onTwoFactorExpired(); });
    connect(&d->tokenLinks, &TokenLinkConfirmation::confirmationRequested, this,
            &SignInController::linkConfirmationRequested);
    connect(&d->tokenLinks, &TokenLinkConfirmation::refused, this,
            [this](const SignInError &failure) { d->refuseLink(failure); });

    d->browser = std::make_unique<BrowserSignIn>(d->connection.get());
    d->browser->setLoginTimeoutMs(d->attempt.timeoutMs());
    d->links.emplace(d->browser.get());
    connect(d->browser.get(), &BrowserSignIn::secondsLeftChanged, this,
            &SignInController::browserSecondsLeftChanged);
    connect(d->browser.get(), &BrowserSignIn::timedOut, this, [this] {
        if (d->state != State::WaitingForBrowser)
            return;
        d->setError(SignInError(SignInError::Kind::SsoExpired));
        d->setState(State::Ready);
    });
    connect(d->browser.get(), &BrowserSignIn::casSignedIn, this, [this](const QJsonObject &result) {
        if (d->state != State::WaitingForBrowser)
            return;
        d->clearError();
        d->setState(State::SigningIn);
        d->onLoginSucceeded(result);
    });
    connect(d->browser.get(), &BrowserSignIn::casFailed, this, [this](const SignInError &failure) {
        if (d->state != State::WaitingForBrowser)
            return;
        d->setError(failure);
        d->setState(State::Ready);
    });
}

SignInController::~SignInController()
{
    d->destroying = true;
    d->links.reset();
    d->tokenLinks.blockSignals(true);
    d->browser.reset(); // its subscription and calls go before the connection
    d->attempt.dropHeld();
    d->twoFactor.end();
    d->probe.abortHttp();
    // Nothing reports any more: the calls failing below are of no interest.
    qDeleteAll(findChildren<SignOutJob *>(Qt::FindDirectChildrenOnly));
    for (QObject *flow : std::initializer_list<QObject *> {
             &d->probe, &d->keeper, &d->finishing, &d->resume, &d->emailCode, &d->attempt })
        flow->blockSignals(true);
    // Its pending calls fail now, while everything they report to still exists.
    d->connection.reset();
}

DdpConnection *SignInController::connection() const
{
    return d->connection.get();
}

// ---- Keeping the session -----------------------------------------------------------------------

void SignInController::setStores(TokenStore *tokens, AccountStore *accounts)
{
    d->keeper.setStores(tokens, accounts);
    d->resume.setTokenStore(tokens);
}

AccountStore *SignInController::accountStore() const
{
    return d->keeper.accounts();
}

bool SignInController::resumeAccount(const QString &accountKey)
{
    if (!d->keeper.keepsSessions()) {
        qCWarning(lcAuth) << "resumeAccount() without stores";
        return false;
    }
    const std::optional<SavedAccount> account = d->keeper.accounts()->account(accountKey);
    if (!account || !account->isValid())
        return false;
    if (d->signedInKey() == accountKey)
        return true; // that is the one signed in
    if (d->resume.isActive() && d->resume.account().key() == accountKey) {
        retryNow(); // already on it; Offline: at once
        return true;
    }
    qCInfo(lcAuth) << "resuming the stored account on" << account->server;
    // Whatever was going on stops. A session of another account is not logged out: its token
    // stays stored for switching back.
    d->adoptServer(account->server);
    d->resume.begin(*account);
    d->startResumeAttempt();
    return true;
}

bool SignInController::resumeLastAccount()
{
    if (!d->keeper.keepsSessions())
        return false;
    const std::optional<SavedAccount> last = d->keeper.accounts()->lastUsedAccount();
    return last && resumeAccount(last->key());
}

void SignInController::retryNow()
{
    if (d->state == State::Offline && d->resume.isActive())
        d->startResumeAttempt();
}

int SignInController::offlineRetrySecondsLeft() const
{
    return d->resume.secondsLeft();
}

QString SignInController::suggestedUsername() const
{
    return d->suggestedUsername;
}

QString SignInController::accountKey() const
{
    return d->resume.isActive() ? d->resume.account().key() : d->signedInKey();
}

KeychainError SignInController::storageProblem() const
{
    return d->keeper.storageProblem();
}

QString SignInController::notice() const
{
    return d->notice;
}

bool SignInController::removeAccount(const QString &accountKey)
{
    if (!d->keeper.keepsSessions() || !d->keeper.accounts()->contains(accountKey))
        return false;
    if (this->accountKey() == accountKey) {
        // Logs out on the server too (not a personal access token), then forgets it here.
        signOut();
        return true;
    }
    // Another account: forgotten here. Its server session is left to expire (telling the server
    // would take a connection of its own).
    qCInfo(lcAuth) << "removing a stored account";
    d->keeper.forget(accountKey);
    return true;
}

// ---- Certificates ------------------------------------------------------------------------------

CertificateTrust *SignInController::certificateTrust() const
{
    return d->trust;
}

UntrustedCertificate SignInController::untrustedCertificate() const
{
    if (d->state != State::Failed)
        return {};
    return d->error.certificate();
}

bool SignInController::trustCertificate()
{
    const UntrustedCertificate certificate = untrustedCertificate();
    if (!certificate.canBeTrusted() || certificate.origin() != d->address.origin().toString())
        return false;
    if (!d->trust->trust(d->address, certificate.fingerprint())) {
        // Trusted for this run all the same: the person decided.
        qCWarning(lcServer) << "could not store the trusted certificate";
        d->trust->trustForThisRun(d->address, certificate.fingerprint(), false);
    }
    const QString key = std::exchange(d->untrustedAccountKey, {});
    AccountStore *accounts = d->keeper.accounts();
    const std::optional<SavedAccount> account
        = key.isEmpty() || !accounts ? std::nullopt : accounts->account(key);
    if (account && account->server == d->address)
        return resumeAccount(key);
    d->startCheck();
    return true;
}

// ---- The server --------------------------------------------------------------------------------

void SignInController::setServer(const QString &text, bool allowInsecure)
{
    const ServerAddress parsed = ServerAddress::parse(text, allowInsecure);
    const QString problem = text.trimmed().isEmpty() ? QString() : parsed.errorMessage();
    if (problem != d->addressProblem) {
        d->addressProblem = problem;
        Q_EMIT addressProblemChanged(problem);
    }
    if (parsed == d->address && d->state != State::Idle && d->state != State::Failed)
        return; // same server (white space, a trailing slash…): nothing to redo

    // Another server: whatever was going on with the previous one stops.
    d->dropCurrentFlow();
    d->suggestedUsername.clear();
    d->probe.stop();
    d->address = parsed;
    d->clearError();
    if (!parsed.isValid()) {
        d->setState(State::Idle);
        return;
    }
    // Checking starts after a pause in typing; until then the state already says so, and
    // signIn() is accepted (it waits for the check).
    d->setState(State::CheckingServer);
    d->probe.schedule();
}

void SignInController::checkServerNow()
{
    switch (d->state) {
    case State::SigningIn:
    case State::TwoFactorRequired:
    case State::SignedIn:
    case State::Resuming:
    case State::Offline:
    case State::WaitingForBrowser:
        qCInfo(lcAuth) << "not checking the server while" << d->state;
        return;
    case State::Idle:
    case State::CheckingServer:
    case State::Ready:
    case State::Failed:
        break;
    }
    d->startCheck();
}

void SignInController::setServerCheckTimeoutMs(int ms)
{
    d->probe.setTimeoutMs(ms);
}

void SignInController::setSignInTimeoutMs(int ms)
{
    d->attempt.setTimeoutMs(ms);
}

ServerAddress SignInController::server() const
{
    return d->address;
}

QString SignInController::addressProblem() const
{
    return d->addressProblem;
}

QString SignInController::serverVersion() const
{
    return d->probe.version();
}

bool SignInController::serverHasLdap() const
{
    return d->probe.hasLdap();
}

// ---- Signing in and out ------------------------------------------------------------------------

void SignInController::signIn(const QString &identifier, QString password, bool ldap)
{
    QByteArray utf8 = password.toUtf8();
    LoginRequest::wipe(password);
    d->clearTwoFactorNotice();

    if (!d->leaveForSignIn("signIn()")) {
        LoginRequest::wipe(utf8);
        return;
    }
    d->tokenSignIn = false;
    if (identifier.trimmed().isEmpty()) {
        LoginRequest::wipe(utf8);
        d->setError(SignInError(SignInError::Kind::WrongCredentials));
        return;
    }
    if (d->probe.isChecked() && d->connection->state() != DdpConnection::State::Failed) {
        d->twoFactor.reset();
        d->sendLogin(d->attempt.credentials(identifier, utf8, ldap || d->probe.hasLdap()));
        return;
    }
    // Not checked yet: the request goes out with the handshake (pipelineLogin()), its answer
    // waiting for the check, unless the last check refused this server: then it waits.
    const bool refused = d->concludingRefusal
        || (d->state == State::Failed && d->error.kind() != SignInError::Kind::Cancelled);
    d->attempt.hold(identifier, utf8, ldap);
    d->clearError();
    if (!d->probe.isChecking())
        d->startCheck();
    if (!refused)
        d->pipelineLogin();
}

void SignInController::signInWithPersonalAccessToken(QString token)
{
    QString trimmed = token.trimmed();
    LoginRequest::wipe(token);
    d->clearTwoFactorNotice();
    if (!d->leaveForSignIn("signInWithPersonalAccessToken()")) {
        LoginRequest::wipe(trimmed);
        return;
    }
    d->tokenSignIn = true;
    d->attempt.dropHeld();
    if (trimmed.isEmpty()) {
        d->setError(SignInError(SignInError::Kind::WrongCredentials));
        return;
    }
    qCInfo(lcAuth) << "signing in with a personal access token";
    d->forgetPersonalAccessToken();
    d->personalAccessToken = trimmed;
    d->attempt.setIdentifier({});
    const QJsonObject request = LoginRequest::resume(trimmed);
    LoginRequest::wipe(trimmed);
    if (d->probe.isChecked() && d->connection->state() != DdpConnection::State::Failed) {
        d->twoFactor.reset();
        d->sendLogin(request);
        return;
    }
    // Not checked yet: the request waits for the check (and goes with its handshake).
    d->attempt.holdRequest(request);
    d->clearError();
    if (!d->probe.isChecking())
        d->startCheck();
}

bool SignInController::signInPending() const
{
    return d->attempt.holdsCredentials() || d->attempt.isPipelined()
        || (d->tokenSignIn && d->attempt.holdsRequest());
}

void SignInController::submitTwoFactorCode(const QString &code)
{
    if (d->state != State::TwoFactorRequired || !d->twoFactor.hasRequest()) {
        qCWarning(lcAuth) << "submitTwoFactorCode() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "sending the two-factor code";
    d->clearTwoFactorNotice();
    d->attempt.call(d->twoFactor.answer(code));
}

void SignInController::requestNewEmailCode()
{
    if (d->state != State::TwoFactorRequired
        || d->twoFactor.method() != TwoFactorChallenge::Method::Email) {
        qCWarning(lcAuth) << "requestNewEmailCode() ignored: no e-mail code asked for";
        return;
    }
    if (d->emailCode.start(d->address, d->twoFactor.emailHint(), d->probe.timeoutMs()))
        qCInfo(lcAuth) << "asking for a new e-mail code";
}

void SignInController::cancel()
{
    switch (d->state) {
    case State::CheckingServer:
        if (d->cancelPipelined())
            return;
        if (signInPending()) {
            // The check goes on; only the sign-in waiting for it is dropped.
            d->attempt.dropHeld();
            d->forgetPersonalAccessToken();
            d->setError(SignInError(SignInError::Kind::Cancelled));
            return;
        }
        d->attempt.dropHeld();
        d->forgetPersonalAccessToken();
        d->probe.stop();
        d->setError(SignInError(SignInError::Kind::Cancelled));
        d->setState(State::Failed);
        return;
    case State::WaitingForBrowser:
        qCInfo(lcAuth) << "browser sign-in cancelled";
        d->browser->end();
        d->setError(SignInError(SignInError::Kind::Cancelled));
        d->setState(State::Ready);
        return;
    case State::SigningIn:
    case State::TwoFactorRequired:
        qCInfo(lcAuth) << "sign-in cancelled";
        d->abandonLogin();
        d->twoFactor.end();
        d->setError(SignInError(SignInError::Kind::Cancelled));
        d->setState(d->probe.isChecked() ? State::Ready : State::Failed);
        return;
    case State::Resuming:
    case State::Offline:
        // The stored session stays stored; the sign-in page opens with its server and user name.
        qCInfo(lcAuth) << "resuming cancelled";
        d->endResume(SignInError(SignInError::Kind::Cancelled), State::Ready);
        return;
    case State::Idle:
    case State::Ready:
    case State::SignedIn:
    case State::Failed:
        return;
    }
}

bool SignInController::canSignOutOtherSessions() const
{
    return d->state == State::SignedIn && !d->user.account.isPersonalAccessToken()
        && !d->removeOtherTokensCall;
}

void SignInController::signOutOtherSessions()
{
    if (!canSignOutOtherSessions()) {
        qCWarning(lcAuth) << "signOutOtherSessions() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "signing out every other session";
    // Deletes every other login token of the user on the server; the server closes the
    // connections signed in with them. Ours stays signed in.
    DdpMethodCall *call
        = d->connection->call(QStringLiteral("removeOtherTokens"), {}, d->attempt.timeoutMs());
    d->removeOtherTokensCall = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] {
        if (d->destroying)
            return;
        d->removeOtherTokensCall.clear();
        if (call->hasError()) {
            qCInfo(lcAuth) << "removeOtherTokens failed:" << call->error().toLogString();
            Q_EMIT otherSessionsSignOutFailed(SignInError::fromDdpError(call->error()));
            return;
        }
        Q_EMIT otherSessionsSignedOut();
    });
}

void SignInController::signOut()
{
    QString key;
    QString token;
    ServerAddress server;
    bool personalAccessToken = false;
    switch (d->state) {
    case State::SignedIn:
        key = d->signedInKey();
        token = d->user.token;
        server = d->user.account.server;
        personalAccessToken = d->user.account.isPersonalAccessToken();
        break;
    case State::Resuming:
    case State::Offline:
        if (d->resume.isActive()) {
            // Signing out of the account waiting for its server.
            key = d->resume.account().key();
            token = d->resume.token();
            server = d->resume.account().server;
            personalAccessToken = d->resume.account().isPersonalAccessToken();
            d->abandonResume();
            break;
        }
        [[fallthrough]];
    case State::Idle:
    case State::CheckingServer:
    case State::Ready:
    case State::SigningIn:
    case State::TwoFactorRequired:
    case State::Failed:
    case State::WaitingForBrowser:
        qCWarning(lcAuth) << "signOut() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "signing out";
    // Forgotten here at once; the server is told, then the stored session is deleted, and
    // signedOut() follows.
    d->user = {};
    d->suggestedUsername.clear();
    d->clearError();
    d->setNotice({});
    // Said before the sign-in page comes up, so that it shows "Signing out…" from the start.
    d->setSignOutProgress(SignOutProgress::SigningOut);
    d->setState(State::Ready);
    auto *job = new SignOutJob(d->connection.get(), &d->keeper, this);
    job->setServerWaitMs(d->signOutWaitMs);
    d->signOutJob = job;
    connect(job, &SignOutJob::finished, this, [this, job](bool reached) {
        if (d->signOutJob == job) // else a newer sign-out or sign-in took over
            d->setSignOutProgress(reached ? SignOutProgress::ServerReached
                                          : SignOutProgress::ServerNotReached);
    });
    if (personalAccessToken) {
        // `logout` would delete the token on the server, for every script that uses it: only
        // forgotten here. The connection goes without `logout`.
        qCInfo(lcAuth) << "forgetting a personal access token without logout";
        d->connection->close();
        d->probe.invalidate();
        connect(job, &SignOutJob::finished, this, [this, job] {
            if (d->signOutJob != job)
                return; // a newer sign-in took over: no notice, no signedOut() in its way
            d->setNotice(tr("You are signed out on this computer. Your personal access token "
                            "still works until you revoke it in Rocket.Chat (My Account → "
                            "Personal Access Tokens)."));
            Q_EMIT signedOut();
        });
        job->forgetOnly(key);
        return;
    }
    connect(job, &SignOutJob::serverUnreachable, this, [this, job] {
        // A server that did not answer in time is not used again as it is: the next sign-in
        // starts on a new connection, after a new check.
        const bool unresponsive = job->timedOut();
        if (unresponsive) {
            d->closeConnectionIfDown(true); // from the job's timer: safe at once
            return;
        }
        // From the event loop: this may run inside the connection's handling of the loss.
        QMetaObject::invokeMethod(
            this, [this, unresponsive] { d->closeConnectionIfDown(unresponsive); },
            Qt::QueuedConnection);
    });
    connect(job, &SignOutJob::finished, this, [this, job](bool reached) {
        if (d->signOutJob != job)
            return; // a newer sign-in took over: no notice, no signedOut() in its way
        if (!reached)
            d->setNotice(unreachedSignOutNotice());
        Q_EMIT signedOut();
    });
    job->start(key, token, server, d->probe.timeoutMs(), d->attempt.timeoutMs());
}

QString SignInController::unreachedSignOutNotice()
{
    return tr("You are signed out on this computer, but the server could not be reached, so your "
              "session may still be valid on the server until it expires. Signing out of all "
              "sessions in Rocket.Chat's web app ends it sooner.");
}

SignInController::SignOutProgress SignInController::signOutProgress() const
{
    return d->signOutProgress;
}

void SignInController::setSignOutTimeoutMs(int ms)
{
    d->signOutWaitMs = ms;
}

bool SignInController::isServerChecked() const
{
    return d->probe.isChecked();
}

bool SignInController::isConnectionLost() const
{
    return d->connectionLost;
}

int SignInController::reconnectSecondsLeft() const
{
    return d->connectionLost ? d->reconnectCountdown.secondsLeft() : 0;
}

SignInError SignInController::connectionProblem() const
{
    return d->connectionLost ? d->connectionProblem : SignInError();
}

void SignInController::reconnectNow()
{
    if (!d->connectionLost)
        return;
    qCInfo(lcAuth) << "reconnecting now, as asked";
    d->connection->reconnectNow();
}

SignInController::State SignInController::state() const
{
    return d->state;
}

SignInError SignInController::error() const
{
    return d->error;
}

QString SignInController::errorMessage() const
{
    return d->error.message();
}

SignInController::TwoFactorMethod SignInController::twoFactorMethod() const
{
    switch (d->twoFactor.method()) {
    case TwoFactorChallenge::Method::Totp:
        return TwoFactorMethod::Totp;
    case TwoFactorChallenge::Method::Email:
        return TwoFactorMethod::Email;
    case TwoFactorChallenge::Method::None:
        break;
    }
    return TwoFactorMethod::None;
}

QString SignInController::twoFactorEmailHint() const
{
    return d->twoFactor.emailHint();
}

int SignInController::rateLimitSecondsLeft() const
{
    return d->rateLimitCountdown.secondsLeft();
}

SignedInUser SignInController::user() const
{
    return d->user;
}

// ---- Single sign-on in the browser -------------------------------------------------------------

LoginServices *SignInController::loginServices() const
{
    return d->browser->services();
}

bool SignInController::signInWithService(const QString &service)
{
    if (d->state != State::Ready && d->state != State::WaitingForBrowser) {
        qCWarning(lcAuth) << "signInWithService() ignored while" << d->state;
        return false;
    }
    d->clearTwoFactorNotice();
    SignInError failure;
    if (!d->browser->start(service, d->address, &failure)) {
        d->setError(failure);
        if (d->state == State::WaitingForBrowser)
            d->setState(State::Ready);
        return false;
    }
    d->clearError();
    d->setState(State::WaitingForBrowser);
    return true;
}

void SignInController::handleLink(const QString &text)
{
    using Action = LinkRouter::Route::Action;
    const bool signedIn = d->state == State::SignedIn;
    const LinkRouter::Route route
        = d->links->route(text, d->state == State::WaitingForBrowser,
                          signedIn ? d->user.account.server : ServerAddress(),
                          signedIn ? d->user.account.userId : QString());
    switch (route.action) {
    case Action::Refuse:
        d->refuseLink(route.error);
        return;
    case Action::EndAttempt:
        Q_EMIT linkRefused(route.error);
        if (d->state == State::WaitingForBrowser) {
            d->setError(route.error);
            d->setState(State::Ready);
        }
        return;
    case Action::SignIn:
        d->attempt.setIdentifier({});
        d->sendLogin(route.request);
        return;
    case Action::Confirm:
        // Asked once the link's server said whose session it is (linkConfirmationRequested()).
        d->tokenLinks.setTimeouts(d->probe.timeoutMs(), d->attempt.timeoutMs());
        d->tokenLinks.offer(route.link);
        return;
    case Action::Ignore:
        return;
    }
}

DeepLink SignInController::pendingLink() const
{
    return d->tokenLinks.pendingLink();
}

SavedAccount SignInController::pendingLinkAccount() const
{
    const DeepLink link = d->tokenLinks.pendingLink();
    if (!link.isValid())
        return {};
    const TokenLinkConfirmation::Owner owner = d->tokenLinks.owner();
    SavedAccount account;
    account.server = link.server();
    account.userId = owner.userId;
    account.username = owner.username;
    account.displayName = owner.name;
    return account;
}

void SignInController::confirmLink()
{
    const std::optional<DeepLink> link = d->tokenLinks.confirm();
    if (!link)
        return;
    qCInfo(lcAuth) << "signing in with the confirmed" << link->redactedDescription();
    // Whatever was going on stops; a session signed in stays stored (as for another account).
    d->adoptServer(link->server());
    d->clearError();
    d->attempt.holdRequest(LoginRequest::resume(link->token()));
    d->startCheck();
}

void SignInController::rejectLink()
{
    d->tokenLinks.reject();
}

QUrl SignInController::browserUrl() const
{
    return d->state == State::WaitingForBrowser ? d->browser->url() : QUrl();
}

bool SignInController::browserOpened() const
{
    return d->browser->browserOpened();
}

QString SignInController::browserProblem() const
{
    return d->browser->browserProblem();
}

QString SignInController::browserServiceLabel() const
{
    return d->browser->serviceLabel();
}

int SignInController::browserSecondsLeft() const
{
    return d->browser->secondsLeft();
}

void SignInController::setBrowserTimeoutMs(int ms)
{
    d->browser->setTimeoutMs(ms);
}
