#include "devserver.h"

#include "devserverlog.h"
#include "devsession.h"
#include "orderedjson.h"
#include "userdirectory.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace {

// Meteor redirects exactly these paths to sockjs's raw WebSocket endpoint (§1.1).
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

} // namespace

class DevServer::Private
{
public:
    explicit Private(DevServer *q, const DevServerOptions &options) : q(q), options(options) { }

    void setUpRoutes();
    void acceptWebSockets();
    void onTokenRevoked(const QByteArray &hashedToken);
    QHttpServerResponse sendEmailCode(const QHttpServerRequest &request);
    QHttpServerResponse publicSettings() const;
    QList<DevSession *> openSessions() const;

    DevServer *q;
    DevServerOptions options;
    UserDirectory users;
    QHttpServer http;
    QPointer<QTcpServer> tcp; // owned by `http` once bound
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
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        d->errorString
            = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    // bind() (not the deprecated listen()) exists from Qt 6.4 on; it takes ownership.
    d->http.bind(tcp);
    d->tcp = tcp;
    d->errorString.clear();
    qCInfo(lcDevServer) << "listening on" << httpUrl().toString();
    return true;
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
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl DevServer::webSocketUrl() const
{
    QUrl url = httpUrl();
    url.setScheme(QStringLiteral("ws"));
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
    http.route(QStringLiteral("/api/info"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &) {
                   return jsonResponse(OrderedJson()
                                           .insert(QStringLiteral("version"), options.serverVersion)
                                           .insert(QStringLiteral("success"), true));
               });
    http.route(QStringLiteral("/api/v1/settings.public"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &) { return publicSettings(); });
    http.route(QStringLiteral("/api/v1/users.2fa.sendEmailCode"), QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return sendEmailCode(request); });
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

QHttpServerResponse DevServer::Private::publicSettings() const
{
    // A few of Rocket.Chat's public settings, those a sign-in screen looks at; shape of
    // GET /api/v1/settings.public.
    bool anyLdap = false;
    for (const auto &user : users.users())
        anyLdap = anyLdap || user.ldap;
    const qint64 days = qMax<qint64>(1, options.tokenLifetimeMs / (24 * 60 * 60 * 1000));
    const QList<QPair<QString, QJsonValue>> values = {
        { QStringLiteral("Site_Name"), QStringLiteral("Liftoff dev server") },
        { QStringLiteral("Accounts_ShowFormLogin"), true },
        { QStringLiteral("Accounts_EmailVerification"), options.requireVerifiedEmail },
        { QStringLiteral("Accounts_LoginExpiration"), QJsonValue(days) },
        { QStringLiteral("Accounts_TwoFactorAuthentication_Enabled"), options.twoFactorEnabled },
        { QStringLiteral("Accounts_TwoFactorAuthentication_By_TOTP_Enabled"), true },
        { QStringLiteral("Accounts_TwoFactorAuthentication_By_Email_Enabled"), true },
        { QStringLiteral("LDAP_Enable"), anyLdap },
    };
    QList<OrderedJson> settings;
    for (const auto &value : values) {
        settings.append(OrderedJson()
                            .insert(QStringLiteral("_id"), value.first)
                            .insert(QStringLiteral("value"), value.second));
    }
    const qint64 count = settings.size();
    return jsonResponse(OrderedJson()
                            .insert(QStringLiteral("settings"), settings)
                            .insert(QStringLiteral("count"), QJsonValue(count))
                            .insert(QStringLiteral("offset"), QJsonValue(qint64(0)))
                            .insert(QStringLiteral("total"), QJsonValue(count))
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
        auto *session = new DevSession(std::move(socket), ++sessionNumber, options, users, q);
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
    // Meteor observes each connection's token and closes the connection when it goes (§2.2).
    for (DevSession *session : openSessions()) {
        if (session->hashedToken() == hashedToken) {
            qCInfo(lcDevServer) << "session" << session->number() << "token revoked, closing";
            session->closeAfterQueuedFrames();
        }
    }
}
