#include "devserver.h"

#include "devserverlog.h"
#include "devsession.h"
#include "loginattemptlog.h"
#include "orderedjson.h"
#include "servercertificate.h"
#include "singlesignon.h"
#include "ssoroutes.h"
#include "userdirectory.h"

#include "tls/fingerprint.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <functional>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QFuture>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QPromise>
#endif

namespace {

// Meteor redirects exactly these paths to sockjs's raw WebSocket endpoint (app/ddp/README.md
// §1).
bool isDdpPath(const QString &path)
{
    return path == u"/websocket" || path == u"/websocket/";
}

QHttpServerResponse jsonResponse(const OrderedJson &body,
                                 QHttpServerResponse::StatusCode status
                                 = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body.toJson(), status);
}

// Every accepted connection goes through Private::onAccepted() (with TLS: QSslServer's, seen when
// their handshake starts).
class AcceptingTcpServer : public QTcpServer
{
public:
    using Accepted = std::function<void(QTcpSocket *)>;
    AcceptingTcpServer(Accepted accepted, QObject *parent)
        : QTcpServer(parent), m_accepted(accepted)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_accepted(socket);
        addPendingConnection(socket);
    }

private:
    Accepted m_accepted;
};

} // namespace

class DevServer::Private
{
public:
    explicit Private(DevServer *q, const DevServerOptions &options)
        : q(q), options(options), sso(this->options), ssoRoutes(this->options, users, sso)
    { }

    void setUpRoutes();
    void setUpSsoRoutes();
    void acceptWebSockets();
    void onTokenRevoked(const QByteArray &hashedToken);
    QHttpServerResponse sendEmailCode(const QHttpServerRequest &request);
    QHttpServerResponse publicSettings(const QHttpServerRequest &request) const;
    // HTTP routes whose answer, made by `answer`, waits frameDelayMs like every frame; with one
    // or two <arg> placeholders in the path, `answer` gets their values before the request.
    template<typename Answer>
    void routeDelayed(const QString &path, QHttpServerRequest::Methods methods, Answer answer);
    template<typename Answer>
    void routeDelayed1(const QString &path, QHttpServerRequest::Methods methods, Answer answer);
    template<typename Answer>
    void routeDelayed2(const QString &path, QHttpServerRequest::Methods methods, Answer answer);
    void noteRequest(const QHttpServerRequest &request);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QFuture<QHttpServerResponse> delayed(QHttpServerResponse &&response);
#else
    void answerLater(QHttpServerResponse &&response, QHttpServerResponder &&responder);
#endif
    QList<DevSession *> openSessions() const;

    DevServer *q;
    DevServerOptions options;
    UserDirectory users;
    LoginAttemptLog attempts;
    SingleSignOn sso;
    SsoRoutes ssoRoutes;
    QTcpServer *makeTcpServer();
    void onAccepted(QTcpSocket *socket);

    QHttpServer http;
    QPointer<QTcpServer> tcp; // owned by `http` once bound
    // The socket the request being handled came in on (before Qt 6.8, see onAccepted()).
    QPointer<QTcpSocket> currentSocket;
    ServerCertificate tls;
    QList<QPointer<DevSession>> sessions;
    int sessionNumber = 0;
    QString errorString;
    QTimer purgeTimer;
};

DevServer::DevServer(const DevServerOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, options))
{
    d->setUpRoutes();
    connect(&d->http, &QHttpServer::newWebSocketConnection, this,
            [this] { d->acceptWebSockets(); });
    connect(&d->users, &UserDirectory::tokenRevoked, this,
            [this](const QByteArray &hashed) { d->onTokenRevoked(hashed); });
    connect(&d->users, &UserDirectory::emailCodeIssued, this, &DevServer::emailCodeIssued);
    // Meteor purges expired login tokens every 10 minutes, closing the sessions using them.
    d->purgeTimer.setInterval(10 * 60 * 1000);
    connect(&d->purgeTimer, &QTimer::timeout, this,
            [this] { d->users.purgeExpiredTokens(d->options.tokenLifetimeMs); });
    d->purgeTimer.start();
}

DevServer::~DevServer()
{
    // Sessions first: their sockets must not outlive the server's objects they point into.
    for (DevSession *session : d->openSessions()) {
        session->disconnect(this);
        session->abort();
        delete session;
    }
}

bool DevServer::listen(quint16 port)
{
    if (d->tcp) {
        d->errorString = QStringLiteral("already listening on port %1").arg(d->tcp->serverPort());
        return false;
    }
    QTcpServer *tcp = d->makeTcpServer();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        d->errorString
            = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    // bind() (not the deprecated listen()) exists from Qt 6.4 on; it takes ownership.
    d->http.bind(tcp);
    d->tcp = tcp;
    d->sso.setRootUrl(httpUrl());
    d->errorString.clear();
    qCInfo(lcDevServer) << "listening on" << httpUrl().toString();
    return true;
}

void DevServer::stopListening()
{
    abortAllSessions();
    if (!d->tcp)
        return;
    qCInfo(lcDevServer) << "no longer listening on" << httpUrl().toString();
    d->tcp->close();
    // HTTP connections kept alive are dropped too.
    const QList<QTcpSocket *> connections = d->tcp->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : connections)
        socket->abort();
    d->tcp = nullptr; // `http` owns it and deletes it with the server
}

QTcpServer *DevServer::Private::makeTcpServer()
{
    if (!tls.isValid())
        return new AcceptingTcpServer([this](QTcpSocket *socket) { onAccepted(socket); }, q);
    // QHttpServer takes an upgrade to a WebSocket over TLS as it takes one without: the
    // QSslSocket, already encrypted, goes to its WebSocket server.
    auto *server = new QSslServer(q);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.certificate());
    configuration.setPrivateKey(tls.privateKey());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    server->setSslConfiguration(configuration);
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, q,
                     [this](QSslSocket *socket) { onAccepted(socket); });
    QObject::connect(server, &QSslServer::errorOccurred, q,
                     [](QSslSocket *, QAbstractSocket::SocketError error) {
                         qCInfo(lcDevServer) << "TLS connection failed:" << error;
                     });
    return server;
}

void DevServer::Private::onAccepted(QTcpSocket *socket)
{
    // Off with Nagle's algorithm, as Node.js's HTTP server (Rocket.Chat's) does by default since
    // Node 18: with it, a frame written while the one before is unacknowledged (a login result
    // right after a delayed `connected`) waits for the client's delayed ACK, some 40 ms a real
    // server does not add, which showed as 1.18 round trips for a resume against --delay.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Before Qt 6.8 a route answers later only through its QHttpServerResponder, which holds a
    // bare pointer to the socket (and QHttpServer's own future responses crash when the client
    // has gone before they are ready). To know whether the client is still there when a delayed
    // answer is due, this server remembers which socket each request came in on: the readyRead
    // slot connected here runs before QHttpServer's, which is connected later, and QHttpServer
    // handles a request right there.
    currentSocket = socket;
    QObject::connect(socket, &QTcpSocket::readyRead, q, [this, socket] { currentSocket = socket; });
#endif
}

void DevServer::setTls(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    d->tls = ServerCertificate::fromPair(certificate, privateKey);
}

bool DevServer::setGeneratedTls()
{
    const ServerCertificate generated = ServerCertificate::generate();
    if (!generated.isValid()) {
        d->errorString = generated.errorString();
        return false;
    }
    d->tls = generated;
    return true;
}

bool DevServer::isTls() const
{
    return d->tls.isValid();
}

QSslCertificate DevServer::certificate() const
{
    return d->tls.certificate();
}

QString DevServer::certificateFingerprint() const
{
    return Fingerprint::format(Fingerprint::of(certificate()));
}

QString DevServer::errorString() const
{
    return d->errorString;
}

quint16 DevServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl DevServer::httpUrl() const
{
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl DevServer::webSocketUrl() const
{
    QUrl url = httpUrl();
    url.setScheme(isTls() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/websocket"));
    return url;
}

DevServerOptions &DevServer::options()
{
    return d->options;
}

UserDirectory &DevServer::users()
{
    return d->users;
}

LoginAttemptLog &DevServer::loginAttempts()
{
    return d->attempts;
}

int DevServer::sessionCount() const
{
    return int(d->openSessions().size());
}

QList<DevSession *> DevServer::Private::openSessions() const
{
    QList<DevSession *> out;
    for (const auto &session : sessions) {
        if (session)
            out.append(session);
    }
    return out;
}

void DevServer::abortAllSessions()
{
    for (DevSession *session : d->openSessions())
        session->abort();
}

void DevServer::closeAllSessions()
{
    for (DevSession *session : d->openSessions())
        session->close();
}

void DevServer::sendTextToAll(const QString &frame)
{
    for (DevSession *session : d->openSessions())
        session->sendText(frame);
}

void DevServer::sendBinaryToAll(const QByteArray &frame)
{
    for (DevSession *session : d->openSessions())
        session->sendBinary(frame);
}

void DevServer::Private::setUpRoutes()
{
    // What Rocket.Chat answers without authentication (apps/meteor/app/api/server/v1/misc.ts).
    // Every answer waits frameDelayMs, like the frames, so a round trip costs the same on both.
    routeDelayed(QStringLiteral("/api/info"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &) {
                     return jsonResponse(
                         OrderedJson()
                             .insert(QStringLiteral("version"), options.serverVersion)
                             .insert(QStringLiteral("success"), true));
                 });
    routeDelayed(QStringLiteral("/api/v1/settings.public"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request) { return publicSettings(request); });
    routeDelayed(QStringLiteral("/api/v1/users.2fa.sendEmailCode"),
                 QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return sendEmailCode(request); });
    setUpSsoRoutes();
    // Anything else: QHttpServer's default answer, 404 Not Found.

    // GET /websocket without an upgrade gets sockjs's answer.
    const QByteArray notUpgraded = QByteArrayLiteral("Can \"Upgrade\" only to \"WebSocket\".");
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // From Qt 6.8 on an upgrade is refused unless a verifier accepts it.
    http.addWebSocketUpgradeVerifier(q, [](const QHttpServerRequest &request) {
        return isDdpPath(request.url().path())
            ? QHttpServerWebSocketUpgradeResponse::accept()
            : QHttpServerWebSocketUpgradeResponse::deny(404, QByteArrayLiteral("Not Found"));
    });
    for (const QString &path : { QStringLiteral("/websocket"), QStringLiteral("/websocket/") }) {
        http.route(path, [notUpgraded](const QHttpServerRequest &) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), notUpgraded,
                                       QHttpServerResponse::StatusCode::BadRequest);
        });
    }
#else
    // Before Qt 6.8 an upgrade is taken over only when a route handles its request. These do,
    // writing nothing for an upgrade (the socket then goes to the WebSocket server); other paths
    // have no route, so their upgrades get a 404.
    for (const QString &path : { QStringLiteral("/websocket"), QStringLiteral("/websocket/") }) {
        http.route(
            path,
            [notUpgraded](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                if (request.value(QByteArrayLiteral("upgrade")).toLower() == "websocket")
                    return;
                responder.write(notUpgraded, QByteArrayLiteral("text/plain"),
                                QHttpServerResponder::StatusCode::BadRequest);
            });
    }
#endif
}

void DevServer::Private::noteRequest(const QHttpServerRequest &request)
{
    const QString method = request.method() == QHttpServerRequest::Method::Post
        ? QStringLiteral("POST")
        : QStringLiteral("GET");
    Q_EMIT q->httpRequestReceived(method, request.url().path());
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
template<typename Answer>
void DevServer::Private::routeDelayed(const QString &path, QHttpServerRequest::Methods methods,
                                      Answer answer)
{
    http.route(path, methods, [this, answer](const QHttpServerRequest &request) {
        noteRequest(request);
        return delayed(answer(request));
    });
}

template<typename Answer>
void DevServer::Private::routeDelayed1(const QString &path, QHttpServerRequest::Methods methods,
                                       Answer answer)
{
    http.route(path, methods,
               [this, answer](const QString &arg, const QHttpServerRequest &request) {
                   noteRequest(request);
                   return delayed(answer(arg, request));
               });
}

template<typename Answer>
void DevServer::Private::routeDelayed2(const QString &path, QHttpServerRequest::Methods methods,
                                       Answer answer)
{
    http.route(path, methods,
               [this, answer](const QString &first, const QString &second,
                              const QHttpServerRequest &request) {
                   noteRequest(request);
                   return delayed(answer(first, second, request));
               });
}
#else
template<typename Answer>
void DevServer::Private::routeDelayed(const QString &path, QHttpServerRequest::Methods methods,
                                      Answer answer)
{
    http.route(path, methods,
               [this, answer](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   noteRequest(request);
                   answerLater(answer(request), std::move(responder));
               });
}

template<typename Answer>
void DevServer::Private::routeDelayed1(const QString &path, QHttpServerRequest::Methods methods,
                                       Answer answer)
{
    http.route(path, methods,
               [this, answer](const QString &arg, const QHttpServerRequest &request,
                              QHttpServerResponder &&responder) {
                   noteRequest(request);
                   answerLater(answer(arg, request), std::move(responder));
               });
}

template<typename Answer>
void DevServer::Private::routeDelayed2(const QString &path, QHttpServerRequest::Methods methods,
                                       Answer answer)
{
    http.route(path, methods,
               [this, answer](const QString &first, const QString &second,
                              const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   noteRequest(request);
                   answerLater(answer(first, second, request), std::move(responder));
               });
}
#endif

void DevServer::Private::setUpSsoRoutes()
{
    // Path segments are read from the request's own path, not from the placeholders: those are
    // only there so that QHttpServer matches the route.
    using Method = QHttpServerRequest::Method;
    const QHttpServerRequest::Methods getOrPost = Method::Get | Method::Post;
    auto segment = [](const QHttpServerRequest &request, int index) {
        return request.url().path(QUrl::FullyDecoded).split(u'/').value(index);
    };
    routeDelayed(QStringLiteral("/idp/authorize"), getOrPost,
                 [this](const QHttpServerRequest &request) {
                     return ssoRoutes.identityProviderAuthorize(request);
                 });
    routeDelayed(QStringLiteral("/idp/cas/login"), getOrPost,
                 [this](const QHttpServerRequest &request) { return ssoRoutes.casLogin(request); });
    routeDelayed1(QStringLiteral("/_oauth/<arg>"), getOrPost,
                  [this, segment](const QString &, const QHttpServerRequest &request) {
                      return ssoRoutes.oauthEnd(segment(request, 2), request);
                  });
    routeDelayed2(
        QStringLiteral("/_saml/authorize/<arg>/<arg>"), Method::Get,
        [this, segment](const QString &, const QString &, const QHttpServerRequest &request) {
            return ssoRoutes.samlAuthorize(segment(request, 3), segment(request, 4), request);
        });
    routeDelayed1(QStringLiteral("/_cas/<arg>"), Method::Get,
                  [this, segment](const QString &, const QHttpServerRequest &request) {
                      return ssoRoutes.casValidate(segment(request, 2), request);
                  });
    routeDelayed1(QStringLiteral("/oauth/<arg>"), Method::Get,
                  [this, segment](const QString &, const QHttpServerRequest &request) {
                      return ssoRoutes.modernStart(segment(request, 2), request);
                  });
    routeDelayed1(QStringLiteral("/oauth/<arg>/callback"), getOrPost,
                  [this, segment](const QString &, const QHttpServerRequest &request) {
                      return ssoRoutes.modernCallback(segment(request, 2), request);
                  });
    routeDelayed(QStringLiteral("/home"), Method::Get,
                 [this](const QHttpServerRequest &request) { return ssoRoutes.home(request); });
    routeDelayed(QStringLiteral("/api/v1/settings.oauth"), Method::Get,
                 [this](const QHttpServerRequest &) { return ssoRoutes.settingsOAuth(); });
    for (const QString &name : { QStringLiteral("end_of_redirect_response.js"),
                                 QStringLiteral("end_of_popup_response.js") }) {
        routeDelayed(QStringLiteral("/packages/oauth/") + name, Method::Get,
                     [name](const QHttpServerRequest &) { return SsoRoutes::script(name); });
    }
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
QFuture<QHttpServerResponse> DevServer::Private::delayed(QHttpServerResponse &&response)
{
    // QHttpServer sends a future's response once it is ready, unless the client has gone.
    auto promise = std::make_shared<QPromise<QHttpServerResponse>>();
    promise->start();
    QFuture<QHttpServerResponse> future = promise->future();
    auto ready = std::make_shared<QHttpServerResponse>(std::move(response));
    auto deliver = [promise, ready] {
        promise->addResult(std::move(*ready));
        promise->finish();
    };
    if (options.frameDelayMs > 0)
        QTimer::singleShot(options.frameDelayMs, q, deliver);
    else
        deliver();
    return future;
}
#else
void DevServer::Private::answerLater(QHttpServerResponse &&response,
                                     QHttpServerResponder &&responder)
{
    if (options.frameDelayMs <= 0) {
        response.write(std::move(responder));
        return;
    }
    const QPointer<QTcpSocket> socket = tcp ? currentSocket : nullptr;
    auto pending = std::make_shared<std::pair<QHttpServerResponse, QHttpServerResponder>>(
        std::move(response), std::move(responder));
    QTimer::singleShot(options.frameDelayMs, q, [pending, socket] {
        // A client that left meanwhile gets nothing (its socket may be gone already).
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(lcDevServer) << "HTTP client left before its delayed answer";
            return;
        }
        pending->first.write(std::move(pending->second));
    });
}
#endif

QHttpServerResponse DevServer::Private::publicSettings(const QHttpServerRequest &request) const
{
    // A few of Rocket.Chat's public settings, those a sign-in screen looks at, in the shape of
    // GET /api/v1/settings.public (apps/meteor/app/api/server/v1/settings.ts): `_id` picks
    // settings by name (comma-separated), `offset`/`count` page the list (default 50).
    const qint64 days = qMax<qint64>(1, options.tokenLifetimeMs / (24 * 60 * 60 * 1000));
    const QList<QPair<QString, QJsonValue>> values = {
        { QStringLiteral("Site_Name"), QStringLiteral("Liftoff dev server") },
        { QStringLiteral("Accounts_ShowFormLogin"), true },
        { QStringLiteral("Accounts_EmailVerification"), options.requireVerifiedEmail },
        { QStringLiteral("Accounts_LoginExpiration"), QJsonValue(days) },
        { QStringLiteral("Accounts_TwoFactorAuthentication_Enabled"), options.twoFactorEnabled },
        { QStringLiteral("Accounts_TwoFactorAuthentication_By_TOTP_Enabled"), true },
        { QStringLiteral("Accounts_TwoFactorAuthentication_By_Email_Enabled"), true },
        { QStringLiteral("LDAP_Enable"), options.ldapEnabled },
    };
    const QUrlQuery query(request.url());
    QStringList wanted;
    for (const QString &name : query.queryItemValue(QStringLiteral("_id"), QUrl::FullyDecoded)
                                   .split(u',', Qt::SkipEmptyParts))
        wanted.append(name.trimmed());
    bool ok = false;
    qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        offset = 0;
    qint64 count = query.queryItemValue(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || count < 0)
        count = 50;

    QList<OrderedJson> matching;
    for (const auto &value : values) {
        if (!wanted.isEmpty() && !wanted.contains(value.first))
            continue;
        matching.append(OrderedJson()
                            .insert(QStringLiteral("_id"), value.first)
                            .insert(QStringLiteral("value"), value.second));
    }
    const qint64 total = matching.size();
    // count=0 means "all" (within API_Upper_Count_Limit).
    const QList<OrderedJson> page = matching.mid(offset, count == 0 ? -1 : count);
    return jsonResponse(OrderedJson()
                            .insert(QStringLiteral("settings"), page)
                            .insert(QStringLiteral("count"), QJsonValue(qint64(page.size())))
                            .insert(QStringLiteral("offset"), QJsonValue(offset))
                            .insert(QStringLiteral("total"), QJsonValue(total))
                            .insert(QStringLiteral("success"), true));
}

QHttpServerResponse DevServer::Private::sendEmailCode(const QHttpServerRequest &request)
{
    // apps/meteor/app/api/server/v1/users.ts `users.2fa.sendEmailCode`: always a fresh code, and
    // success even for an unknown user (so it cannot be used to probe for accounts).
    const QString emailOrUsername
        = QJsonDocument::fromJson(request.body()).object().value(u"emailOrUsername").toString();
    if (emailOrUsername.isEmpty()) {
        const QString error = QStringLiteral("error-parameter-required");
        return jsonResponse(
            OrderedJson()
                .insert(QStringLiteral("success"), false)
                .insert(QStringLiteral("error"),
                        QStringLiteral("emailOrUsername is required [%1]").arg(error))
                .insert(QStringLiteral("errorType"), error),
            QHttpServerResponse::StatusCode::BadRequest);
    }
    const auto user = emailOrUsername.contains(u'@') ? users.findByEmail(emailOrUsername)
                                                     : users.findByUsername(emailOrUsername);
    if (user)
        users.issueEmailCode(user->id, options.emailCodeLifetimeMs);
    else
        qCInfo(lcDevServer) << "sendEmailCode: no such user";
    return jsonResponse(OrderedJson().insert(QStringLiteral("success"), true));
}

void DevServer::Private::acceptWebSockets()
{
    while (http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = http.nextPendingWebSocketConnection();
        if (!socket)
            break;
        if (!isDdpPath(socket->requestUrl().path())) {
            // Qt before 6.8 upgrades every path; only /websocket speaks DDP.
            qCInfo(lcDevServer) << "closing a WebSocket on" << socket->requestUrl().path();
            QWebSocket *stray = socket.release();
            stray->setParent(q);
            QObject::connect(stray, &QWebSocket::disconnected, stray, &QObject::deleteLater);
            stray->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Not Found"));
            continue;
        }
        auto *session
            = new DevSession(std::move(socket), ++sessionNumber, options, users, attempts, sso, q);
        sessions.append(session);
        QObject::connect(session, &DevSession::frameReceived, q, &DevServer::frameReceived);
        QObject::connect(session, &DevSession::closed, q, [this, session] {
            sessions.removeAll(session);
            session->deleteLater();
            Q_EMIT q->sessionClosed();
        });
        Q_EMIT q->sessionOpened();
        session->start();
    }
}

void DevServer::Private::onTokenRevoked(const QByteArray &hashedToken)
{
    // Meteor observes each connection's token and closes the connection when it goes
    // (app/rocketchat/README.md §4).
    for (DevSession *session : openSessions()) {
        if (session->hashedToken() == hashedToken) {
            qCInfo(lcDevServer) << "session" << session->number() << "token revoked, closing";
            session->closeAfterQueuedFrames();
        }
    }
}
