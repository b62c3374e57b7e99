#include "devsession.h"

#include "devserverlog.h"
#include "devserveroptions.h"
#include "loginattemptlog.h"
#include "singlesignon.h"
#include "totp.h"
#include "userdirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QWebSocket>

#include <cmath>

// Where this comes from: Meteor's packages/ddp-server/livedata_server.js, ddp-common (parseDDP,
// heartbeat.js), accounts-base, accounts-password and ddp-rate-limiter, and Rocket.Chat 7's login
// overrides (apps/meteor/app/authentication, app/2fa, server/configuration/ldap.ts). In the
// comments below, "ddp §N" and "rocketchat §N" are sections of app/ddp/README.md and
// app/rocketchat/README.md, the project's own notes on the protocol.

namespace {

const QString kUsersCollection = QStringLiteral("users");
const QString kLoginServiceCollection = QStringLiteral("meteor_accounts_loginServiceConfiguration");
const QString kLoginServicePublication = QStringLiteral("meteor.loginServiceConfiguration");

// JavaScript truthiness, because Meteor's checks are written as `if (!msg.msg)`.
bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    default:
        return true;
    }
}

// A Meteor.Error as it travels (ddp §5): keys isClientSafe, error, reason, details (if any),
// message ("<reason> [<error>]"), errorType.
OrderedJson meteorError(const QJsonValue &error, const QString &reason,
                        const std::optional<OrderedJson> &details = std::nullopt)
{
    const QString errorText
        = error.isString() ? error.toString() : QString::number(error.toInteger());
    OrderedJson out;
    out.insert(QStringLiteral("isClientSafe"), true);
    out.insert(QStringLiteral("error"), error);
    out.insert(QStringLiteral("reason"), reason);
    if (details)
        out.insert(QStringLiteral("details"), *details);
    out.insert(QStringLiteral("message"), QStringLiteral("%1 [%2]").arg(reason, errorText));
    out.insert(QStringLiteral("errorType"), QStringLiteral("Meteor.Error"));
    return out;
}

OrderedJson validateLoginError(const QString &error, const QString &reason)
{
    return meteorError(error, reason,
                       OrderedJson().insert(QStringLiteral("function"),
                                            QStringLiteral("Accounts.validateLoginAttempt")));
}

// EJSON.parse throws for a custom type that is not registered ({"$type":…,"$value":…}); Meteor
// answers that with "Parse error". Only Mongo's "oid" is registered on a Rocket.Chat server.
bool hasUnknownEjsonType(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (hasUnknownEjsonType(item))
                return true;
        }
        return false;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.size() == 2 && object.contains(u"$type") && object.contains(u"$value"))
        return object.value(u"$type").toString() != u"oid";
    for (const QJsonValue &member : object) {
        if (hasUnknownEjsonType(member))
            return true;
    }
    return false;
}

// parseDDP (ddp §5): `cleared` must be an array, and fields/params/result go through EJSON.
bool isEjsonParseError(const QJsonObject &message)
{
    if (message.contains(u"cleared") && !message.value(u"cleared").isArray())
        return true;
    for (const auto key : { u"fields", u"params", u"result" }) {
        const QString name = QString::fromUtf16(key);
        if (message.contains(name) && hasUnknownEjsonType(message.value(name)))
            return true;
    }
    return false;
}

// The user name a login request names, for counting failed attempts by user: user.username of
// a password login (also inside the totp wrapper), or the LDAP request's username.
QString requestedUsername(const QJsonObject &options)
{
    const QJsonObject totp = options.value(u"totp").toObject();
    if (totp.value(u"login").isObject())
        return requestedUsername(totp.value(u"login").toObject());
    const QString name = options.value(u"user").toObject().value(u"username").toString();
    if (!name.isEmpty())
        return name;
    return options.value(u"ldap").toBool() ? options.value(u"username").toString() : QString();
}

// {"msg":"added","collection":"filler","id":"big","fields":{"filler":"xxx…"}}, `bytes` long (or
// as short as that frame can be).
QByteArray oversizedFrame(int bytes)
{
    const QByteArray head = "{\"msg\":\"added\",\"collection\":\"filler\",\"id\":\"big\","
                            "\"fields\":{\"filler\":\"";
    const QByteArray tail = "\"}}";
    return head + QByteArray(qMax(0, bytes - int(head.size() + tail.size())), 'x') + tail;
}

// {"msg":"added","collection":"filler","id":"deep","fields":{"filler":[[[…]]]}}, `depth` arrays.
QByteArray nestedFrame(int depth)
{
    return "{\"msg\":\"added\",\"collection\":\"filler\",\"id\":\"deep\",\"fields\":{\"filler\":"
        + QByteArray(depth, '[') + QByteArray(depth, ']') + "}}";
}

QString isoDate(const QDateTime &when)
{
    // What a JavaScript Date becomes in a JSON error's details: 2025-01-31T12:00:00.000Z.
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

// What the login handlers (rocketchat §1) came back with.
struct DevSession::LoginOutcome
{
    // Kinds of failure, because Rocket.Chat 7 rewrites only Meteor.Errors (rocketchat §6).
    enum class Error { None, Meteor, Match, Internal };

    bool handled = false;
    QString type;
    // The Meteor.Error's code when the error is not rewritten (Rocket.Chat 6, rewriteLoginErrors
    // off): Meteor's accounts use 403, the OAuth, SAML and CAS handlers 145546287.
    QJsonValue errorCode = 403;
    QString userId;
    QString resumeToken; // resume logins keep their token and its original time
    QDateTime when;
    Error error = Error::None;
    QString why; // for the log only: what Meteor would have said before the rewrite

    static LoginOutcome unhandled() { return {}; }
    static LoginOutcome failure(const QString &type, Error error, const QString &why,
                                const QString &userId = {})
    {
        LoginOutcome outcome;
        outcome.handled = true;
        outcome.type = type;
        outcome.error = error;
        outcome.why = why;
        outcome.userId = userId;
        return outcome;
    }
    static LoginOutcome success(const QString &type, const QString &userId)
    {
        LoginOutcome outcome;
        outcome.handled = true;
        outcome.type = type;
        outcome.userId = userId;
        return outcome;
    }
};

DevSession::DevSession(std::unique_ptr<QWebSocket> socket, int number, DevServerOptions &options,
                       UserDirectory &users, LoginAttemptLog &attempts, SingleSignOn &sso,
                       QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_number(number)
    , m_options(options)
    , m_users(users)
    , m_attempts(attempts)
    , m_sso(sso)
{
    m_clock.start();
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sendTimer, &QTimer::timeout, this, &DevSession::flushDueFrames);
    connect(&m_heartbeatInterval, &QTimer::timeout, this, &DevSession::onHeartbeatInterval);
    m_heartbeatTimeout.setSingleShot(true);
    connect(&m_heartbeatTimeout, &QTimer::timeout, this, &DevSession::onHeartbeatTimeout);
}

DevSession::~DevSession()
{
    if (m_socket) {
        // No signals into a half-destroyed session.
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
}

void DevSession::start()
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &DevSession::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &DevSession::onBinaryMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &DevSession::onDisconnected);
    qCInfo(lcDevServer) << "session" << m_number << "opened from"
                        << m_socket->peerAddress().toString() << m_socket->requestUrl().path();

    if (m_options.dropAfterFrames == 0) {
        // Once the WebSocket server is done handing the socket over.
        QTimer::singleShot(0, this, &DevSession::abort);
        return;
    }
    // ddp §2: Meteor sends nothing before `connected`; Rocket.Chat's EE ddp-streamer greets.
    switch (m_options.greeting) {
    case DevServerOptions::Greeting::None:
        break;
    case DevServerOptions::Greeting::Legacy:
        send(OrderedJson().insert(QStringLiteral("server_id"), QStringLiteral("0")));
        break;
    case DevServerOptions::Greeting::Message:
        send(OrderedJson()
                 .insert(QStringLiteral("msg"), QStringLiteral("server_id"))
                 .insert(QStringLiteral("server_id"), QStringLiteral("0")));
        break;
    }
}

bool DevSession::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void DevSession::abort()
{
    m_closing = true;
    m_queue.clear();
    m_sendTimer.stop();
    if (m_socket)
        m_socket->abort();
}

void DevSession::close()
{
    m_closing = true;
    m_queue.clear();
    m_sendTimer.stop();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void DevSession::closeAfterQueuedFrames()
{
    if (m_closing)
        return;
    m_closing = true;
    enqueue(Outgoing::Kind::Close, {});
}

void DevSession::sendText(const QString &frame)
{
    enqueue(Outgoing::Kind::Text, frame.toUtf8());
}

void DevSession::sendBinary(const QByteArray &frame)
{
    enqueue(Outgoing::Kind::Binary, frame);
}

// ---- Incoming ---------------------------------------------------------------------------------

void DevSession::onTextMessage(const QString &message)
{
    const QByteArray raw = message.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    Q_EMIT frameReceived(m_number, document.object(), message);
    qCDebug(lcDevServer).noquote()
        << "session" << m_number << "<-" << DevServerLog::redactedFrame(raw);
    if (m_closing)
        return;
    handleFrame(raw);
}

void DevSession::onBinaryMessage(const QByteArray &message)
{
    // sockjs's raw transport hands a binary frame's bytes to Meteor, whose JSON.parse reads them
    // as UTF-8 text: a binary frame holding a DDP message works like a text frame, anything else
    // is a "Bad request". Do the same.
    onTextMessage(QString::fromUtf8(message));
}

void DevSession::handleFrame(const QByteArray &raw)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Not JSON, or a JSON scalar: parseDDP returns null.
        sendError(QStringLiteral("Bad request"));
        return;
    }
    if (document.isArray()) {
        // typeof [] === 'object', so an array gets through parseDDP and fails on `msg`.
        sendError(QStringLiteral("Bad request"), document.array());
        return;
    }
    const QJsonObject message = document.object();
    if (isEjsonParseError(message)) {
        sendError(QStringLiteral("Parse error"));
        return;
    }
    const QJsonValue type = message.value(u"msg");
    if (!isTruthy(type)) {
        sendError(QStringLiteral("Bad request"), message);
        return;
    }
    if (type == QJsonValue(QStringLiteral("connect"))) {
        if (m_options.dropOnConnect) {
            qCInfo(lcDevServer) << "session" << m_number << "dropping on connect (fault)";
            abort();
            return;
        }
        if (!m_sessionId.isEmpty()) {
            sendError(QStringLiteral("Already connected"), message);
            return;
        }
        handleConnect(message);
        return;
    }
    if (m_sessionId.isEmpty()) {
        sendError(QStringLiteral("Must connect first"), message);
        return;
    }
    processMessage(message);
}

void DevSession::handleConnect(const QJsonObject &message)
{
    // ddp §2. The server's versions in order of preference; never empty.
    QStringList serverVersions = m_options.ddpVersions;
    if (serverVersions.isEmpty())
        serverVersions = { QStringLiteral("1") };

    const QJsonValue version = message.value(u"version");
    const QJsonValue support = message.value(u"support");
    bool valid = version.isString() && support.isArray();
    QStringList clientVersions;
    if (valid) {
        for (const QJsonValue &v : support.toArray()) {
            if (!v.isString()) {
                valid = false;
                break;
            }
            clientVersions.append(v.toString());
        }
        valid = valid && clientVersions.contains(version.toString());
    }
    auto fail = [this](const QString &suggested) {
        send(OrderedJson()
                 .insert(QStringLiteral("msg"), QStringLiteral("failed"))
                 .insert(QStringLiteral("version"), suggested));
        closeAfterQueuedFrames();
    };
    if (!valid) {
        fail(serverVersions.first());
        return;
    }
    QString best = serverVersions.first();
    for (const QString &candidate : std::as_const(clientVersions)) {
        if (serverVersions.contains(candidate)) {
            best = candidate;
            break;
        }
    }
    if (version.toString() != best) {
        fail(best);
        return;
    }

    // A `session` field (resumption) is ignored: every connect gets a fresh session.
    m_version = best;
    m_sessionId = UserDirectory::randomId();
    send(OrderedJson()
             .insert(QStringLiteral("msg"), QStringLiteral("connected"))
             .insert(QStringLiteral("session"), m_sessionId));
    qCInfo(lcDevServer) << "session" << m_number << "connected, DDP version" << m_version;
    if (m_options.garbageAfterConnected)
        enqueue(Outgoing::Kind::Text, QByteArrayLiteral("this is not a DDP frame {"));
    if (m_options.binaryAfterConnected)
        enqueue(Outgoing::Kind::Binary, QByteArrayLiteral("\x00\xff not a DDP message \x01"));
    if (m_options.oversizedFrameAfterConnectedBytes > 0)
        enqueue(Outgoing::Kind::Text, oversizedFrame(m_options.oversizedFrameAfterConnectedBytes));
    if (m_options.nestedFrameAfterConnectedDepth > 0)
        enqueue(Outgoing::Kind::Text, nestedFrame(m_options.nestedFrameAfterConnectedDepth));
    if (m_options.silentAfterConnected) {
        // A hung server: it neither sends nor closes, so no heartbeat either.
        m_silenced = true;
        return;
    }
    startHeartbeat();
}

void DevSession::processMessage(const QJsonObject &message)
{
    // Any message counts as a pong (ddp §3).
    m_seenPacket = true;
    m_heartbeatTimeout.stop();

    const QString type = message.value(u"msg").toString();
    // Pings are answered at once, even while a method blocks the queue; not under pre1.
    if (m_version != u"pre1" && type == u"ping") {
        OrderedJson pong;
        pong.insert(QStringLiteral("msg"), QStringLiteral("pong"));
        if (message.contains(u"id")) {
            const QJsonValue id = message.value(u"id");
            // stringifyDDP throws on a truthy non-string id: Meteor then sends nothing at all.
            if (isTruthy(id) && !id.isString()) {
                qCDebug(lcDevServer) << "session" << m_number << "ping id is not a string";
                return;
            }
            pong.insert(QStringLiteral("id"), id);
        }
        send(pong);
        return;
    }
    if (m_version != u"pre1" && type == u"pong")
        return;
    if (m_blocked)
        return;
    dispatch(message);
}

void DevSession::dispatch(const QJsonObject &message)
{
    const QJsonValue type = message.value(u"msg");
    if (type == QJsonValue(QStringLiteral("method")))
        handleMethod(message);
    else if (type == QJsonValue(QStringLiteral("sub")))
        handleSub(message);
    else if (type == QJsonValue(QStringLiteral("unsub")))
        handleUnsub(message);
    else
        sendError(QStringLiteral("Bad request"), message);
}

void DevSession::handleMethod(const QJsonObject &message)
{
    const QJsonValue id = message.value(u"id");
    const QJsonValue method = message.value(u"method");
    if (!id.isString() || !method.isString()
        || (message.contains(u"params") && !message.value(u"params").isArray())
        || (message.contains(u"randomSeed") && !message.value(u"randomSeed").isString())) {
        sendError(QStringLiteral("Malformed method invocation"), message);
        return;
    }
    const QString name = method.toString();
    const QJsonArray params = message.value(u"params").toArray();
    if (name == u"login") {
        if (m_options.dropOnLogin) {
            qCInfo(lcDevServer) << "session" << m_number << "dropping on login (fault)";
            abort();
            return;
        }
        if (m_options.ignoreLogin) {
            qCInfo(lcDevServer) << "session" << m_number << "ignoring login (fault)";
            m_blocked = m_options.ignoredLoginBlocks;
            return;
        }
        handleLogin(id.toString(), params);
        if (m_options.dropAfterLoginResult)
            enqueue(Outgoing::Kind::Drop, {}); // after the answer, queued just before
    } else if (name == u"logout") {
        handleLogout(id.toString());
    } else if (name == u"removeOtherTokens") {
        handleRemoveOtherTokens(id.toString());
    } else {
        // Meteor answers an unknown method before arming its write fence: result, then updated.
        const QString reason = QStringLiteral("Method '%1' not found").arg(name);
        send(OrderedJson()
                 .insert(QStringLiteral("msg"), QStringLiteral("result"))
                 .insert(QStringLiteral("id"), id)
                 .insert(QStringLiteral("error"), meteorError(404, reason)));
        send(OrderedJson()
                 .insert(QStringLiteral("msg"), QStringLiteral("updated"))
                 .insert(QStringLiteral("methods"), QJsonArray { id }));
    }
}

void DevSession::handleSub(const QJsonObject &message)
{
    const QJsonValue id = message.value(u"id");
    const QJsonValue name = message.value(u"name");
    if (!id.isString() || !name.isString()
        || (message.contains(u"params") && !message.value(u"params").isArray())) {
        sendError(QStringLiteral("Malformed subscription"), message);
        return;
    }
    if (name.toString() != kLoginServicePublication) {
        const QString reason = QStringLiteral("Subscription '%1' not found").arg(name.toString());
        send(OrderedJson()
                 .insert(QStringLiteral("msg"), QStringLiteral("nosub"))
                 .insert(QStringLiteral("id"), id)
                 .insert(QStringLiteral("error"), meteorError(404, reason)));
        return;
    }
    // Subs are idempotent: a client that reconnects re-sends them with the same ids.
    if (m_subs.contains(id.toString()))
        return;

    QList<QPair<QString, QString>> documents;
    const QJsonArray configurations = m_sso.serviceDocuments();
    for (const QJsonValue &entry : configurations) {
        QJsonObject fields = entry.toObject();
        QString documentId = fields.value(u"_id").toString();
        if (documentId.isEmpty())
            documentId = fields.value(u"service").toString();
        if (documentId.isEmpty())
            continue;
        fields.remove(QStringLiteral("_id"));
        fields.remove(QStringLiteral("secret")); // never published
        const QPair<QString, QString> key { kLoginServiceCollection, documentId };
        documents.append(key);
        if (m_documentRefs[key]++ == 0) {
            send(OrderedJson()
                     .insert(QStringLiteral("msg"), QStringLiteral("added"))
                     .insert(QStringLiteral("collection"), kLoginServiceCollection)
                     .insert(QStringLiteral("id"), documentId)
                     .insert(QStringLiteral("fields"), fields));
        }
    }
    m_subs.insert(id.toString(), documents);
    send(OrderedJson()
             .insert(QStringLiteral("msg"), QStringLiteral("ready"))
             .insert(QStringLiteral("subs"), QJsonArray { id }));
}

void DevSession::handleUnsub(const QJsonObject &message)
{
    const QJsonValue id = message.value(u"id");
    if (id.isString()) {
        const auto documents = m_subs.take(id.toString());
        for (const auto &key : documents) {
            if (--m_documentRefs[key] == 0) {
                m_documentRefs.remove(key);
                send(OrderedJson()
                         .insert(QStringLiteral("msg"), QStringLiteral("removed"))
                         .insert(QStringLiteral("collection"), key.first)
                         .insert(QStringLiteral("id"), key.second));
            }
        }
    } else if (isTruthy(id)) {
        // stringifyDDP throws on a truthy non-string id: nothing is sent.
        return;
    }
    // `nosub` even for an id that was never subscribed.
    OrderedJson nosub;
    nosub.insert(QStringLiteral("msg"), QStringLiteral("nosub"));
    if (message.contains(u"id"))
        nosub.insert(QStringLiteral("id"), id);
    send(nosub);
}

// ---- Login ------------------------------------------------------------------------------------

void DevSession::sendMethodAnswer(const QString &id, const OrderedJson &result, bool hasResult,
                                  const std::optional<OrderedJson> &error)
{
    OrderedJson answer;
    answer.insert(QStringLiteral("msg"), QStringLiteral("result"));
    answer.insert(QStringLiteral("id"), id);
    if (error)
        answer.insert(QStringLiteral("error"), *error);
    else if (hasResult) // an `undefined` return value leaves the key out
        answer.insert(QStringLiteral("result"), result);
    OrderedJson updated;
    updated.insert(QStringLiteral("msg"), QStringLiteral("updated"));
    updated.insert(QStringLiteral("methods"), QJsonArray { id });
    if (m_options.updatedBeforeResult) {
        send(updated);
        send(answer);
    } else {
        send(answer);
        send(updated);
    }
}

bool DevSession::loginRateLimited(const QString &id)
{
    // accounts-base's default DDP rate limit (rocketchat §8): a fixed window per connection and
    // method; rejected calls count too.
    const int calls = m_options.loginRateLimitCalls;
    const qint64 window = m_options.loginRateLimitWindowMs;
    if (calls <= 0 || window <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    RateWindow &rate = m_rateWindows[QStringLiteral("login")];
    if (rate.start < 0 || now - rate.start > window) {
        rate.start = now;
        rate.count = 0;
    }
    if (++rate.count <= calls)
        return false;
    const qint64 timeToReset = qMax<qint64>(0, window - (now - rate.start));
    const qint64 seconds = (timeToReset + 999) / 1000;
    const QString reason = QStringLiteral("Error, too many requests. Please slow down. You must "
                                          "wait %1 seconds before trying again.")
                               .arg(seconds);
    sendMethodAnswer(
        id, {}, false,
        meteorError(QStringLiteral("too-many-requests"), reason,
                    OrderedJson().insert(QStringLiteral("timeToReset"), QJsonValue(timeToReset))));
    return true;
}

void DevSession::handleLogin(const QString &id, const QJsonArray &params)
{
    if (loginRateLimited(id))
        return;
    const QJsonValue options = params.isEmpty() ? QJsonValue(QJsonValue::Undefined) : params.at(0);
    if (!options.isObject()) {
        // check(options, Object)
        sendMethodAnswer(id, {}, false, meteorError(400, QStringLiteral("Match failed")));
        return;
    }

    LoginOutcome outcome = runLoginHandlers(options);
    if (!outcome.handled) {
        outcome = LoginOutcome::failure(QString(), LoginOutcome::Error::Meteor,
                                        QStringLiteral("Unrecognized options for login request"));
    }

    std::optional<OrderedJson> error;
    switch (outcome.error) {
    case LoginOutcome::Error::None:
        break;
    case LoginOutcome::Error::Meteor:
        // Rocket.Chat ≥ 7 turns every Meteor.Error of a login handler into this, so a client
        // cannot tell a wrong password from an unknown user or a stale token (rocketchat §6).
        if (m_options.rewriteLoginErrors)
            error = meteorError(401, QStringLiteral("User not found"));
        else if (outcome.why == u"Incorrect password")
            error = meteorError(403, QStringLiteral("User not found")); // Rocket.Chat 6
        else
            error = meteorError(outcome.errorCode, outcome.why); // the handler's own error
        break;
    case LoginOutcome::Error::Match:
        error = meteorError(400, QStringLiteral("Match failed"));
        break;
    case LoginOutcome::Error::Internal:
        error = meteorError(500, QStringLiteral("Internal server error"));
        break;
    }
    std::optional<UserAccount> user;
    if (!outcome.userId.isEmpty())
        user = m_users.user(outcome.userId);

    // validateLoginAttempt (rocketchat §6) runs for failed attempts too, and checks blocking
    // first, so a blocked user gets the blocking error whatever the password.
    const QString attemptName = user ? user->username : requestedUsername(options.toObject());
    const QString address = m_socket->peerAddress().toString();
    if (const auto blocked = checkLoginBlocked(attemptName, address))
        error = blocked;
    if (!error) {
        if (!user)
            error = meteorError(401, QStringLiteral("User not found"));
        else
            error = validateLoginAttempt(outcome, *user, options.toObject());
    }
    if (error) {
        qCInfo(lcDevServer).noquote() << "session" << m_number << "login failed:" << outcome.type
                                      << (outcome.why.isEmpty() ? QString() : outcome.why);
        // Accounts.onLoginFailure: every failed attempt is a "failed login" event.
        if (m_options.blockFailedLogins)
            m_attempts.recordFailure(attemptName, address);
        sendMethodAnswer(id, {}, false, error);
        return;
    }
    if (m_options.blockFailedLogins)
        m_attempts.recordSuccess(user->username, address);

    QString token = outcome.resumeToken;
    QDateTime when = outcome.when;
    if (outcome.type != u"resume") {
        const UserDirectory::IssuedToken issued = m_users.issueToken(user->id);
        token = issued.token;
        when = issued.when;
    }
    m_userId = user->id;
    m_hashedToken = UserDirectory::hashToken(token);
    publishUser(*user);
    qCInfo(lcDevServer) << "session" << m_number << "logged in" << user->username << "by"
                        << outcome.type;

    OrderedJson result;
    result.insert(QStringLiteral("id"), user->id);
    result.insert(QStringLiteral("token"), token);
    if (!when.isValid()) {
        // A personal access token has no `when`: Meteor's date arithmetic gives an invalid Date,
        // which EJSON sends as {"$date": null}. (Test hook: other shapes of a broken expiry.)
        using Shape = DevServerOptions::PersonalTokenExpiry;
        switch (m_options.personalTokenExpiry) {
        case Shape::Null:
            result.insert(QStringLiteral("tokenExpires"),
                          OrderedJson().insert(QStringLiteral("$date"), QJsonValue()));
            break;
        case Shape::Missing:
            break;
        case Shape::NotADate:
            result.insert(QStringLiteral("tokenExpires"), QStringLiteral("Invalid Date"));
            break;
        }
    } else {
        const qint64 expires = when.toMSecsSinceEpoch() + m_options.tokenLifetimeMs;
        result.insert(QStringLiteral("tokenExpires"),
                      OrderedJson().insert(QStringLiteral("$date"), QJsonValue(expires)));
    }
    result.insert(QStringLiteral("type"), outcome.type);
    sendMethodAnswer(id, result, true, std::nullopt);
}

DevSession::LoginOutcome DevSession::runLoginHandlers(const QJsonValue &options)
{
    // Reading a property of undefined/null throws a TypeError in the first handler: a 500.
    if (options.isUndefined() || options.isNull())
        return LoginOutcome::failure(QStringLiteral("resume"), LoginOutcome::Error::Internal,
                                     QStringLiteral("login options are not an object"));
    if (!options.isObject())
        return LoginOutcome::unhandled();
    const QJsonObject object = options.toObject();

    // Registration order: resume (accounts-base), password and oauth (Meteor packages, loaded
    // first), then Rocket.Chat's own: totp, saml, cas, ldap. So {oauth, totp:{code}} is the
    // oauth handler's, and the totp handler only sees the wrapper {totp:{login, code}}.
    LoginOutcome outcome = resumeHandler(object);
    if (outcome.handled)
        return outcome;
    outcome = passwordHandler(object);
    if (outcome.handled)
        return outcome;
    outcome = oauthHandler(object);
    if (outcome.handled)
        return outcome;

    // The totp handler re-runs every handler on totp.login; the code is checked later
    // (rocketchat §7).
    const QJsonObject totp = object.value(u"totp").toObject();
    if (isTruthy(totp.value(u"code"))) {
        outcome = runLoginHandlers(totp.value(u"login"));
        if (!outcome.handled)
            outcome
                = LoginOutcome::failure(QStringLiteral("totp"), LoginOutcome::Error::Meteor,
                                        QStringLiteral("Unrecognized options for login request"));
        return outcome;
    }

    outcome = samlHandler(object);
    if (outcome.handled)
        return outcome;
    outcome = casHandler(object);
    if (outcome.handled)
        return outcome;
    return ldapHandler(object);
}

DevSession::LoginOutcome DevSession::resumeHandler(const QJsonObject &options)
{
    const QJsonValue resume = options.value(u"resume");
    if (!isTruthy(resume))
        return LoginOutcome::unhandled();
    const QString type = QStringLiteral("resume");
    if (!resume.isString())
        return LoginOutcome::failure(type, LoginOutcome::Error::Match,
                                     QStringLiteral("Match failed"));
    QDateTime when;
    const QString userId = m_users.userIdForToken(resume.toString(), &when);
    if (userId.isEmpty())
        return LoginOutcome::failure(
            type, LoginOutcome::Error::Meteor,
            QStringLiteral("You've been logged out by the server. Please log in again."));
    // Resuming does not extend a token: it expires `lifetime` after it was issued. A personal
    // access token has no `when` and never expires.
    if (when.isValid()
        && when.addMSecs(m_options.tokenLifetimeMs) < QDateTime::currentDateTimeUtc())
        return LoginOutcome::failure(
            type, LoginOutcome::Error::Meteor,
            QStringLiteral("Your session has expired. Please log in again."), userId);
    LoginOutcome outcome = LoginOutcome::success(type, userId);
    outcome.resumeToken = resume.toString();
    outcome.when = when;
    return outcome;
}

DevSession::LoginOutcome DevSession::passwordHandler(const QJsonObject &options)
{
    const QJsonValue password = options.value(u"password");
    if (!isTruthy(password))
        return LoginOutcome::unhandled();
    const QString type = QStringLiteral("password");
    auto matchFailed = [&type](const QString &why) {
        return LoginOutcome::failure(type, LoginOutcome::Error::Match, why);
    };

    // check(options, {user, password, code: Optional(NonEmptyString)}): no other keys
    // (rocketchat §2).
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.key() != u"user" && it.key() != u"password" && it.key() != u"code")
            return matchFailed(QStringLiteral("unexpected key %1").arg(it.key()));
    }
    if (options.contains(u"code")
        && (!options.value(u"code").isString() || options.value(u"code").toString().isEmpty()))
        return matchFailed(QStringLiteral("code must be a non-empty string"));
    // The user selector has exactly one of id, username, email, a non-empty string.
    const QJsonValue selector = options.value(u"user");
    if (!selector.isObject() || selector.toObject().size() != 1)
        return matchFailed(QStringLiteral("user must have exactly one field"));
    const QJsonObject query = selector.toObject();
    const QString field = query.begin().key();
    const QJsonValue value = query.begin().value();
    if ((field != u"id" && field != u"username" && field != u"email") || !value.isString()
        || value.toString().isEmpty())
        return matchFailed(QStringLiteral("bad user selector"));

    std::optional<UserAccount> user;
    if (field == u"id")
        user = m_users.user(value.toString());
    else if (field == u"username")
        user = m_users.findByUsername(value.toString());
    else
        user = m_users.findByEmail(value.toString());
    if (!user)
        return LoginOutcome::failure(type, LoginOutcome::Error::Meteor,
                                     QStringLiteral("User not found"));
    if (user->passwordDigest.isEmpty() || user->ldap)
        return LoginOutcome::failure(type, LoginOutcome::Error::Meteor,
                                     QStringLiteral("User has no password set"), user->id);

    // A plain string is hashed by the server; otherwise {digest, algorithm:"sha-256"}. Anything
    // else throws a plain Error in Meteor 3 (a 500), since its check accepts any shape.
    QString digest;
    if (password.isString()) {
        digest = UserDirectory::passwordDigest(password.toString());
    } else {
        const QJsonObject hashed = password.toObject();
        if (hashed.value(u"algorithm") != QJsonValue(QStringLiteral("sha-256")))
            return LoginOutcome::failure(
                type, LoginOutcome::Error::Internal,
                QStringLiteral("Invalid password hash algorithm. Only 'sha-256' is allowed."),
                user->id);
        if (!hashed.value(u"digest").isString())
            return LoginOutcome::failure(type, LoginOutcome::Error::Internal,
                                         QStringLiteral("digest is not a string"), user->id);
        digest = hashed.value(u"digest").toString();
    }
    if (digest != user->passwordDigest)
        return LoginOutcome::failure(type, LoginOutcome::Error::Meteor,
                                     QStringLiteral("Incorrect password"), user->id);
    return LoginOutcome::success(type, user->id);
}

DevSession::LoginOutcome DevSession::ldapHandler(const QJsonObject &options)
{
    // rocketchat §3: handled only with both `ldap` and `ldapOptions`.
    if (!isTruthy(options.value(u"ldap")) || !isTruthy(options.value(u"ldapOptions")))
        return LoginOutcome::unhandled();
    const QString name = options.value(u"username").toString();
    const QString password = options.value(u"ldapPass").toString();
    if (m_options.ldapEnabled) {
        // The directory holds the LDAP users; binding checks their password.
        const std::optional<UserAccount> user
            = name.contains(u'@') ? m_users.findByEmail(name) : m_users.findByUsername(name);
        if (user && user->ldap && UserDirectory::passwordDigest(password) == user->passwordDigest)
            return LoginOutcome::success(QStringLiteral("ldap"), user->id);
    }
    // LDAP off, no such entry in the directory, or a failed bind: Rocket.Chat's LDAPManager.login
    // falls back to the password login with the same name and password
    // (fallbackToDefaultLogin: {email} when the name has an '@', else {username}).
    const QString selector
        = name.contains(u'@') ? QStringLiteral("email") : QStringLiteral("username");
    const QJsonObject fallback {
        { QStringLiteral("user"), QJsonObject { { selector, name } } },
        { QStringLiteral("password"),
          QJsonObject { { QStringLiteral("digest"), UserDirectory::passwordDigest(password) },
                        { QStringLiteral("algorithm"), QStringLiteral("sha-256") } } },
    };
    return passwordHandler(fallback);
}

DevSession::LoginOutcome DevSession::oauthHandler(const QJsonObject &options)
{
    // accounts-oauth (rocketchat §11): check(options.oauth, {credentialToken: String,
    // credentialSecret: Match.OneOf(null, String)}); no other keys.
    const QJsonValue oauth = options.value(u"oauth");
    if (!isTruthy(oauth))
        return LoginOutcome::unhandled();
    const QString type = QStringLiteral("oauth");
    const QJsonObject request = oauth.toObject();
    const QJsonValue token = request.value(u"credentialToken");
    const QJsonValue secret = request.value(u"credentialSecret");
    if (!oauth.isObject() || request.size() != 2 || !token.isString()
        || !(secret.isString() || secret.isNull()))
        return LoginOutcome::failure(type, LoginOutcome::Error::Match,
                                     QStringLiteral("Match failed"));

    const SingleSignOn::Retrieved retrieved = m_sso.retrieveOAuthCredential(
        token.toString(), secret.isNull() ? std::nullopt : std::optional(secret.toString()));
    auto cancelled = [&type](const QString &why) {
        LoginOutcome outcome = LoginOutcome::failure(type, LoginOutcome::Error::Meteor, why);
        outcome.errorCode = 145546287; // Accounts.LoginCancelledError.numericError (0x8acdc2f)
        return outcome;
    };
    switch (retrieved.kind) {
    case SingleSignOn::Retrieved::Kind::NotFound:
        return cancelled(QStringLiteral("No matching login attempt found"));
    case SingleSignOn::Retrieved::Kind::Error:
        // The stored error is thrown; it is a plain Error (a failed handshake), so a 500.
        return LoginOutcome::failure(type, LoginOutcome::Error::Internal, retrieved.error);
    case SingleSignOn::Retrieved::Kind::Success:
        break;
    }
    if (!m_sso.service(retrieved.service))
        return cancelled(
            QStringLiteral("No registered oauth service found for: %1").arg(retrieved.service));
    // updateOrCreateUserFromExternalService: the user the identity provider signed in.
    if (!m_users.user(retrieved.userId))
        return LoginOutcome::failure(retrieved.service, LoginOutcome::Error::Internal,
                                     QStringLiteral("the identity provider's user is gone"));
    return LoginOutcome::success(retrieved.service, retrieved.userId);
}

DevSession::LoginOutcome DevSession::samlHandler(const QJsonObject &options)
{
    // meteor-accounts-saml/server/loginHandler.ts: {saml: true, credentialToken: String}. The
    // credential is not used up: it is found until it expires.
    const QJsonValue token = options.value(u"credentialToken");
    if (!isTruthy(options.value(u"saml")) || !token.isString() || token.toString().isEmpty())
        return LoginOutcome::unhandled();
    const QString type = QStringLiteral("saml");
    const auto userId = m_sso.samlCredential(token.toString());
    if (!userId || !m_users.user(*userId)) {
        LoginOutcome outcome = LoginOutcome::failure(
            type, LoginOutcome::Error::Meteor, QStringLiteral("No matching login attempt found"));
        outcome.errorCode = 145546287;
        return outcome;
    }
    return LoginOutcome::success(type, *userId);
}

DevSession::LoginOutcome DevSession::casHandler(const QJsonObject &options)
{
    // server/lib/cas/loginHandler.ts: {cas: {credentialToken}}; the credential is not used up.
    const QJsonValue cas = options.value(u"cas");
    if (!isTruthy(cas))
        return LoginOutcome::unhandled();
    const QString type = QStringLiteral("cas");
    const QJsonValue token = cas.toObject().value(u"credentialToken");
    const auto userId = token.isString() ? m_sso.casCredential(token.toString()) : std::nullopt;
    if (!userId || !m_users.user(*userId)) {
        LoginOutcome outcome = LoginOutcome::failure(
            type, LoginOutcome::Error::Meteor, QStringLiteral("no matching login attempt found"));
        outcome.errorCode = 145546287;
        return outcome;
    }
    return LoginOutcome::success(type, *userId);
}

std::optional<OrderedJson> DevSession::validateLoginAttempt(const LoginOutcome &outcome,
                                                            const UserAccount &user,
                                                            const QJsonObject &options)
{
    // Rocket.Chat's validateLoginAttempt hook, in its order (rocketchat §6); blocking after
    // failed logins (checkLoginBlocked) has already been looked at.
    if (user.type == u"visitor")
        return std::nullopt;
    if (user.type == u"app")
        return validateLoginError(QStringLiteral("error-app-user-is-not-allowed-to-login"),
                                  QStringLiteral("App user is not allowed to login"));
    if (!user.active)
        return validateLoginError(QStringLiteral("error-user-is-not-activated"),
                                  QStringLiteral("User is not activated"));
    if (user.roles.isEmpty())
        return validateLoginError(QStringLiteral("error-user-has-no-roles"),
                                  QStringLiteral("User has no roles"));
    if (m_options.requireVerifiedEmail && !user.roles.contains(u"admin")
        && outcome.type == u"password" && user.verifiedEmails().isEmpty())
        return validateLoginError(QStringLiteral("error-invalid-email"),
                                  QStringLiteral("Invalid email __email__"));

    // Two-factor (onValidateLogin): not for resume logins, nor CAS ("doesn't yet support 2FA").
    // The code is always read from the outermost object: {totp:{login:{…}, code}}, or for OAuth
    // {oauth:{…}, totp:{code}}.
    if (!m_options.twoFactorEnabled || outcome.type == u"resume" || outcome.type == u"cas")
        return std::nullopt;
    const QJsonValue code = options.value(u"totp").toObject().value(u"code");
    const QString typed = code.isString() ? code.toString()
        : code.isDouble()                 ? QString::number(code.toInteger())
                                          : QString();
    return checkSecondFactor(user, typed);
}

std::optional<OrderedJson> DevSession::checkSecondFactor(const UserAccount &user,
                                                         const QString &code)
{
    // apps/meteor/app/2fa/server/code/index.ts checkCodeForUser: the first enabled method of
    // totp, email; no password fallback for logins.
    const bool totpEnabled = !user.totpSecret.isEmpty();
    const QStringList verifiedEmails = user.verifiedEmails();
    const bool emailEnabled = user.emailTwoFactor && !verifiedEmails.isEmpty();
    QStringList available;
    if (totpEnabled)
        available.append(QStringLiteral("totp"));
    if (emailEnabled)
        available.append(QStringLiteral("email"));
    if (available.isEmpty())
        return std::nullopt;

    const QString method = available.first();
    OrderedJson details;
    details.insert(QStringLiteral("method"), method);
    // processInvalidCode runs before the code is looked at, so an e-mail code is sent (or a
    // still-valid one reported) on the first attempt and again whenever none is left.
    if (totpEnabled) {
        details.insert(QStringLiteral("codeGenerated"), false);
    } else {
        const QString emailOrUsername
            = user.username.isEmpty() ? verifiedEmails.first() : user.username;
        const QList<QDateTime> valid = m_users.validEmailCodeExpiries(user.id);
        if (!valid.isEmpty()) {
            QJsonArray expiries;
            for (const QDateTime &expiry : valid)
                expiries.append(isoDate(expiry));
            details.insert(QStringLiteral("emailOrUsername"), emailOrUsername);
            details.insert(QStringLiteral("codeGenerated"), false);
            details.insert(QStringLiteral("codeCount"), QJsonValue(qint64(valid.size())));
            details.insert(QStringLiteral("codeExpires"), expiries);
        } else {
            m_users.issueEmailCode(user.id, m_options.emailCodeLifetimeMs);
            details.insert(QStringLiteral("codeGenerated"), true);
            details.insert(QStringLiteral("emailOrUsername"), emailOrUsername);
        }
    }
    details.insert(QStringLiteral("availableMethods"), QJsonArray::fromStringList(available));

    if (code.isEmpty())
        return meteorError(QStringLiteral("totp-required"), QStringLiteral("TOTP Required"),
                           details);
    const bool valid = totpEnabled ? Totp::verify(user.totpSecret, code)
                                   : m_users.consumeEmailCode(user.id, code);
    if (valid)
        return std::nullopt;
    // EmailCheck counts wrong codes; TOTPCheck never reaches a maximum. (Sic: "Maximun".)
    if (!totpEnabled && m_options.emailCodeMaxAttempts > 0
        && m_users.recordWrongEmailCode(user.id) >= m_options.emailCodeMaxAttempts)
        return meteorError(QStringLiteral("totp-max-attempts"),
                           QStringLiteral("TOTP Maximun Failed Attempts Reached"), details);
    return meteorError(QStringLiteral("totp-invalid"), QStringLiteral("TOTP Invalid"), details);
}

std::optional<OrderedJson> DevSession::checkLoginBlocked(const QString &username,
                                                         const QString &address)
{
    // restrictLoginAttempts.ts, checked by address first, then by user.
    if (!m_options.blockFailedLogins)
        return std::nullopt;
    if (m_attempts.isAddressBlocked(address, m_options.blockIpAfterFailures,
                                    m_options.blockIpForMs))
        return validateLoginError(QStringLiteral("error-login-blocked-for-ip"),
                                  QStringLiteral("Login has been temporarily blocked For IP"));
    if (m_attempts.isUserBlocked(username, m_options.blockUserAfterFailures,
                                 m_options.blockUserForMs))
        return validateLoginError(QStringLiteral("error-login-blocked-for-user"),
                                  QStringLiteral("Login has been temporarily blocked For User"));
    return std::nullopt;
}

void DevSession::publishUser(const UserAccount &user)
{
    // Meteor's current-user universal publication (fields username, emails, profile; Rocket.Chat
    // keeps the display name in `name`). The merge box sends nothing when it already has the doc.
    if (m_publishedUserId == user.id)
        return;
    unpublishUser();
    OrderedJson fields;
    if (!user.emails.isEmpty()) {
        QList<OrderedJson> emails;
        for (const auto &email : user.emails) {
            emails.append(OrderedJson()
                              .insert(QStringLiteral("address"), email.address)
                              .insert(QStringLiteral("verified"), email.verified));
        }
        fields.insert(QStringLiteral("emails"), emails);
    }
    fields.insert(QStringLiteral("username"), user.username);
    if (!user.name.isEmpty())
        fields.insert(QStringLiteral("name"), user.name);
    send(OrderedJson()
             .insert(QStringLiteral("msg"), QStringLiteral("added"))
             .insert(QStringLiteral("collection"), kUsersCollection)
             .insert(QStringLiteral("id"), user.id)
             .insert(QStringLiteral("fields"), fields));
    m_publishedUserId = user.id;
}

void DevSession::unpublishUser()
{
    if (m_publishedUserId.isEmpty())
        return;
    send(OrderedJson()
             .insert(QStringLiteral("msg"), QStringLiteral("removed"))
             .insert(QStringLiteral("collection"), kUsersCollection)
             .insert(QStringLiteral("id"), m_publishedUserId));
    m_publishedUserId.clear();
}

void DevSession::handleLogout(const QString &id)
{
    // rocketchat §5: forget the token first, so that revoking it closes only the *other*
    // sessions using it.
    const QByteArray hashed = m_hashedToken;
    m_hashedToken.clear();
    m_userId.clear();
    if (!hashed.isEmpty())
        m_users.revokeHashedToken(hashed);
    unpublishUser();
    sendMethodAnswer(id, {}, false, std::nullopt);
}

void DevSession::handleRemoveOtherTokens(const QString &id)
{
    // Meteor's removeOtherTokens: every login token of the user but the connection's, personal
    // access tokens included; the sessions using them are closed (tokenRevoked).
    if (m_userId.isEmpty() || m_hashedToken.isEmpty()) {
        sendMethodAnswer(id, {}, false,
                         meteorError(QStringLiteral("You are not logged in."),
                                     QStringLiteral("You are not logged in.")));
        return;
    }
    const int removed = m_users.revokeOtherTokensOfUser(m_userId, m_hashedToken);
    qCInfo(lcDevServer) << "session" << m_number << "removed" << removed << "other tokens";
    sendMethodAnswer(id, {}, false, std::nullopt);
}

// ---- Heartbeat --------------------------------------------------------------------------------

void DevSession::startHeartbeat()
{
    if (m_version == u"pre1" || m_options.pingIntervalMs <= 0)
        return;
    m_seenPacket = false;
    m_heartbeatInterval.start(m_options.pingIntervalMs);
}

void DevSession::onHeartbeatInterval()
{
    // Ping only after a whole silent interval, and never twice without an answer.
    if (!m_seenPacket && !m_heartbeatTimeout.isActive()) {
        send(OrderedJson().insert(QStringLiteral("msg"), QStringLiteral("ping")));
        if (m_options.pingTimeoutMs > 0)
            m_heartbeatTimeout.start(m_options.pingTimeoutMs);
    }
    m_seenPacket = false;
}

void DevSession::onHeartbeatTimeout()
{
    qCInfo(lcDevServer) << "session" << m_number << "heartbeat timed out, closing";
    close();
}

// ---- Outgoing ---------------------------------------------------------------------------------

void DevSession::send(const OrderedJson &frame)
{
    enqueue(Outgoing::Kind::Text, frame.toJson());
}

void DevSession::sendError(const QString &reason, const QJsonValue &offendingMessage)
{
    OrderedJson error;
    error.insert(QStringLiteral("msg"), QStringLiteral("error"));
    error.insert(QStringLiteral("reason"), reason);
    if (isTruthy(offendingMessage))
        error.insert(QStringLiteral("offendingMessage"), offendingMessage);
    send(error);
}

void DevSession::enqueue(Outgoing::Kind kind, const QByteArray &data)
{
    if (!m_socket)
        return;
    // Silence stops frames, not a close; after a close (queued or done) nothing more is sent.
    if ((m_silenced || m_closing) && kind != Outgoing::Kind::Close) {
        qCDebug(lcDevServer) << "session" << m_number << "not sending a frame (silent or closing)";
        return;
    }
    // A fixed delay per frame, but never overtaking a frame queued earlier with a longer one.
    const qint64 due = qMax(m_clock.elapsed() + qMax(0, m_options.frameDelayMs), m_lastDue);
    m_lastDue = due;
    m_queue.push_back({ kind, data, due });
    flushDueFrames();
}

void DevSession::flushDueFrames()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.empty() && m_queue.front().due <= now) {
        const Outgoing frame = m_queue.front();
        m_queue.pop_front();
        transmit(frame);
        if (!isOpen()) {
            m_queue.clear();
            return;
        }
    }
    if (!m_queue.empty())
        m_sendTimer.start(int(qMax<qint64>(0, m_queue.front().due - now)));
}

void DevSession::transmit(const Outgoing &frame)
{
    if (!isOpen())
        return;
    switch (frame.kind) {
    case Outgoing::Kind::Close:
        qCInfo(lcDevServer) << "session" << m_number << "closing";
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    case Outgoing::Kind::Drop:
        qCInfo(lcDevServer) << "session" << m_number << "dropping the connection (fault)";
        // Hand what was sent to the kernel first, so the client does receive it.
        m_socket->flush();
        abort();
        return;
    case Outgoing::Kind::Text:
        qCDebug(lcDevServer).noquote()
            << "session" << m_number << "->" << DevServerLog::redactedFrame(frame.data);
        m_socket->sendTextMessage(QString::fromUtf8(frame.data));
        break;
    case Outgoing::Kind::Binary:
        qCDebug(lcDevServer) << "session" << m_number << "-> binary frame of" << frame.data.size()
                             << "bytes";
        m_socket->sendBinaryMessage(frame.data);
        break;
    }
    ++m_framesSent;
    if (m_options.dropAfterFrames >= 0 && m_framesSent >= m_options.dropAfterFrames) {
        qCInfo(lcDevServer) << "session" << m_number << "dropping the connection after"
                            << m_framesSent << "frames (fault)";
        // Hand what was sent to the kernel first, so the client does receive those N frames.
        m_socket->flush();
        abort();
    }
}

void DevSession::onDisconnected()
{
    m_closing = true;
    m_queue.clear();
    m_sendTimer.stop();
    m_heartbeatInterval.stop();
    m_heartbeatTimeout.stop();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    qCInfo(lcDevServer) << "session" << m_number << "closed";
    Q_EMIT closed();
}
