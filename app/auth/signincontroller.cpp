#include "auth/signincontroller.h"

#include "core/logging.h"
#include "core/secondscountdown.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "ddp/reconnectbackoff.h"
#include "rocketchat/loginrequest.h"
#include "rocketchat/servercheck.h"
#include "sso/browsersignin.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"
#include "tls/certificatetrust.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <limits>
#include <optional>
#include <utility>

namespace {

// A pause in typing this long starts the server check.
constexpr int DefaultServerCheckDelayMs = 500;
// Each request of the check, and the DDP handshake.
constexpr int DefaultServerCheckTimeoutMs = 10000;
// `login` (LDAP servers and two-factor e-mail can be slow) and `logout`.
constexpr int DefaultSignInTimeoutMs = 30000;
// After a successful `login`, how long to wait for the users document if it comes late.
constexpr int UserDocumentWaitMs = 2000;
// Offline: the first retry of a stored session after about a second, then ever longer waits up
// to a minute. The connection is closed meanwhile: the countdown is ours, not DdpConnection's.
constexpr int OfflineFirstRetryMs = 1000;
constexpr double OfflineRetryFactor = 2.0;
constexpr int OfflineMaximumRetryMs = 60000;

const QString kUsers = QStringLiteral("users");

QString methodName(SignInController::TwoFactorMethod method)
{
    switch (method) {
    case SignInController::TwoFactorMethod::Totp:
        return QStringLiteral("totp");
    case SignInController::TwoFactorMethod::Email:
        return QStringLiteral("email");
    case SignInController::TwoFactorMethod::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

class SignInController::Private
{
public:
    explicit Private(SignInController *q) : q(q), check(&network) { }

    // Server check.
    void startCheck();
    void onCheckFinished();
    void onConnectionConnected();
    void onConnectionLost(const DdpError &reason);
    void concludeCheck();
    void failCheck(const SignInError &error);
    void stopChecking();

    // Sign-in.
    void startSignIn(const QString &identifier, QByteArray &passwordUtf8, bool ldap);
    void sendLogin(const QJsonObject &request);
    void callLogin(const QJsonObject &params);
    void onLoginFinished(DdpMethodCall *call);
    void onLoginSucceeded(const QJsonObject &result);
    void finishSignedIn();
    void onLoginFailed(const SignInError &error);
    void abandonLogin();
    void logOutQuietly();
    void resumeSession();
    void forgetRequest();
    void dropPendingSignIn();

    // Keeping the session.
    bool keepsSessions() const { return tokens && accounts; }
    void saveSession();
    void onTokenSaved(TokenJob *job, bool fresh);
    bool isKeyInUse(const QString &key) const;
    void closeConnectionIfDown();
    void saveAccountData(const SignedInUser &signedIn);
    void completeSignIn();
    void forgetStoredAccount(const QString &key, std::function<void()> done = {});
    void setStorageProblem(const KeychainError &problem);
    void setNotice(const QString &text);
    QString currentToken() const;

    // Resuming a stored account.
    void startResumeAttempt();
    void onTokenRead(TokenJob *job);
    void sendResume();
    void onResumeFinished(DdpMethodCall *call);
    void failResumeAttempt(const SignInError &failure);
    void concludeFailedAttempt(const SignInError &failure);
    void goOffline(const SignInError &failure);
    void endResume(const SignInError &failure, State endState);
    void abandonResume();
    // Stops whatever sign-in, resume or two-factor step is going on and forgets the user (a
    // stored session is not logged out: its token stays for switching back).
    void dropCurrentFlow();
    void startOfflineCountdown(int ms);
    void stopOfflineCountdown();

    // Single sign-on in the browser.
    void handleFlowLink(const DeepLink &link);
    void refuseLink(const SignInError &failure);

    // Signing out.
    void signOutSession(const QString &key, const QString &token, const ServerAddress &server);

    void setState(State newState);
    void setError(const SignInError &newError);
    void clearError();

    SignInController *q;
    bool destroying = false;
    std::unique_ptr<CertificateTrust> ownTrust;
    CertificateTrust *trust = nullptr;
    // The stored account whose resume met an untrusted certificate: trustCertificate() resumes it.
    QString untrustedAccountKey;
    QNetworkAccessManager network;
    std::unique_ptr<DdpConnection> connection;
    ServerCheck check;
    QTimer debounce;
    QTimer checkDeadline;

    QString serverText;
    bool allowInsecure = false;
    ServerAddress address;
    QString addressProblem;
    int checkDelayMs = DefaultServerCheckDelayMs;
    int checkTimeoutMs = DefaultServerCheckTimeoutMs;
    int signInTimeoutMs = DefaultSignInTimeoutMs;

    State state = State::Idle;
    SignInError error;

    // The check in flight: the HTTP half is `check`, the DDP half is the connection.
    bool checking = false;
    bool checked = false; // the current address passed the check
    DdpError ddpFailure;
    QString version;
    bool ldap = false;

    // A sign-in asked for before the check was done. The password waits here (UTF-8) only until
    // the request can be built; it is wiped then, or on cancel.
    bool pendingSignIn = false;
    QString pendingIdentifier;
    QByteArray pendingPassword;
    bool pendingLdap = false;

    QPointer<DdpMethodCall> loginCall;
    QString identifier;
    // The request last sent, kept for the two-factor retry; forgotten once the flow ends.
    QJsonObject request;
    TwoFactorMethod twoFactorMethod = TwoFactorMethod::None;
    QString twoFactorHint;
    QPointer<QNetworkReply> emailCodeReply;

    // Between a successful `login` and its users document.
    bool awaitingUserDocument = false;
    QMetaObject::Connection userDocumentConnection;
    QTimer userDocumentTimer;
    SignedInUser pendingUser;
    SignedInUser user;

    SecondsCountdown rateLimitCountdown;

    // Keeping the session.
    TokenStore *tokens = nullptr;
    AccountStore *accounts = nullptr;
    KeychainError storageProblem;
    QString notice;
    // Between the users document and signedIn(): the token is being written to the keychain.
    bool saving = false;
    QPointer<TokenJob> saveJob;
    // TokenStore::entryKey() of the account signed in.
    QString signedInKey;

    // Resuming: the stored account (from resumeAccount() until SignedIn, Ready or Failed).
    std::optional<SavedAccount> resumed;
    QString resumeToken; // once read from the keychain; kept for the retries
    QPointer<TokenJob> readJob;
    QPointer<DdpMethodCall> resumeCall;
    // Counts attempts, so that the answers of an abandoned one are recognized and dropped.
    int resumeAttempt = 0;
    QString suggestedUsername;
    ReconnectBackoff offlineBackoff { OfflineFirstRetryMs, OfflineRetryFactor,
                                      OfflineMaximumRetryMs };
    QTimer offlineRetryTimer;
    SecondsCountdown offlineCountdown;

    // Single sign-on in the browser (made once the connection exists).
    std::unique_ptr<BrowserSignIn> browser;
    // A session-token link waiting for confirmLink().
    std::optional<DeepLink> pendingLink;
    // Sent once the server check is done (a confirmed session-token link: {resume}).
    QJsonObject requestAfterCheck;
};

// ---- Server check ------------------------------------------------------------------------------

void SignInController::Private::startCheck()
{
    debounce.stop();
    if (!address.isValid()) {
        stopChecking();
        failCheck(SignInError(SignInError::Kind::InvalidAddress, addressProblem));
        return;
    }
    check.abort();
    connection->close();
    checking = true;
    checked = false;
    ddpFailure = {};
    version.clear();
    ldap = false;
    if (!pendingSignIn)
        clearError();
    setState(State::CheckingServer);
    // Both halves at once: /api/info and settings over HTTP, the DDP handshake on the socket.
    connection->setHandshakeTimeout(checkTimeoutMs);
    check.start(address, checkTimeoutMs);
    connection->open(address);
    // A net under the per-request time-outs, in case one of them never fires.
    checkDeadline.start(checkTimeoutMs + 2000);
}

void SignInController::Private::onCheckFinished()
{
    if (checking)
        concludeCheck();
}

void SignInController::Private::onConnectionConnected()
{
    if (checking)
        concludeCheck();
}

void SignInController::Private::onConnectionLost(const DdpError &reason)
{
    if (checking) {
        // Remember why; /api/info usually says it better (not Rocket.Chat, too old), so wait for
        // it before reporting.
        ddpFailure = reason;
        concludeCheck();
        return;
    }
    if (state == State::Resuming && resumed && !awaitingUserDocument && !saving) {
        // Before the stored token got its answer (or even went out): retry later, or give up
        // when retrying cannot help (no common protocol version, an untrusted certificate).
        failResumeAttempt(SignInError::fromDdpError(reason));
        return;
    }
    // Later drops are DdpConnection's business: it reconnects, and a call in flight fails with
    // ConnectionLost (handled where the call finishes). While signed in, the state stays
    // SignedIn meanwhile: the new session is signed in again by resumeSession().
    if (reason.kind() == DdpError::Kind::VersionMismatch && state == State::Ready) {
        checked = false;
        connection->close();
        setError(SignInError::fromDdpError(reason));
        setState(State::Failed);
    }
}

void SignInController::Private::concludeCheck()
{
    if (!check.isFinished())
        return;
    version = check.version(); // also for "too old"
    if (check.error().isError()) {
        failCheck(check.error());
        return;
    }
    if (ddpFailure.isError()) {
        failCheck(SignInError::fromDdpError(ddpFailure));
        return;
    }
    if (connection->state() != DdpConnection::State::Connected)
        return;

    checking = false;
    checkDeadline.stop();
    checked = true;
    ldap = check.hasLdap();
    qCInfo(lcAuth) << "server ready: Rocket.Chat" << version << (ldap ? "with LDAP" : "");
    if (!requestAfterCheck.isEmpty()) {
        sendLogin(std::exchange(requestAfterCheck, {}));
        return;
    }
    if (pendingSignIn) {
        pendingSignIn = false;
        startSignIn(pendingIdentifier, pendingPassword, pendingLdap);
        pendingIdentifier.clear();
        return;
    }
    setState(State::Ready);
}

void SignInController::Private::failCheck(const SignInError &failure)
{
    qCInfo(lcAuth) << "server check failed:" << failure.kind();
    stopChecking();
    dropPendingSignIn();
    setError(failure);
    setState(State::Failed);
}

void SignInController::Private::stopChecking()
{
    checking = false;
    checked = false;
    checkDeadline.stop();
    debounce.stop();
    check.abort();
    // No reconnecting for ever to a server we are not going to use.
    connection->close();
}

// ---- Sign-in -----------------------------------------------------------------------------------

void SignInController::Private::startSignIn(const QString &who, QByteArray &passwordUtf8,
                                            bool ldapChosen)
{
    identifier = who.trimmed();
    twoFactorMethod = TwoFactorMethod::None;
    twoFactorHint.clear();
    QString password = QString::fromUtf8(passwordUtf8);
    LoginRequest::wipe(passwordUtf8);
    const bool useLdap = ldapChosen || ldap;
    QJsonObject login;
    if (useLdap) {
        login = LoginRequest::ldap(identifier, password);
    } else {
        QString digest = LoginRequest::passwordDigest(password);
        login = LoginRequest::password(identifier, digest);
        LoginRequest::wipe(digest);
    }
    LoginRequest::wipe(password);
    qCInfo(lcAuth) << "signing in with" << (useLdap ? "LDAP" : "a password") << "by"
                   << (identifier.contains(QLatin1Char('@')) ? "e-mail address" : "user name");
    sendLogin(login);
}

void SignInController::Private::sendLogin(const QJsonObject &login)
{
    request = login;
    callLogin(login);
}

void SignInController::Private::callLogin(const QJsonObject &params)
{
    DdpMethodCall *call = connection->call(QStringLiteral("login"), { params }, signInTimeoutMs);
    loginCall = call;
    QObject::connect(call, &DdpMethodCall::finished, q, [this, call] { onLoginFinished(call); });
    clearError();
    setState(State::SigningIn);
}

void SignInController::Private::onLoginFinished(DdpMethodCall *call)
{
    if (destroying)
        return;
    if (call != loginCall) {
        // Cancelled meanwhile: a success that still arrives must not leave a session behind.
        // `logout` acts on whatever the connection is signed in with, so not once a newer
        // sign-in has gone out after it.
        if (!call->hasError()) {
            if (loginCall || awaitingUserDocument || saving || resumed
                || state == State::SignedIn) {
                qCInfo(lcAuth)
                    << "a cancelled sign-in succeeded after all; a newer one replaced it";
            } else {
                qCInfo(lcAuth) << "a cancelled sign-in succeeded after all; signing out again";
                logOutQuietly();
            }
        }
        return;
    }
    loginCall.clear();
    if (call->hasError())
        onLoginFailed(SignInError::fromDdpError(call->error()));
    else
        onLoginSucceeded(call->result().toObject());
}

void SignInController::Private::onLoginSucceeded(const QJsonObject &result)
{
    SignedInUser signedIn;
    signedIn.userId = result.value(QLatin1String("id")).toString();
    signedIn.token = result.value(QLatin1String("token")).toString();
    signedIn.tokenExpires = DdpFrame::toDateTime(result.value(QLatin1String("tokenExpires")));
    signedIn.loginType = result.value(QLatin1String("type")).toString();
    signedIn.server = address;
    forgetRequest();
    if (signedIn.userId.isEmpty() || signedIn.token.isEmpty()) {
        qCWarning(lcAuth) << "the server accepted the sign-in but sent no user id or token";
        const SignInError failure(SignInError::Kind::ServerError,
                                  SignInController::tr("unexpected answer to the sign-in"));
        if (resumed) {
            endResume(failure, State::Ready);
            return;
        }
        setError(failure);
        setState(State::Ready);
        return;
    }
    pendingUser = signedIn;
    awaitingUserDocument = true;
    // The current-user document usually comes before the result (Meteor sends a method's data
    // before `updated`), but `result` may overtake it.
    if (connection->collections()->contains(kUsers, signedIn.userId)) {
        finishSignedIn();
        return;
    }
    userDocumentConnection
        = QObject::connect(connection->collections(), &DdpCollections::documentAdded, q,
                           [this](const QString &collection, const QString &id) {
                               if (collection == kUsers && id == pendingUser.userId)
                                   finishSignedIn();
                           });
    userDocumentTimer.start(UserDocumentWaitMs);
}

void SignInController::Private::finishSignedIn()
{
    if (!awaitingUserDocument)
        return;
    awaitingUserDocument = false;
    QObject::disconnect(userDocumentConnection);
    userDocumentTimer.stop();

    SignedInUser &signedIn = pendingUser;
    const QJsonObject document = connection->collections()->document(kUsers, signedIn.userId);
    signedIn.username = document.value(QLatin1String("username")).toString();
    if (signedIn.username.isEmpty() && !identifier.contains(QLatin1Char('@')))
        signedIn.username = identifier; // the document never came: what was typed is the name
    signedIn.displayName = document.value(QLatin1String("name")).toString();
    if (signedIn.displayName.isEmpty() && resumed && resumed->userId == signedIn.userId)
        signedIn.displayName = resumed->displayName;
    if (signedIn.displayName.isEmpty())
        signedIn.displayName = signedIn.username;
    saveSession();
}

// ---- Certificates ------------------------------------------------------------------------------

void SignInController::setCertificateTrust(CertificateTrust *trust)
{
    d->trust = trust ? trust : d->ownTrust.get();
    d->check.setCertificateTrust(d->trust);
    d->connection->setCertificateTrust(d->trust);
}

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
    const std::optional<SavedAccount> account
        = key.isEmpty() || !d->accounts ? std::nullopt : d->accounts->account(key);
    if (account && account->server == d->address)
        return resumeAccount(key);
    d->startCheck();
    return true;
}

// ---- Keeping the session -----------------------------------------------------------------------

void SignInController::Private::saveSession()
{
    if (!keepsSessions()) {
        completeSignIn();
        return;
    }
    const QString key = TokenStore::entryKey(pendingUser.userId, pendingUser.server);
    if (resumed && resumed->key() == key && pendingUser.token == resumeToken) {
        // The keychain holds this very token: only the account data changes (expiry, last use).
        saveAccountData(pendingUser);
        completeSignIn();
        return;
    }
    // The token first, then the account data, then signedIn(): an account in the list always
    // has its token in the keychain, and the session is kept before anyone is told it worked.
    saving = true;
    TokenJob *job = tokens->write(key, pendingUser.token);
    saveJob = job;
    const bool fresh = !resumed;
    QObject::connect(job, &TokenJob::finished, q, [this, job, fresh] { onTokenSaved(job, fresh); });
}

void SignInController::Private::onTokenSaved(TokenJob *job, bool fresh)
{
    if (destroying)
        return;
    if (job != saveJob) {
        // Abandoned meanwhile: a fresh session was logged out again (abandonLogin()), so its
        // token is of no use to anyone. Unless the same account is in use again by now, it does
        // not stay behind in the keychain.
        if (fresh && job->succeeded() && tokens && !isKeyInUse(job->key()))
            tokens->remove(job->key());
        return;
    }
    saving = false;
    saveJob.clear();
    if (job->error().isError()) {
        // Signed in all the same, for this run; storageProblem() says what it means.
        qCWarning(lcKeychain) << "the session could not be saved:" << job->error().toLogString();
        setStorageProblem(job->error());
    } else {
        setStorageProblem({});
        saveAccountData(pendingUser);
    }
    completeSignIn();
}

bool SignInController::Private::isKeyInUse(const QString &key) const
{
    return (saving && saveJob && saveJob->key() == key)
        || (state == State::SignedIn && signedInKey == key) || (resumed && resumed->key() == key);
}

void SignInController::Private::saveAccountData(const SignedInUser &signedIn)
{
    SavedAccount account;
    account.server = signedIn.server;
    account.userId = signedIn.userId;
    account.username = signedIn.username;
    account.displayName = signedIn.displayName;
    account.tokenExpires = signedIn.tokenExpires;
    if (!accounts->save(account) || !accounts->markUsed(account.key()))
        qCWarning(lcAuth) << "could not save the account data in" << accounts->fileName();
}

void SignInController::Private::completeSignIn()
{
    user = std::exchange(pendingUser, {});
    signedInKey = TokenStore::entryKey(user.userId, user.server);
    if (resumed) {
        offlineBackoff.reset();
        ++resumeAttempt;
        resumed.reset();
        resumeToken.clear();
        readJob.clear();
        resumeCall.clear();
        stopOfflineCountdown();
    }
    suggestedUsername.clear();
    twoFactorMethod = TwoFactorMethod::None;
    twoFactorHint.clear();
    setNotice({});
    qCInfo(lcAuth) << "signed in by" << user.loginType << "until" << user.tokenExpires;
    clearError();
    setState(State::SignedIn);
    Q_EMIT q->signedIn();
}

void SignInController::Private::forgetStoredAccount(const QString &key, std::function<void()> done)
{
    if (!keepsSessions() || key.isEmpty()) {
        if (done)
            done();
        return;
    }
    if (accounts->contains(key) && !accounts->remove(key))
        qCWarning(lcAuth) << "could not remove the account data from" << accounts->fileName();
    TokenJob *job = tokens->remove(key);
    QObject::connect(job, &TokenJob::finished, q, [this, job, done = std::move(done)] {
        if (destroying)
            return;
        if (job->error().isError()) {
            qCWarning(lcKeychain) << "could not remove the stored session:"
                                  << job->error().toLogString();
            setStorageProblem(job->error());
        }
        if (done)
            done();
    });
}

void SignInController::Private::setStorageProblem(const KeychainError &problem)
{
    if (problem == storageProblem)
        return;
    storageProblem = problem;
    Q_EMIT q->storageProblemChanged();
}

void SignInController::Private::setNotice(const QString &text)
{
    if (text == notice)
        return;
    notice = text;
    Q_EMIT q->noticeChanged();
}

QString SignInController::Private::currentToken() const
{
    if (state == State::SignedIn)
        return user.token;
    if (awaitingUserDocument || saving)
        return pendingUser.token;
    return {};
}

// ---- Resuming a stored account -----------------------------------------------------------------

void SignInController::Private::startResumeAttempt()
{
    ++resumeAttempt;
    resumeCall.clear();
    stopOfflineCountdown();
    const SavedAccount account = *resumed;
    if (account.tokenExpires.isValid() && account.tokenExpires <= QDateTime::currentDateTimeUtc()) {
        // The server would only refuse it: no need to ask, nor to send a secret for nothing.
        qCInfo(lcAuth) << "the stored session expired on" << account.tokenExpires
                       << "- not sending it";
        forgetStoredAccount(account.key());
        endResume(SignInError(SignInError::Kind::SessionExpired), State::Ready);
        return;
    }
    identifier = account.username;
    clearError();
    setState(State::Resuming);
    // The keychain read and the connection at the same time; the token goes out with the
    // handshake (sessionStarting) or, if the keychain is slower, as soon as it is read.
    connection->close();
    connection->setHandshakeTimeout(checkTimeoutMs);
    connection->open(address);
    if (resumeToken.isEmpty() && !readJob) {
        TokenJob *job = tokens->read(account.key());
        readJob = job;
        QObject::connect(job, &TokenJob::finished, q, [this, job] { onTokenRead(job); });
    } else {
        sendResume();
    }
}

void SignInController::Private::onTokenRead(TokenJob *job)
{
    if (destroying || job != readJob)
        return;
    readJob.clear();
    KeychainError problem = job->error();
    if (!problem.isError() && job->token().isEmpty())
        problem = KeychainError(KeychainError::Kind::NotFound, KeychainError::Operation::Read);
    if (problem.isError()) {
        // Never a reason to forget the account: the keychain may be locked for now.
        qCWarning(lcKeychain) << "could not read the stored session:" << problem.toLogString();
        setStorageProblem(problem);
        endResume(SignInError::fromKeychainError(problem), State::Ready);
        return;
    }
    setStorageProblem({}); // the keychain works (again)
    resumeToken = job->token();
    sendResume();
}

void SignInController::Private::sendResume()
{
    if (state != State::Resuming || !resumed || resumeToken.isEmpty() || resumeCall
        || awaitingUserDocument || saving)
        return;
    const DdpConnection::State connectionState = connection->state();
    if (connectionState != DdpConnection::State::Connecting
        && connectionState != DdpConnection::State::Connected)
        return; // lost already: onConnectionLost() deals with it
    qCInfo(lcAuth) << "signing in with the stored session";
    DdpMethodCall *call = connection->call(
        QStringLiteral("login"), { QJsonObject { { QStringLiteral("resume"), resumeToken } } },
        signInTimeoutMs);
    resumeCall = call;
    QObject::connect(call, &DdpMethodCall::finished, q, [this, call] { onResumeFinished(call); });
}

void SignInController::Private::onResumeFinished(DdpMethodCall *call)
{
    if (destroying || call != resumeCall)
        return;
    resumeCall.clear();
    if (!call->hasError()) {
        onLoginSucceeded(call->result().toObject());
        return;
    }
    failResumeAttempt(SignInError::fromResumeError(call->error()));
}

void SignInController::Private::failResumeAttempt(const SignInError &failure)
{
    // From the event loop: this may run inside DdpConnection's handling of a lost socket, where
    // closing the connection would be undone by its reconnecting. A call failing and the
    // connection reporting the loss are one failure: the first report of an attempt counts.
    const int attempt = resumeAttempt;
    QMetaObject::invokeMethod(
        q,
        [this, attempt, failure] {
            if (attempt == resumeAttempt && state == State::Resuming && resumed
                && !awaitingUserDocument && !saving)
                concludeFailedAttempt(failure);
        },
        Qt::QueuedConnection);
}

void SignInController::Private::concludeFailedAttempt(const SignInError &failure)
{
    using Kind = SignInError::Kind;
    qCInfo(lcAuth) << "resuming failed:" << failure.kind() << failure.ddpError().toLogString();
    if (failure.kind() == Kind::SessionRejected) {
        // The server says the token is no good: the one case where a stored session is dropped.
        forgetStoredAccount(resumed->key());
        endResume(failure, State::Ready);
        return;
    }
    if (failure.isTransient()) {
        goOffline(failure);
        return;
    }
    if (failure.kind() == Kind::Cancelled)
        return; // we closed the connection ourselves
    // Retrying will not help (no common protocol version, an untrusted certificate, an account
    // the server will not let in): the token is kept, the person decides what next.
    const bool untrusted
        = failure.kind() == Kind::TlsUntrusted || failure.kind() == Kind::CertificateChanged;
    if (untrusted)
        untrustedAccountKey = resumed->key();
    const bool serverUnusable = failure.kind() == Kind::ProtocolVersion || untrusted;
    endResume(failure, serverUnusable ? State::Failed : State::Ready);
}

void SignInController::Private::goOffline(const SignInError &failure)
{
    resumeCall.clear();
    // Our countdown decides when to try again, not DdpConnection's own reconnecting.
    connection->close();
    qint64 delay = offlineBackoff.nextDelayMs();
    if (failure.kind() == SignInError::Kind::RateLimited)
        delay = qMax(delay, failure.retryAfterMs());
    qCInfo(lcAuth) << "the server cannot be reached; trying the stored session again in" << delay
                   << "ms";
    setError(failure);
    startOfflineCountdown(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
    setState(State::Offline);
}

void SignInController::Private::endResume(const SignInError &failure, State endState)
{
    // The sign-in page opens with the server and the user name filled in.
    suggestedUsername = resumed ? resumed->username : QString();
    abandonResume();
    connection->close();
    checked = false;
    setError(failure);
    setState(endState);
}

void SignInController::Private::abandonResume()
{
    if (!resumed)
        return;
    ++resumeAttempt;
    resumed.reset();
    resumeToken.clear();
    readJob.clear(); // a late answer is dropped
    resumeCall.clear();
    stopOfflineCountdown();
    if (awaitingUserDocument || saving) {
        // The server took the token: the session stays good for the next resume. No logout.
        awaitingUserDocument = false;
        QObject::disconnect(userDocumentConnection);
        userDocumentTimer.stop();
        saving = false;
        saveJob.clear();
        pendingUser = {};
    }
}

void SignInController::Private::dropCurrentFlow()
{
    browser->end();
    abandonResume();
    if (loginCall || awaitingUserDocument || saving)
        abandonLogin();
    dropPendingSignIn();
    forgetRequest();
    twoFactorMethod = TwoFactorMethod::None;
    twoFactorHint.clear();
    user = {};
    signedInKey.clear();
}

void SignInController::Private::startOfflineCountdown(int ms)
{
    offlineRetryTimer.start(qMax(0, ms));
    offlineCountdown.start(ms);
}

void SignInController::Private::stopOfflineCountdown()
{
    offlineRetryTimer.stop();
    offlineCountdown.stop();
}

// ---- Signing out -------------------------------------------------------------------------------

void SignInController::Private::signOutSession(const QString &key, const QString &token,
                                               const ServerAddress &server)
{
    const auto finish = [this, key](bool reached) {
        forgetStoredAccount(key, [this, reached] {
            if (!reached)
                setNotice(SignInController::tr(
                    "You are signed out on this computer, but the server could not be reached, "
                    "so your session may still be valid on the server until it expires. Signing "
                    "out of all sessions in Rocket.Chat's web app ends it sooner."));
            Q_EMIT q->signedOut();
        });
    };
    if (token.isEmpty()) {
        // The token was never read from the keychain: nothing to tell the server with.
        finish(false);
        return;
    }
    const DdpConnection::State connectionState = connection->state();
    if (connection->address() != server || connectionState == DdpConnection::State::Disconnected
        || connectionState == DdpConnection::State::Failed) {
        connection->setHandshakeTimeout(checkTimeoutMs);
        connection->open(server);
    } else if (connectionState == DdpConnection::State::WaitingToReconnect) {
        connection->reconnectNow(); // no waiting for the back-off: someone wants an answer
    }
    if (connection->state() != DdpConnection::State::Connected) {
        // Between connections the next session is not signed in yet: sign it in first, so that
        // `logout` does forget the token on the server.
        connection->call(QStringLiteral("login"),
                         { QJsonObject { { QStringLiteral("resume"), token } } }, signInTimeoutMs);
    }
    DdpMethodCall *call = connection->call(QStringLiteral("logout"), {}, signInTimeoutMs);
    QObject::connect(call, &DdpMethodCall::finished, q, [this, call, finish] {
        if (destroying)
            return;
        // Any answer of the server's, even an error, means it was reached.
        const bool reached
            = !call->hasError() || call->error().kind() == DdpError::Kind::ServerError;
        if (!reached) {
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
            // From the event loop: this may run inside the connection's handling of the loss.
            QMetaObject::invokeMethod(
                q, [this] { closeConnectionIfDown(); }, Qt::QueuedConnection);
        }
        finish(reached);
    });
}

void SignInController::Private::closeConnectionIfDown()
{
    // No reconnecting for ever to a server nobody is signed in to, unless something newer uses
    // the connection meanwhile.
    if (state != State::Ready || checking || pendingSignIn || loginCall
        || connection->state() == DdpConnection::State::Connected)
        return;
    connection->close();
    checked = false;
}

void SignInController::Private::onLoginFailed(const SignInError &loginFailure)
{
    using Kind = SignInError::Kind;
    // The server's words for a browser sign-in it did not accept are about passwords.
    const SignInError failure = BrowserSignIn::isBrowserRequest(request)
        ? BrowserSignIn::loginError(loginFailure)
        : loginFailure;
    qCInfo(lcAuth) << "sign-in failed:" << failure.ddpError().toLogString();
    const bool wasTwoFactor = twoFactorMethod != TwoFactorMethod::None;

    if (failure.kind() == Kind::TwoFactorRequired || failure.kind() == Kind::TwoFactorInvalid) {
        const QJsonObject details = failure.ddpError().details().toObject();
        const QString method = details.value(QLatin1String("method")).toString();
        if (method == u"totp" || method == u"email") {
            twoFactorMethod = method == u"totp" ? TwoFactorMethod::Totp : TwoFactorMethod::Email;
            twoFactorHint = details.value(QLatin1String("emailOrUsername")).toString();
            if (twoFactorMethod == TwoFactorMethod::Email && twoFactorHint.isEmpty())
                twoFactorHint = identifier;
            qCInfo(lcAuth) << "two-factor code needed, method" << methodName(twoFactorMethod);
            // Being asked for a code is not a failure; a wrong code is.
            if (failure.kind() == Kind::TwoFactorInvalid)
                setError(failure);
            else
                clearError();
            setState(State::TwoFactorRequired);
            return;
        }
        // A method we cannot ask for (e.g. "password"): nothing more to do here.
        forgetRequest();
        setError(SignInError(Kind::TwoFactorRequired, method));
        setState(State::Ready);
        return;
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
        // The code can be sent again once the server is back or the wait is over.
        setState(State::TwoFactorRequired);
        return;
    }
    forgetRequest();
    twoFactorMethod = TwoFactorMethod::None;
    twoFactorHint.clear();
    if (failure.kind() == Kind::ProtocolVersion) {
        checked = false;
        setState(State::Failed);
        return;
    }
    setState(State::Ready);
}

void SignInController::Private::abandonLogin()
{
    // The call stays connected: onLoginFinished() signs out a late success.
    loginCall.clear();
    if (resumed) {
        abandonResume(); // a stored session is never logged out for being abandoned
        return;
    }
    if (awaitingUserDocument || saving) {
        awaitingUserDocument = false;
        QObject::disconnect(userDocumentConnection);
        userDocumentTimer.stop();
        // onTokenSaved() removes the token again once the write is done.
        saving = false;
        saveJob.clear();
        pendingUser = {};
        logOutQuietly();
    }
}

void SignInController::Private::logOutQuietly()
{
    DdpMethodCall *call = connection->call(QStringLiteral("logout"), {}, signInTimeoutMs);
    QObject::connect(call, &DdpMethodCall::finished, q, [call] {
        if (call->hasError())
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
    });
}

void SignInController::Private::resumeSession()
{
    if (state == State::Resuming && resumed && !awaitingUserDocument && !saving) {
        sendResume(); // resumeAccount(): the stored token goes with the handshake
        return;
    }
    // A new DDP session after a drop is not signed in; the token signs it in again, pipelined
    // with the handshake (as Meteor's client does on reconnect).
    const QString token = currentToken();
    if (token.isEmpty())
        return;
    qCInfo(lcAuth) << "resuming the session on the new connection";
    DdpMethodCall *call = connection->call(QStringLiteral("login"),
                                           { QJsonObject { { QStringLiteral("resume"), token } } },
                                           signInTimeoutMs);
    QObject::connect(call, &DdpMethodCall::finished, q, [this, call, token] {
        if (destroying || currentToken() != token)
            return;
        if (!call->hasError()) {
            const QDateTime expires = DdpFrame::toDateTime(
                call->result().toObject().value(QLatin1String("tokenExpires")));
            if (state != State::SignedIn) {
                if (expires.isValid())
                    pendingUser.tokenExpires = expires;
                return;
            }
            if (expires.isValid())
                user.tokenExpires = expires;
            if (keepsSessions() && accounts->contains(signedInKey))
                saveAccountData(user);
            return;
        }
        if (call->error().kind() != DdpError::Kind::ServerError)
            return; // lost again: the next connection tries again
        if (state != State::SignedIn)
            return; // still being saved; the answer to the sign-in itself was a success
        // Revoked, expired or the user removed: this sign-in is over (reference Appendix B.6).
        const SignInError failure = SignInError::fromResumeError(call->error());
        qCInfo(lcAuth) << "the server no longer accepts the session:"
                       << call->error().toLogString();
        const QString key = std::exchange(signedInKey, {});
        suggestedUsername = user.username;
        user = {};
        if (failure.kind() == SignInError::Kind::SessionRejected)
            forgetStoredAccount(key);
        setError(failure);
        setState(State::Ready);
        Q_EMIT q->signedOut();
    });
}

void SignInController::Private::forgetRequest()
{
    // The request holds the digest (or, for LDAP, the password): gone once the flow ends.
    request = {};
}

void SignInController::Private::dropPendingSignIn()
{
    requestAfterCheck = {};
    pendingSignIn = false;
    pendingIdentifier.clear();
    LoginRequest::wipe(pendingPassword);
}

// ---- State, errors, rate limit ----------------------------------------------------------------

void SignInController::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
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

// ---- Public interface --------------------------------------------------------------------------

QString SignInController::minimumServerVersion()
{
    return ServerCheck::minimumVersion();
}

SignInController::SignInController(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    qRegisterMetaType<SignInError>();
    d->connection = std::make_unique<DdpConnection>();
    d->ownTrust = std::make_unique<CertificateTrust>();
    setCertificateTrust(d->ownTrust.get());
    d->debounce.setSingleShot(true);
    connect(&d->debounce, &QTimer::timeout, this, [this] { d->startCheck(); });
    d->checkDeadline.setSingleShot(true);
    connect(&d->checkDeadline, &QTimer::timeout, this, [this] {
        if (d->checking)
            d->failCheck(SignInError(SignInError::Kind::Timeout));
    });
    connect(&d->check, &ServerCheck::finished, this, [this] { d->onCheckFinished(); });
    connect(d->connection.get(), &DdpConnection::connected, this,
            [this] { d->onConnectionConnected(); });
    connect(d->connection.get(), &DdpConnection::disconnected, this,
            [this](const DdpError &reason) { d->onConnectionLost(reason); });
    connect(d->connection.get(), &DdpConnection::sessionStarting, this,
            [this] { d->resumeSession(); });
    d->userDocumentTimer.setSingleShot(true);
    connect(&d->userDocumentTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "the users document did not come; going on without it";
        d->finishSignedIn();
    });
    connect(&d->rateLimitCountdown, &SecondsCountdown::secondsLeftChanged, this,
            &SignInController::rateLimitSecondsLeftChanged);
    d->offlineRetryTimer.setSingleShot(true);
    connect(&d->offlineRetryTimer, &QTimer::timeout, this, [this] {
        if (d->state == State::Offline && d->resumed)
            d->startResumeAttempt();
    });
    connect(&d->offlineCountdown, &SecondsCountdown::secondsLeftChanged, this,
            &SignInController::offlineRetrySecondsLeftChanged);

    d->browser = std::make_unique<BrowserSignIn>(d->connection.get());
    d->browser->setLoginTimeoutMs(d->signInTimeoutMs);
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
    d->browser.reset(); // its subscription and calls go before the connection
    d->dropPendingSignIn();
    d->forgetRequest();
    if (d->emailCodeReply)
        d->emailCodeReply->disconnect(this); // it goes with the network access manager
    d->check.abort();
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
    d->tokens = tokens;
    d->accounts = accounts;
}

TokenStore *SignInController::tokenStore() const
{
    return d->tokens;
}

AccountStore *SignInController::accountStore() const
{
    return d->accounts;
}

bool SignInController::resumeAccount(const QString &accountKey)
{
    if (!d->keepsSessions()) {
        qCWarning(lcAuth) << "resumeAccount() without stores";
        return false;
    }
    const std::optional<SavedAccount> account = d->accounts->account(accountKey);
    if (!account || !account->isValid())
        return false;
    if (d->state == State::SignedIn && d->signedInKey == accountKey)
        return true; // that is the one signed in
    if (d->resumed && d->resumed->key() == accountKey) {
        retryNow(); // already on it; Offline: at once
        return true;
    }
    qCInfo(lcAuth) << "resuming the stored account on" << account->server;
    // Whatever was going on stops. A session of another account is not logged out: its token
    // stays stored for switching back.
    d->dropCurrentFlow();
    d->stopChecking();
    d->address = account->server;
    d->serverText = account->server.origin().toString();
    d->allowInsecure = !account->server.isSecure() && !account->server.isLoopback();
    if (!d->addressProblem.isEmpty()) {
        d->addressProblem.clear();
        Q_EMIT addressProblemChanged(QString());
    }
    d->suggestedUsername.clear();
    d->setNotice({});
    d->resumed = *account;
    d->offlineBackoff.reset();
    d->startResumeAttempt();
    return true;
}

bool SignInController::resumeLastAccount()
{
    if (!d->keepsSessions())
        return false;
    const std::optional<SavedAccount> last = d->accounts->lastUsedAccount();
    return last && resumeAccount(last->key());
}

void SignInController::retryNow()
{
    if (d->state == State::Offline && d->resumed)
        d->startResumeAttempt();
}

int SignInController::offlineRetrySecondsLeft() const
{
    return d->offlineCountdown.secondsLeft();
}

ReconnectBackoff &SignInController::offlineBackoff()
{
    return d->offlineBackoff;
}

QString SignInController::suggestedUsername() const
{
    return d->suggestedUsername;
}

QString SignInController::accountKey() const
{
    if (d->resumed)
        return d->resumed->key();
    return d->state == State::SignedIn ? d->signedInKey : QString();
}

KeychainError SignInController::storageProblem() const
{
    return d->storageProblem;
}

QString SignInController::notice() const
{
    return d->notice;
}

void SignInController::leaveAccount()
{
    if (d->state != State::SignedIn && !d->resumed) {
        qCWarning(lcAuth) << "leaveAccount() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "leaving the account; its session stays stored";
    d->abandonResume();
    d->user = {};
    d->signedInKey.clear();
    d->suggestedUsername.clear();
    d->clearError();
    // A new connection: the one signed in goes (the server keeps the token, for resuming).
    d->startCheck();
}

bool SignInController::removeAccount(const QString &accountKey)
{
    if (!d->keepsSessions() || !d->accounts->contains(accountKey))
        return false;
    if (this->accountKey() == accountKey) {
        signOut(); // logs out on the server too, then forgets it here
        return true;
    }
    // Another account: forgotten here. Its server session is left to expire (telling the server
    // would take a connection of its own).
    qCInfo(lcAuth) << "removing a stored account";
    d->forgetStoredAccount(accountKey);
    return true;
}

void SignInController::setServer(const QString &text, bool allowInsecure)
{
    d->serverText = text;
    d->allowInsecure = allowInsecure;
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
    d->stopChecking();
    d->address = parsed;
    d->clearError();
    if (!parsed.isValid()) {
        d->setState(State::Idle);
        return;
    }
    // Checking starts after a pause in typing; until then the state already says so, and
    // signIn() is accepted (it waits for the check).
    d->setState(State::CheckingServer);
    d->debounce.start(d->checkDelayMs);
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

void SignInController::setServerCheckDelayMs(int ms)
{
    d->checkDelayMs = qMax(0, ms);
}

void SignInController::setServerCheckTimeoutMs(int ms)
{
    d->checkTimeoutMs = qMax(1, ms);
}

void SignInController::setSignInTimeoutMs(int ms)
{
    d->signInTimeoutMs = qMax(1, ms);
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
    return d->version;
}

bool SignInController::serverHasLdap() const
{
    return d->ldap;
}

void SignInController::signIn(const QString &identifier, QString password, bool ldap)
{
    QByteArray utf8 = password.toUtf8();
    LoginRequest::wipe(password);

    switch (d->state) {
    case State::SigningIn:
    case State::SignedIn:
        qCWarning(lcAuth) << "signIn() ignored while" << d->state;
        LoginRequest::wipe(utf8);
        return;
    case State::TwoFactorRequired:
        // Starting over with (possibly other) credentials.
        d->forgetRequest();
        d->twoFactorMethod = TwoFactorMethod::None;
        d->twoFactorHint.clear();
        break;
    case State::Resuming:
    case State::Offline:
        // Credentials instead of the stored session (which stays stored): a check first, as the
        // resume skipped it.
        qCInfo(lcAuth) << "signing in with credentials instead of the stored session";
        d->abandonResume();
        d->stopChecking();
        break;
    case State::WaitingForBrowser:
        // A password after all: the browser's link will not be waited for any more.
        d->browser->end();
        d->setState(State::Ready);
        break;
    case State::Idle:
    case State::CheckingServer:
    case State::Ready:
    case State::Failed:
        break;
    }
    if (identifier.trimmed().isEmpty()) {
        LoginRequest::wipe(utf8);
        d->setError(SignInError(SignInError::Kind::WrongCredentials));
        return;
    }
    if (d->checked && d->connection->state() != DdpConnection::State::Failed) {
        d->startSignIn(identifier, utf8, ldap);
        return;
    }
    // Not checked yet: keep the request for when it is.
    d->dropPendingSignIn();
    d->pendingSignIn = true;
    d->pendingIdentifier = identifier;
    d->pendingPassword = utf8;
    LoginRequest::wipe(utf8);
    d->pendingLdap = ldap;
    d->clearError();
    if (!d->checking)
        d->startCheck();
}

void SignInController::submitTwoFactorCode(const QString &code)
{
    if (d->state != State::TwoFactorRequired || d->request.isEmpty()) {
        qCWarning(lcAuth) << "submitTwoFactorCode() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "sending the two-factor code";
    d->callLogin(LoginRequest::withTwoFactorCode(d->request, code.trimmed()));
}

void SignInController::requestNewEmailCode()
{
    if (d->state != State::TwoFactorRequired || d->twoFactorMethod != TwoFactorMethod::Email) {
        qCWarning(lcAuth) << "requestNewEmailCode() ignored: no e-mail code asked for";
        return;
    }
    if (d->emailCodeReply)
        return; // one request at a time
    QNetworkRequest request(d->address.apiUrl(QStringLiteral("/api/v1/users.2fa.sendEmailCode")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(d->checkTimeoutMs);
    const QJsonObject body { { QStringLiteral("emailOrUsername"), d->twoFactorHint } };
    QNetworkReply *reply
        = d->network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    d->emailCodeReply = reply;
    qCInfo(lcAuth) << "asking for a new e-mail code";
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (d->destroying)
            return;
        d->emailCodeReply.clear();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError
            && answer.value(QLatin1String("success")).toBool()) {
            qCInfo(lcAuth) << "a new e-mail code was sent";
            d->clearError();
            Q_EMIT emailCodeRequested();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcAuth) << "sending a new e-mail code failed:" << reply->error() << status;
        if (status == 0 || status >= 500) {
            d->setError(SignInError(SignInError::Kind::ServerUnreachable, reply->errorString()));
            return;
        }
        // Rocket.Chat's REST errors: {"success":false,"error":"…","errorType":"…"}
        const QString reason = answer.value(QLatin1String("error")).toString();
        // ("error-too-many-requests" from the REST rate limiter)
        if (answer.value(QLatin1String("errorType")).toString().endsWith(u"too-many-requests")
            || status == 429) {
            const SignInError limited
                = SignInError::fromDdpError(DdpError::fromServerObject(QJsonObject {
                    { QStringLiteral("error"), QStringLiteral("too-many-requests") },
                    { QStringLiteral("reason"), reason },
                }));
            d->rateLimitCountdown.start(limited.retryAfterMs());
            d->setError(limited);
            return;
        }
        d->setError(SignInError(SignInError::Kind::ServerError,
                                reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason));
    });
}

void SignInController::cancel()
{
    switch (d->state) {
    case State::CheckingServer:
        if (d->pendingSignIn) {
            // The check goes on; only the sign-in waiting for it is dropped.
            d->dropPendingSignIn();
            d->setError(SignInError(SignInError::Kind::Cancelled));
            return;
        }
        d->dropPendingSignIn();
        d->stopChecking();
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
        d->forgetRequest();
        d->twoFactorMethod = TwoFactorMethod::None;
        d->twoFactorHint.clear();
        d->setError(SignInError(SignInError::Kind::Cancelled));
        d->setState(d->checked ? State::Ready : State::Failed);
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

void SignInController::signOut()
{
    QString key;
    QString token;
    ServerAddress server;
    switch (d->state) {
    case State::SignedIn:
        key = d->signedInKey;
        token = d->user.token;
        server = d->user.server;
        break;
    case State::Resuming:
    case State::Offline:
        if (d->resumed) {
            // Signing out of the account waiting for its server.
            key = d->resumed->key();
            token = d->resumeToken;
            server = d->resumed->server;
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
    d->signedInKey.clear();
    d->suggestedUsername.clear();
    d->clearError();
    d->setNotice({});
    d->setState(State::Ready);
    d->signOutSession(key, token, server);
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
    return d->twoFactorMethod;
}

QString SignInController::twoFactorEmailHint() const
{
    return d->twoFactorMethod == TwoFactorMethod::Email ? d->twoFactorHint : QString();
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

void SignInController::Private::handleFlowLink(const DeepLink &link)
{
    using Action = BrowserSignIn::LinkVerdict::Action;
    const BrowserSignIn::LinkVerdict verdict = browser->judge(link);
    switch (verdict.action) {
    case Action::Refuse:
        refuseLink(verdict.error);
        return;
    case Action::EndAttempt:
        Q_EMIT q->linkRefused(verdict.error);
        if (state == State::WaitingForBrowser) {
            setError(verdict.error);
            setState(State::Ready);
        }
        return;
    case Action::SignIn:
        break;
    }
    if (state != State::WaitingForBrowser) {
        refuseLink(SignInError(SignInError::Kind::SsoExpired));
        return;
    }
    qCInfo(lcAuth) << "signing in with the" << link.redactedDescription();
    identifier.clear();
    sendLogin(verdict.request);
}

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
    const DeepLink link = DeepLink::parse(text);
    switch (link.kind()) {
    case DeepLink::Kind::Invalid:
        qCInfo(lcAuth) << "refused an unusable link";
        d->refuseLink(SignInError(SignInError::Kind::SsoInvalidLink, link.problem()));
        return;
    case DeepLink::Kind::OAuth:
    case DeepLink::Kind::Saml:
        d->handleFlowLink(link);
        return;
    case DeepLink::Kind::Token:
        break;
    }
    if (d->state == State::SignedIn && d->user.server == link.server()
        && d->user.userId == link.userId()) {
        qCInfo(lcAuth) << "a" << link.redactedDescription() << "for the account signed in";
        return;
    }
    qCInfo(lcAuth) << "a" << link.redactedDescription() << "waits for confirmation";
    d->pendingLink = link;
    Q_EMIT linkConfirmationRequested();
}

DeepLink SignInController::pendingLink() const
{
    return d->pendingLink.value_or(DeepLink());
}

void SignInController::confirmLink()
{
    if (!d->pendingLink)
        return;
    const DeepLink link = *std::exchange(d->pendingLink, std::nullopt);
    qCInfo(lcAuth) << "signing in with the confirmed" << link.redactedDescription();
    // Whatever was going on stops; a session signed in stays stored (as for another account).
    d->dropCurrentFlow();
    d->stopChecking();
    d->address = link.server();
    d->serverText = link.server().origin().toString();
    d->allowInsecure = false;
    if (!d->addressProblem.isEmpty()) {
        d->addressProblem.clear();
        Q_EMIT addressProblemChanged(QString());
    }
    d->suggestedUsername.clear();
    d->setNotice({});
    d->clearError();
    d->requestAfterCheck = LoginRequest::resume(link.token());
    d->startCheck();
}

void SignInController::rejectLink()
{
    if (d->pendingLink)
        qCInfo(lcAuth) << "the" << d->pendingLink->redactedDescription() << "was declined";
    d->pendingLink.reset();
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

void SignInController::setCasPollIntervalMs(int ms)
{
    d->browser->setCasPollIntervalMs(ms);
}
