#include "signincontroller.h"

#include "ddpconnection.h"
#include "ddpframe.h"
#include "logging.h"
#include "loginrequest.h"
#include "servercheck.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

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

    void setState(State newState);
    void setError(const SignInError &newError);
    void clearError();
    void startCountdown(qint64 ms);
    void onCountdownTick();

    SignInController *q;
    bool destroying = false;
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

    QDeadlineTimer rateLimitDeadline;
    QTimer countdown;
    int rateLimitSeconds = 0;
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
    // Later drops are DdpConnection's business: it reconnects, and a call in flight fails with
    // ConnectionLost (handled where the call finishes).
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
            if (loginCall || awaitingUserDocument || state == State::SignedIn) {
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
        setError(SignInError(SignInError::Kind::ServerError,
                             SignInController::tr("unexpected answer to the sign-in")));
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

    SignedInUser signedIn = std::exchange(pendingUser, {});
    const QJsonObject document = connection->collections()->document(kUsers, signedIn.userId);
    signedIn.username = document.value(QLatin1String("username")).toString();
    if (signedIn.username.isEmpty() && !identifier.contains(QLatin1Char('@')))
        signedIn.username = identifier; // the document never came: what was typed is the name
    signedIn.displayName = document.value(QLatin1String("name")).toString();
    if (signedIn.displayName.isEmpty())
        signedIn.displayName = signedIn.username;
    user = signedIn;
    twoFactorMethod = TwoFactorMethod::None;
    twoFactorHint.clear();
    qCInfo(lcAuth) << "signed in by" << user.loginType << "until" << user.tokenExpires;
    clearError();
    setState(State::SignedIn);
    Q_EMIT q->signedIn();
}

void SignInController::Private::onLoginFailed(const SignInError &failure)
{
    using Kind = SignInError::Kind;
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
        startCountdown(failure.retryAfterMs());
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
    if (awaitingUserDocument) {
        awaitingUserDocument = false;
        QObject::disconnect(userDocumentConnection);
        userDocumentTimer.stop();
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
    // A new DDP session after a drop is not signed in; the token signs it in again, pipelined
    // with the handshake (as Meteor's client does on reconnect).
    if (state != State::SignedIn || user.token.isEmpty())
        return;
    qCInfo(lcAuth) << "resuming the session on the new connection";
    DdpMethodCall *call = connection->call(
        QStringLiteral("login"), { QJsonObject { { QStringLiteral("resume"), user.token } } },
        signInTimeoutMs);
    const QString token = user.token;
    QObject::connect(call, &DdpMethodCall::finished, q, [this, call, token] {
        if (destroying || state != State::SignedIn || user.token != token)
            return;
        if (!call->hasError()) {
            const QDateTime expires = DdpFrame::toDateTime(
                call->result().toObject().value(QLatin1String("tokenExpires")));
            if (expires.isValid())
                user.tokenExpires = expires;
            return;
        }
        if (call->error().kind() != DdpError::Kind::ServerError)
            return; // lost again: the next connection tries again
        // Revoked or expired: this sign-in is over.
        qCInfo(lcAuth) << "the server no longer accepts the session:"
                       << call->error().toLogString();
        user = {};
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

void SignInController::Private::startCountdown(qint64 ms)
{
    rateLimitDeadline = QDeadlineTimer(qMax<qint64>(0, ms));
    countdown.stop();
    onCountdownTick();
}

void SignInController::Private::onCountdownTick()
{
    const qint64 remaining = rateLimitDeadline.remainingTime();
    const int seconds = int((qMax<qint64>(0, remaining) + 999) / 1000);
    if (seconds != rateLimitSeconds) {
        rateLimitSeconds = seconds;
        Q_EMIT q->rateLimitSecondsLeftChanged(seconds);
    }
    if (seconds > 0) {
        // Wake up when the number of whole seconds left goes down by one.
        const qint64 untilNext = remaining - qint64(seconds - 1) * 1000;
        countdown.start(int(qBound(qint64(1), untilNext, qint64(1000))));
    }
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
    d->countdown.setSingleShot(true);
    d->countdown.setTimerType(Qt::PreciseTimer);
    connect(&d->countdown, &QTimer::timeout, this, [this] { d->onCountdownTick(); });
}

SignInController::~SignInController()
{
    d->destroying = true;
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
    if (d->loginCall || d->awaitingUserDocument)
        d->abandonLogin();
    d->dropPendingSignIn();
    d->forgetRequest();
    d->twoFactorMethod = TwoFactorMethod::None;
    d->twoFactorHint.clear();
    d->user = {};
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
            d->startCountdown(limited.retryAfterMs());
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
        d->stopChecking();
        d->setError(SignInError(SignInError::Kind::Cancelled));
        d->setState(State::Failed);
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
    case State::Idle:
    case State::Ready:
    case State::SignedIn:
    case State::Failed:
        return;
    }
}

void SignInController::signOut()
{
    if (d->state != State::SignedIn) {
        qCWarning(lcAuth) << "signOut() ignored while" << d->state;
        return;
    }
    qCInfo(lcAuth) << "signing out";
    // Forgotten here at once; the server is told, and signedOut() follows its answer.
    const QString token = std::exchange(d->user, {}).token;
    d->clearError();
    d->setState(State::Ready);
    if (d->connection->state() != DdpConnection::State::Connected) {
        // Between connections the next session is not signed in yet: sign it in first, so that
        // `logout` does forget the token on the server.
        d->connection->call(QStringLiteral("login"),
                            { QJsonObject { { QStringLiteral("resume"), token } } },
                            d->signInTimeoutMs);
    }
    DdpMethodCall *call = d->connection->call(QStringLiteral("logout"), {}, d->signInTimeoutMs);
    connect(call, &DdpMethodCall::finished, this, [this, call] {
        if (call->hasError())
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
        if (!d->destroying)
            Q_EMIT signedOut();
    });
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
    return d->rateLimitSeconds;
}

SignedInUser SignInController::user() const
{
    return d->user;
}
