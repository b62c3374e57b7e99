#include "../shared/logcapture.h"
#include "devserver.h"
#include "singlesignon.h"
#include "totp.h"
#include "userdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <functional>
#include <memory>

// Single sign-on on the dev server, from the wire: its identity provider, Meteor's /_oauth/
// handler with Rocket.Chat's rocketchat://auth override, SAML, CAS, the modern OAuth flow,
// settings.oauth and the login handlers, over real HTTP and a real DDP WebSocket; and the test
// browser (liftoff-testbrowser, run as a process) walking provider → dev server → app link.

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One HTTP answer, redirects not followed.
struct Answer
{
    int status = 0;
    QString location;
    QString contentType;
    QByteArray body;
};

Answer fetch(const QUrl &url, const QByteArray &postBody = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply;
    if (postBody.isNull()) {
        reply.reset(network.get(request));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply.reset(network.post(request, postBody));
    }
    Answer answer;
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location")));
    answer.contentType = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Content-Type")));
    answer.body = reply->readAll();
    return answer;
}

// The JSON of an end page's <div id="config">, as the page has it (values HTML-escaped).
QJsonObject pageConfig(const QByteArray &page)
{
    static const QRegularExpression config(
        QStringLiteral("<div id=\"config\" style=\"display:none;\">(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    return parse(config.match(QString::fromUtf8(page)).captured(1));
}

// Meteor's state parameter: base64 of JSON.
QString stateFor(const QString &credentialToken,
                 const QString &loginStyle = QStringLiteral("redirect"),
                 const QString &redirectUrl = QStringLiteral("rocketchat://auth"))
{
    QJsonObject state { { QStringLiteral("loginStyle"), loginStyle },
                        { QStringLiteral("credentialToken"), credentialToken },
                        { QStringLiteral("isCordova"), false } };
    if (!redirectUrl.isEmpty())
        state.insert(QStringLiteral("redirectUrl"), redirectUrl);
    return QString::fromLatin1(QJsonDocument(state).toJson(QJsonDocument::Compact).toBase64());
}

// The query of a link such as rocketchat://auth?host=…&type=oauth&…, values decoded.
QUrlQuery linkQuery(const QString &link)
{
    const qsizetype question = link.indexOf(u'?');
    QString query = link.mid(question + 1);
    query.replace(u'+', QLatin1String("%20"));
    return QUrlQuery(query);
}

QString decoded(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// A DDP client on a raw QWebSocket.
class Client
{
public:
    explicit Client(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { frames.append(parse(text)); });
        m_socket.open(url);
    }
    bool connect()
    {
        if (!QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        m_socket.sendTextMessage(
            QStringLiteral("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\"]}"));
        const QJsonObject connected
            = next([](const QJsonObject &f) { return f.value(u"msg").toString() == u"connected"; });
        return connected.value(u"msg").toString() == u"connected";
    }
    QJsonObject next(const std::function<bool(const QJsonObject &)> &matches)
    {
        QJsonObject found; // stays empty when nothing matches in time
        (void)QTest::qWaitFor(
            [&] {
                while (m_read < frames.size()) {
                    const QJsonObject frame = frames.at(m_read++);
                    if (matches(frame)) {
                        found = frame;
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }
    void send(const QJsonObject &frame)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    // The `result` frame of a login with these options.
    QJsonObject login(const QJsonObject &options)
    {
        const QString id = QString::number(++m_lastId);
        send({ { QStringLiteral("msg"), QStringLiteral("method") },
               { QStringLiteral("id"), id },
               { QStringLiteral("method"), QStringLiteral("login") },
               { QStringLiteral("params"), QJsonArray { options } } });
        return next([&id](const QJsonObject &f) {
            return f.value(u"msg").toString() == u"result" && f.value(u"id") == id;
        });
    }

    QList<QJsonObject> frames;

private:
    QWebSocket m_socket;
    qsizetype m_read = 0;
    int m_lastId = 0;
};

QJsonObject oauthLogin(const QString &token, const QJsonValue &secret)
{
    return { { QStringLiteral("oauth"),
               QJsonObject { { QStringLiteral("credentialToken"), token },
                             { QStringLiteral("credentialSecret"), secret } } } };
}

QJsonObject samlLogin(const QString &token)
{
    return { { QStringLiteral("saml"), true }, { QStringLiteral("credentialToken"), token } };
}

QJsonObject casLogin(const QString &token)
{
    return { { QStringLiteral("cas"),
               QJsonObject { { QStringLiteral("credentialToken"), token } } } };
}

QJsonObject errorOf(const QJsonObject &result)
{
    return result.value(u"error").toObject();
}

// What liftoff-testbrowser did.
struct Walk
{
    int exitCode = -1;
    QString link; // stdout, trimmed
    QString log; // stderr
};

} // namespace

class TestDevServerSso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void publishedServices();
    void settingsOAuth();
    void identityProviderAuthorize();
    void identityProviderRefuses_data();
    void identityProviderRefuses();
    void oauthEndPageAndLogin();
    void oauthCredentialReplayAndExpiry();
    void oauthLoginShapes();
    void oauthDenied();
    void oauthBadCode();
    void oauthOtherStyles();
    void oauthTwoFactor();
    void samlAuthorize();
    void samlLogin();
    void casFlow();
    void modernFlow();

    void browserWalks_data();
    void browserWalks();
    void browserWithoutHandOff();
    void browserDelivers();
    void logsKeepSecrets();

private:
    bool start(const DevServerOptions &options = demoOptions());
    static DevServerOptions demoOptions();
    QUrl url(const QString &pathAndQuery) const;
    QString root() const { return m_server->httpUrl().toString(); }
    // The identity provider's authorize URL as a client builds it for a service.
    QString authorizeUrl(const QString &clientId, const QString &redirectPath,
                         const QString &state) const;
    // Authorize, then the provider's redirect to /_oauth/keycloak: the end page's answer.
    Answer oauthRoundTrip(const QString &state, const QString &service = QStringLiteral("keycloak"),
                          const QString &clientId = QStringLiteral("liftoff-demo"));
    std::unique_ptr<Client> client();
    Walk walk(const QString &startUrl, const QStringList &extraArguments = {});

    std::unique_ptr<DevServer> m_server;
    QString m_browser;
};

void TestDevServerSso::initTestCase()
{
    m_browser = qEnvironmentVariable("LIFTOFF_TESTBROWSER");
    QVERIFY2(!m_browser.isEmpty(), "LIFTOFF_TESTBROWSER is not set (run through CTest)");
}

void TestDevServerSso::cleanup()
{
    m_server.reset();
}

DevServerOptions TestDevServerSso::demoOptions()
{
    DevServerOptions options;
    options.ssoDemoServices = true;
    // These tests log in more often than Meteor's 5 per 10 s allow on one connection.
    options.loginRateLimitCalls = 0;
    return options;
}

bool TestDevServerSso::start(const DevServerOptions &options)
{
    m_server = std::make_unique<DevServer>(options);
    return m_server->listen(0);
}

QUrl TestDevServerSso::url(const QString &pathAndQuery) const
{
    return QUrl(root() + pathAndQuery);
}

QString TestDevServerSso::authorizeUrl(const QString &clientId, const QString &redirectPath,
                                       const QString &state) const
{
    return root()
        + QStringLiteral("/idp/authorize?client_id=%1&redirect_uri=%2&response_type=code"
                         "&state=%3&scope=openid")
              .arg(clientId, QString::fromLatin1(QUrl::toPercentEncoding(root() + redirectPath)),
                   QString::fromLatin1(QUrl::toPercentEncoding(state)));
}

Answer TestDevServerSso::oauthRoundTrip(const QString &state, const QString &service,
                                        const QString &clientId)
{
    const Answer authorized
        = fetch(QUrl(authorizeUrl(clientId, QStringLiteral("/_oauth/") + service, state)));
    if (authorized.status != 302)
        return authorized;
    return fetch(QUrl(authorized.location));
}

std::unique_ptr<Client> TestDevServerSso::client()
{
    auto client = std::make_unique<Client>(m_server->webSocketUrl());
    if (!client->connect())
        return nullptr;
    return client;
}

Walk TestDevServerSso::walk(const QString &startUrl, const QStringList &extraArguments)
{
    QProcess process;
    QStringList arguments = extraArguments;
    if (!arguments.contains(QStringLiteral("--deliver-with")))
        arguments.prepend(QStringLiteral("--no-deliver"));
    arguments.append(startUrl);
    process.start(m_browser, arguments);
    Walk walk;
    // The dev server runs in this process: keep the event loop turning while the browser works.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        return walk;
    }
    walk.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    walk.link = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    walk.log = QString::fromUtf8(process.readAllStandardError());
    return walk;
}

// ---- Service documents ------------------------------------------------------------------------

void TestDevServerSso::publishedServices()
{
    QVERIFY(start());
    auto ddp = client();
    QVERIFY(ddp);
    ddp->send(parse(QStringLiteral(
        "{\"msg\":\"sub\",\"id\":\"s\",\"name\":\"meteor.loginServiceConfiguration\"}")));
    QHash<QString, QJsonObject> byService;
    for (;;) {
        const QJsonObject frame = ddp->next([](const QJsonObject &f) {
            return f.value(u"msg").toString() == u"added" || f.value(u"msg").toString() == u"ready";
        });
        QVERIFY(!frame.isEmpty());
        if (frame.value(u"msg").toString() == u"ready")
            break;
        QCOMPARE(frame.value(u"collection").toString(),
                 QStringLiteral("meteor_accounts_loginServiceConfiguration"));
        QVERIFY(!frame.value(u"id").toString().isEmpty());
        const QJsonObject fields = frame.value(u"fields").toObject();
        QVERIFY2(!fields.contains(u"secret"), "a secret was published");
        byService.insert(fields.value(u"service").toString(), fields);
    }
    QCOMPARE(byService.size(), 4);
    const QJsonObject keycloak = byService.value(QStringLiteral("keycloak"));
    QCOMPARE(keycloak.value(u"custom"), QJsonValue(true));
    QCOMPARE(keycloak.value(u"serverURL").toString(), root());
    QCOMPARE(keycloak.value(u"authorizePath").toString(), QStringLiteral("/idp/authorize"));
    QCOMPARE(keycloak.value(u"clientId").toString(), QStringLiteral("liftoff-demo"));
    QCOMPARE(keycloak.value(u"scope").toString(), QStringLiteral("openid"));
    QCOMPARE(keycloak.value(u"loginStyle").toString(), QStringLiteral("popup"));
    QCOMPARE(keycloak.value(u"buttonLabelText").toString(), QStringLiteral("Company account"));
    QVERIFY(keycloak.value(u"buttonColor").toString().startsWith(u'#'));
    QVERIFY(keycloak.value(u"buttonLabelColor").toString().startsWith(u'#'));
    const QJsonObject gitlab = byService.value(QStringLiteral("gitlab"));
    QCOMPARE(gitlab.value(u"custom"), QJsonValue(true));
    QCOMPARE(gitlab.value(u"serverURL").toString(), root());
    QVERIFY(gitlab.value(u"authorizePath").toString().startsWith(u"/idp/authorize?"));
    const QJsonObject saml = byService.value(QStringLiteral("saml"));
    QCOMPARE(saml.value(u"clientConfig").toObject().value(u"provider").toString(),
             QStringLiteral("demo-idp"));
    QVERIFY(!saml.value(u"buttonLabelText").toString().isEmpty());
    QVERIFY(saml.contains(u"entryPoint"));
    QVERIFY(saml.contains(u"issuer"));
    const QJsonObject cas = byService.value(QStringLiteral("cas"));
    QCOMPARE(cas.value(u"login_url").toString(), root() + QStringLiteral("/idp/cas/login"));
    QCOMPARE(cas.value(u"enabled"), QJsonValue(true));
    QVERIFY(cas.contains(u"width") && cas.contains(u"height") && cas.contains(u"autoclose"));

    // Without the demo, nothing (as before).
    m_server.reset();
    QVERIFY(start(DevServerOptions()));
    ddp = client();
    QVERIFY(ddp);
    ddp->send(parse(QStringLiteral(
        "{\"msg\":\"sub\",\"id\":\"s\",\"name\":\"meteor.loginServiceConfiguration\"}")));
    const QJsonObject first = ddp->next([](const QJsonObject &f) { return f.contains(u"msg"); });
    QCOMPARE(first.value(u"msg").toString(), QStringLiteral("ready"));
}

void TestDevServerSso::settingsOAuth()
{
    DevServerOptions options = demoOptions();
    options.loginServiceConfigurations
        = { QJsonObject { { QStringLiteral("_id"), QStringLiteral("g1") },
                          { QStringLiteral("service"), QStringLiteral("google") },
                          { QStringLiteral("clientId"), QStringLiteral("google-client") },
                          { QStringLiteral("secret"), QStringLiteral("never shown") } } };
    QVERIFY(start(options));
    const Answer answer = fetch(url(QStringLiteral("/api/v1/settings.oauth")));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith(u"application/json"));
    QVERIFY(!answer.body.contains("never shown"));
    QVERIFY(!answer.body.contains("demo-client-secret"));
    QVERIFY(!answer.body.contains("\"secret\""));
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.value(u"success"), QJsonValue(true));
    const QJsonArray services = body.value(u"services").toArray();
    QCOMPARE(services.size(), 5);
    // A built-in service is reduced to its button (Rocket.Chat's settings.ts).
    const QJsonObject google = services.at(0).toObject();
    QCOMPARE(google,
             parse(QStringLiteral("{\"_id\":\"g1\",\"name\":\"google\",\"clientId\":"
                                  "\"google-client\",\"buttonLabelText\":\"\",\"buttonColor\":"
                                  "\"\",\"buttonLabelColor\":\"\",\"custom\":false}")));
    QVERIFY(answer.body.startsWith("{\"services\":[{\"_id\":\"g1\",\"name\":\"google\""));
    // Custom OAuth, SAML and CAS come whole, with their _id.
    const QJsonObject keycloak = services.at(1).toObject();
    QCOMPARE(keycloak.value(u"service").toString(), QStringLiteral("keycloak"));
    QVERIFY(!keycloak.value(u"_id").toString().isEmpty());
    QCOMPARE(keycloak.value(u"serverURL").toString(), root());
    QCOMPARE(services.at(3).toObject().value(u"service").toString(), QStringLiteral("saml"));
    QCOMPARE(services.at(3).toObject().value(u"clientConfig").toObject().value(u"provider"),
             QJsonValue(QStringLiteral("demo-idp")));
    QCOMPARE(services.at(4).toObject().value(u"login_url").toString(),
             root() + QStringLiteral("/idp/cas/login"));
}

// ---- Identity provider ------------------------------------------------------------------------

void TestDevServerSso::identityProviderAuthorize()
{
    QVERIFY(start());
    // A state with characters that must survive the round trip (+, /, =).
    const QString state = QStringLiteral("a+b/c==");
    const Answer answer = fetch(QUrl(
        authorizeUrl(QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"), state)));
    QCOMPARE(answer.status, 302);
    const QString expectedPrefix = root() + QStringLiteral("/_oauth/keycloak?code=");
    QVERIFY2(answer.location.startsWith(expectedPrefix), qPrintable(answer.location));
    const QUrlQuery query(QUrl(answer.location).query());
    QCOMPARE(decoded(query, QStringLiteral("state")), state);
    const QString code = decoded(query, QStringLiteral("code"));
    QCOMPARE(code.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(code).hasMatch());

    // The modern flow's callback is a registered redirect URI too; so is gitlab's, whose
    // authorize path carries a query of its own.
    const Answer callback = fetch(QUrl(authorizeUrl(
        QStringLiteral("liftoff-demo"), QStringLiteral("/oauth/keycloak/callback"), state)));
    QCOMPARE(callback.status, 302);
    QVERIFY(
        callback.location.startsWith(root() + QStringLiteral("/oauth/keycloak/callback?code=")));
    const Answer gitlab = fetch(QUrl(
        root()
        + QStringLiteral("/idp/authorize?prompt=consent&client_id="
                         "liftoff-gitlab&redirect_uri=")
        + QString::fromLatin1(QUrl::toPercentEncoding(root() + QStringLiteral("/_oauth/gitlab")))
        + QStringLiteral("&response_type=code&scope=read_user")));
    QCOMPARE(gitlab.status, 302);
    QVERIFY(gitlab.location.startsWith(root() + QStringLiteral("/_oauth/gitlab?code=")));
    QVERIFY(!gitlab.location.contains(u"state="));
}

void TestDevServerSso::identityProviderRefuses_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectPath");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<bool>("deny");
    QTest::addColumn<QString>("idpUser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // in the redirect, when 302

    const QString demo = QStringLiteral("liftoff-demo");
    const QString keycloak = QStringLiteral("/_oauth/keycloak");
    const QString code = QStringLiteral("code");
    const QString alice = QStringLiteral("alice");
    QTest::newRow("unknown client")
        << QStringLiteral("nobody") << keycloak << code << false << alice << 400 << QString();
    QTest::newRow("other service's redirect")
        << demo << QStringLiteral("/_oauth/gitlab") << code << false << alice << 400 << QString();
    QTest::newRow("foreign redirect")
        << demo << QStringLiteral("/../evil") << code << false << alice << 400 << QString();
    QTest::newRow("implicit flow") << demo << keycloak << QStringLiteral("token") << false << alice
                                   << 302 << QStringLiteral("unsupported_response_type");
    QTest::newRow("denied") << demo << keycloak << code << true << alice << 302
                            << QStringLiteral("access_denied");
    QTest::newRow("no such user") << demo << keycloak << code << false << QStringLiteral("zed")
                                  << 302 << QStringLiteral("access_denied");
}

void TestDevServerSso::identityProviderRefuses()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectPath);
    QFETCH(QString, responseType);
    QFETCH(bool, deny);
    QFETCH(QString, idpUser);
    QFETCH(int, status);
    QFETCH(QString, error);
    DevServerOptions options = demoOptions();
    options.idpDeny = deny;
    options.idpUser = idpUser;
    QVERIFY(start(options));
    QString address = authorizeUrl(clientId, redirectPath, QStringLiteral("st"));
    address.replace(QLatin1String("response_type=code"),
                    QStringLiteral("response_type=") + responseType);
    const Answer answer = fetch(QUrl(address));
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QVERIFY(answer.contentType.startsWith(u"text/html"));
        QVERIFY(answer.location.isEmpty());
        QVERIFY(!answer.body.isEmpty());
        return;
    }
    QCOMPARE(answer.location,
             root() + redirectPath + QStringLiteral("?error=") + error
                 + QStringLiteral("&state=st"));
}

// ---- Meteor's OAuth -----------------------------------------------------------------------------

void TestDevServerSso::oauthEndPageAndLogin()
{
    QVERIFY(start());
    const QString token = SingleSignOn::randomSecret();
    const Answer end = oauthRoundTrip(stateFor(token));
    QCOMPARE(end.status, 200);
    QVERIFY(end.contentType.startsWith(u"text/html"));
    QVERIFY(end.body.startsWith("<!DOCTYPE html>\n"));
    QVERIFY(end.body.contains("src=\"/packages/oauth/end_of_redirect_response.js\""));
    const QJsonObject config = pageConfig(end.body);
    QCOMPARE(config.value(u"setCredentialToken"), QJsonValue(true));
    QCOMPARE(config.value(u"credentialToken").toString(), token);
    QCOMPARE(config.value(u"isCordova"), QJsonValue(false));
    QCOMPARE(config.value(u"storagePrefix").toString(),
             QStringLiteral("Meteor.oauth.credentialSecret-"));
    const QString secret = config.value(u"credentialSecret").toString();
    QCOMPARE(secret.size(), 43);
    // The value is HTML-escaped: & and / as entities.
    const QString escapedRoot = QString(root()).replace(u'/', QLatin1String("&#x2F;"));
    QCOMPARE(config.value(u"redirectUrl").toString(),
             QStringLiteral("rocketchat:&#x2F;&#x2F;auth?host=%1&#x2F;&amp;type=oauth&amp;"
                            "credentialToken=%2&amp;credentialSecret=%3")
                 .arg(escapedRoot, token, secret));
    // The script the page loads is served.
    const Answer script = fetch(url(QStringLiteral("/packages/oauth/end_of_redirect_response.js")));
    QCOMPARE(script.status, 200);
    QVERIFY(script.body.contains("window.location"));

    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject result = ddp->login(oauthLogin(token, secret)).value(u"result").toObject();
    QCOMPARE(result.value(u"type").toString(), QStringLiteral("keycloak"));
    QCOMPARE(result.value(u"id").toString(),
             m_server->users().findByUsername(QStringLiteral("alice"))->id);
    QCOMPARE(result.value(u"token").toString().size(), 43);
    QVERIFY(result.value(u"tokenExpires").toObject().contains(u"$date"));
    // Signed in like a password login: the users document is published.
    QCOMPARE(ddp->frames.first().value(u"msg").toString(), QStringLiteral("connected"));
    bool published = false;
    for (const QJsonObject &frame : std::as_const(ddp->frames))
        published |= frame.value(u"msg").toString() == u"added"
            && frame.value(u"collection").toString() == u"users";
    QVERIFY(published);

    // POST (response_mode=form_post) works the same.
    const QString postToken = SingleSignOn::randomSecret();
    const Answer authorized = fetch(QUrl(authorizeUrl(
        QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"), stateFor(postToken))));
    const QUrlQuery returned(QUrl(authorized.location).query());
    const Answer posted
        = fetch(url(QStringLiteral("/_oauth/keycloak")),
                QByteArrayLiteral("code=") + decoded(returned, QStringLiteral("code")).toLatin1()
                    + QByteArrayLiteral("&state=")
                    + QUrl::toPercentEncoding(decoded(returned, QStringLiteral("state"))));
    QCOMPARE(posted.status, 200);
    QCOMPARE(pageConfig(posted.body).value(u"credentialToken").toString(), postToken);

    // A state that is not base64 JSON is the credential token itself (popup style then).
    const Answer plain = oauthRoundTrip(QStringLiteral("plainToken_123"));
    const QJsonObject plainConfig = pageConfig(plain.body);
    QCOMPARE(plainConfig.value(u"credentialToken").toString(), QStringLiteral("plainToken_123"));
    QVERIFY(plain.body.contains("Login completed."));
    const QJsonObject plainResult = ddp->login(oauthLogin(
        QStringLiteral("plainToken_123"), plainConfig.value(u"credentialSecret").toString()));
    QCOMPARE(plainResult.value(u"result").toObject().value(u"type").toString(),
             QStringLiteral("keycloak"));
}

void TestDevServerSso::oauthCredentialReplayAndExpiry()
{
    QVERIFY(start());
    const QString token = SingleSignOn::randomSecret();
    const QString secret
        = pageConfig(oauthRoundTrip(stateFor(token)).body).value(u"credentialSecret").toString();
    const QString late = SingleSignOn::randomSecret();
    const QString lateSecret
        = pageConfig(oauthRoundTrip(stateFor(late)).body).value(u"credentialSecret").toString();
    QVERIFY(!lateSecret.isEmpty());
    auto ddp = client();
    QVERIFY(ddp);
    const QString first = ddp->login(oauthLogin(token, secret))
                              .value(u"result")
                              .toObject()
                              .value(u"token")
                              .toString();
    QVERIFY(!first.isEmpty());
    // Rocket.Chat keeps a successful credential (for the 2FA retry): it works again, with a new
    // login token, even past the normal lifetime.
    m_server->options().pendingCredentialLifetimeMs = 1;
    QTest::qWait(20);
    const QString second = ddp->login(oauthLogin(token, secret))
                               .value(u"result")
                               .toObject()
                               .value(u"token")
                               .toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);

    // An unclaimed credential expires after pendingCredentialLifetimeMs.
    const QJsonObject expired = errorOf(ddp->login(oauthLogin(late, lateSecret)));
    QCOMPARE(expired.value(u"error"), QJsonValue(401));
    QCOMPARE(expired.value(u"reason").toString(), QStringLiteral("User not found"));
}

void TestDevServerSso::oauthLoginShapes()
{
    QVERIFY(start());
    const QString token = SingleSignOn::randomSecret();
    const QString secret
        = pageConfig(oauthRoundTrip(stateFor(token)).body).value(u"credentialSecret").toString();
    auto ddp = client();
    QVERIFY(ddp);

    // check(options.oauth, {credentialToken: String, credentialSecret: OneOf(null, String)}).
    QJsonObject extra = oauthLogin(token, secret);
    QJsonObject inner = extra.value(u"oauth").toObject();
    inner.insert(QStringLiteral("service"), QStringLiteral("keycloak"));
    extra.insert(QStringLiteral("oauth"), inner);
    const QJsonObject matchFailed = errorOf(ddp->login(extra));
    QCOMPARE(matchFailed.value(u"error"), QJsonValue(400));
    QCOMPARE(matchFailed.value(u"reason").toString(), QStringLiteral("Match failed"));
    const QJsonObject noSecret
        = errorOf(ddp->login({ { QStringLiteral("oauth"),
                                 QJsonObject { { QStringLiteral("credentialToken"), token } } } }));
    QCOMPARE(noSecret.value(u"error"), QJsonValue(400));
    QCOMPARE(
        errorOf(ddp->login({ { QStringLiteral("oauth"), QStringLiteral("x") } })).value(u"error"),
        QJsonValue(400));

    // Wrong secret, unknown token: Rocket.Chat 7 says 401 "User not found".
    const QJsonObject wrong = errorOf(ddp->login(oauthLogin(token, QStringLiteral("nope"))));
    QCOMPARE(wrong.value(u"error"), QJsonValue(401));
    QCOMPARE(wrong.value(u"reason").toString(), QStringLiteral("User not found"));
    QCOMPARE(errorOf(ddp->login(oauthLogin(QStringLiteral("unknown"), secret))).value(u"error"),
             QJsonValue(401));
    // Rocket.Chat 6 showed Meteor's error.
    m_server->options().rewriteLoginErrors = false;
    const QJsonObject rc6 = errorOf(ddp->login(oauthLogin(QStringLiteral("unknown"), secret)));
    QCOMPARE(rc6.value(u"error"), QJsonValue(145546287));
    QCOMPARE(rc6.value(u"reason").toString(), QStringLiteral("No matching login attempt found"));
    QCOMPARE(rc6.value(u"message").toString(),
             QStringLiteral("No matching login attempt found [145546287]"));
    // A service that has gone since.
    m_server->options().ssoDemoServices = false;
    const QJsonObject gone = errorOf(ddp->login(oauthLogin(token, secret)));
    QCOMPARE(gone.value(u"reason").toString(),
             QStringLiteral("No registered oauth service found for: keycloak"));
}

void TestDevServerSso::oauthDenied()
{
    DevServerOptions options = demoOptions();
    options.idpDeny = true;
    QVERIFY(start(options));
    const QString token = SingleSignOn::randomSecret();
    const Answer end = oauthRoundTrip(stateFor(token));
    QCOMPARE(end.status, 200);
    const QJsonObject config = pageConfig(end.body);
    QCOMPARE(config.value(u"setCredentialToken"), QJsonValue(false));
    QVERIFY(!config.contains(u"credentialSecret"));
    const QString escapedRoot = QString(root()).replace(u'/', QLatin1String("&#x2F;"));
    // Rocket.Chat appends the error only; there are no credentials to add.
    QCOMPARE(config.value(u"redirectUrl").toString(),
             QStringLiteral("rocketchat:&#x2F;&#x2F;auth?host=%1&#x2F;&amp;type=oauth&amp;"
                            "error=access_denied")
                 .arg(escapedRoot));
    // Nothing was stored: a login with the token finds nothing.
    auto ddp = client();
    QVERIFY(ddp);
    QCOMPARE(errorOf(ddp->login(oauthLogin(token, QJsonValue::Null))).value(u"error"),
             QJsonValue(401));
}

void TestDevServerSso::oauthBadCode()
{
    QVERIFY(start());
    const QString token = SingleSignOn::randomSecret();
    // A code the provider never issued (or one used already): the handshake fails.
    const Answer end = fetch(url(QStringLiteral("/_oauth/keycloak?code=bogus&state=")
                                 + QString::fromLatin1(QUrl::toPercentEncoding(stateFor(token)))));
    QCOMPARE(end.status, 200);
    const QJsonObject config = pageConfig(end.body);
    QCOMPARE(config.value(u"setCredentialToken"), QJsonValue(false));
    QVERIFY(config.value(u"redirectUrl")
                .toString()
                .contains(u"&amp;error=Error%3A%20Failed%20to%20complete%20OAuth%20handshake%"
                          u"20with%20keycloak"));
    // The error was stored under the token, without a secret: the login throws it (a plain
    // Error, so a 500), once.
    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject thrown = errorOf(ddp->login(oauthLogin(token, QJsonValue::Null)));
    QCOMPARE(thrown.value(u"error"), QJsonValue(500));
    QCOMPARE(thrown.value(u"reason").toString(), QStringLiteral("Internal server error"));
    QCOMPARE(errorOf(ddp->login(oauthLogin(token, QJsonValue::Null))).value(u"error"),
             QJsonValue(401));

    // A code is good once.
    const QString second = SingleSignOn::randomSecret();
    const Answer authorized = fetch(QUrl(authorizeUrl(
        QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"), stateFor(second))));
    QCOMPARE(fetch(QUrl(authorized.location)).status, 200);
    QCOMPARE(pageConfig(fetch(QUrl(authorized.location)).body).value(u"setCredentialToken"),
             QJsonValue(false));
    // A code issued to one service does not work at another.
    const Answer forGitlab = fetch(
        QUrl(QString(authorized.location)
                 .replace(QLatin1String("/_oauth/keycloak"), QLatin1String("/_oauth/gitlab"))));
    QCOMPARE(pageConfig(forGitlab.body).value(u"setCredentialToken"), QJsonValue(false));
}

void TestDevServerSso::oauthOtherStyles()
{
    QVERIFY(start());
    // Popup style: the "Login completed" page, credentials for the opener, no redirect.
    const QString token = SingleSignOn::randomSecret();
    const Answer popup = oauthRoundTrip(stateFor(token, QStringLiteral("popup"), QString()));
    QVERIFY(popup.body.contains("Login completed."));
    QVERIFY(popup.body.contains("src=\"/packages/oauth/end_of_popup_response.js\""));
    const QJsonObject config = pageConfig(popup.body);
    QCOMPARE(config.value(u"setCredentialToken"), QJsonValue(true));
    QCOMPARE(config.value(u"credentialToken").toString(), token);
    QVERIFY(!config.contains(u"redirectUrl"));
    QCOMPARE(fetch(url(QStringLiteral("/packages/oauth/end_of_popup_response.js"))).status, 200);

    // Redirect style to another origin: refused, back to the app's root.
    const Answer elsewhere
        = oauthRoundTrip(stateFor(SingleSignOn::randomSecret(), QStringLiteral("redirect"),
                                  QStringLiteral("https://evil.example/")));
    const QJsonObject refused = pageConfig(elsewhere.body);
    QCOMPARE(refused.value(u"setCredentialToken"), QJsonValue(false));
    QCOMPARE(refused.value(u"redirectUrl").toString(),
             QString(root() + u'/').replace(u'/', QLatin1String("&#x2F;")));

    // An unknown service: Meteor throws before reading the request; a popup page.
    const Answer unknown
        = fetch(url(QStringLiteral("/_oauth/nope?code=x&state=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(stateFor(token)))));
    QCOMPARE(unknown.status, 200);
    QCOMPARE(pageConfig(unknown.body).value(u"setCredentialToken"), QJsonValue(false));
    QVERIFY(unknown.body.contains("Login completed."));

    // With ssoPlainRedirect the redirect page is a 302 to its target.
    m_server->options().ssoPlainRedirect = true;
    const QString plainToken = SingleSignOn::randomSecret();
    const Answer plain = oauthRoundTrip(stateFor(plainToken));
    QCOMPARE(plain.status, 302);
    QVERIFY(plain.location.startsWith(
        QStringLiteral("rocketchat://auth?host=%1/&type=oauth&credentialToken=%2&credentialSecret=")
            .arg(root(), plainToken)));
}

void TestDevServerSso::oauthTwoFactor()
{
    DevServerOptions options = demoOptions();
    options.idpUser = QStringLiteral("bob"); // TOTP
    QVERIFY(start(options));
    const QString token = SingleSignOn::randomSecret();
    const QString secret
        = pageConfig(oauthRoundTrip(stateFor(token)).body).value(u"credentialSecret").toString();
    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject required = errorOf(ddp->login(oauthLogin(token, secret)));
    QCOMPARE(required.value(u"error").toString(), QStringLiteral("totp-required"));
    QCOMPARE(required.value(u"details").toObject().value(u"method").toString(),
             QStringLiteral("totp"));
    // Rocket.Chat's web client puts totp next to oauth; the same credential works again.
    QJsonObject retry = oauthLogin(token, secret);
    retry.insert(QStringLiteral("totp"),
                 QJsonObject { { QStringLiteral("code"), QStringLiteral("000000") } });
    if (Totp::verify(UserDirectory::demoTotpSecret(), QStringLiteral("000000")))
        QSKIP("000000 happens to be valid right now");
    QCOMPARE(errorOf(ddp->login(retry)).value(u"error").toString(), QStringLiteral("totp-invalid"));
    retry.insert(QStringLiteral("totp"),
                 QJsonObject { { QStringLiteral("code"),
                                 Totp::codeForSecret(UserDirectory::demoTotpSecret()) } });
    const QJsonObject result = ddp->login(retry).value(u"result").toObject();
    QCOMPARE(result.value(u"type").toString(), QStringLiteral("keycloak"));
    QCOMPARE(result.value(u"id").toString(),
             m_server->users().findByUsername(QStringLiteral("bob"))->id);

    // dave is deactivated: the identity provider signs him in, Rocket.Chat does not.
    m_server->options().idpUser = QStringLiteral("dave");
    const QString daveToken = SingleSignOn::randomSecret();
    const QString daveSecret = pageConfig(oauthRoundTrip(stateFor(daveToken)).body)
                                   .value(u"credentialSecret")
                                   .toString();
    QCOMPARE(errorOf(ddp->login(oauthLogin(daveToken, daveSecret))).value(u"error").toString(),
             QStringLiteral("error-user-is-not-activated"));
}

// ---- SAML, CAS, the modern flow -----------------------------------------------------------------

void TestDevServerSso::samlAuthorize()
{
    QVERIFY(start());
    const QString token = QStringLiteral("id-") + UserDirectory::randomId();
    const QString encodedHost = QString::fromLatin1(QUrl::toPercentEncoding(root()));
    const QString link = QStringLiteral("rocketchat://auth?type=saml&host=%1&credentialToken=%2")
                             .arg(encodedHost, token);
    // For an app: a page that opens the link…
    const Answer page
        = fetch(url(QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(token)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith(u"text/html"));
    QVERIFY(page.body.contains(QString(link).replace(u'&', QLatin1String("&amp;")).toUtf8()));
    // …or with ssoPlainRedirect a 302 to it.
    m_server->options().ssoPlainRedirect = true;
    const QString second = QStringLiteral("id-") + UserDirectory::randomId();
    const Answer plain = fetch(
        url(QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(second)));
    QCOMPARE(plain.status, 302);
    QCOMPARE(plain.location,
             QStringLiteral("rocketchat://auth?type=saml&host=%1&credentialToken=%2")
                 .arg(encodedHost, second));
    // For the web app: its own page with the token.
    const Answer web = fetch(url(QStringLiteral("/_saml/authorize/demo-idp/%1").arg(token)));
    QCOMPARE(web.status, 302);
    QCOMPARE(web.location, root() + QStringLiteral("/home?saml_idp_credentialToken=") + token);
    // An unknown provider.
    QCOMPARE(fetch(url(QStringLiteral("/_saml/authorize/other/%1").arg(token))).status, 500);

    // Refused: the app gets the link with an error, the web app the root.
    m_server->options().idpDeny = true;
    const QString refused = QStringLiteral("id-") + UserDirectory::randomId();
    const Answer denied = fetch(
        url(QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(refused)));
    QCOMPARE(denied.location,
             QStringLiteral("rocketchat://auth?type=saml&host=%1&credentialToken=%2"
                            "&error=access_denied")
                 .arg(encodedHost, refused));
    QCOMPARE(fetch(url(QStringLiteral("/_saml/authorize/demo-idp/%1").arg(refused))).location,
             root() + u'/');
    auto ddp = client();
    QVERIFY(ddp);
    QCOMPARE(errorOf(ddp->login(::samlLogin(refused))).value(u"error"), QJsonValue(401));
}

void TestDevServerSso::samlLogin()
{
    DevServerOptions options = demoOptions();
    options.ssoPlainRedirect = true;
    QVERIFY(start(options));
    const QString token = QStringLiteral("id-") + UserDirectory::randomId();
    QCOMPARE(
        fetch(url(QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(token)))
            .status,
        302);
    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject result = ddp->login(::samlLogin(token)).value(u"result").toObject();
    QCOMPARE(result.value(u"type").toString(), QStringLiteral("saml"));
    QCOMPARE(result.value(u"id").toString(),
             m_server->users().findByUsername(QStringLiteral("alice"))->id);
    // Rocket.Chat's credential tokens are not used up; they expire.
    QCOMPARE(ddp->login(::samlLogin(token)).value(u"result").toObject().value(u"type").toString(),
             QStringLiteral("saml"));
    m_server->options().pendingCredentialLifetimeMs = 1;
    QTest::qWait(20);
    QCOMPARE(errorOf(ddp->login(::samlLogin(token))).value(u"error"), QJsonValue(401));
    m_server->options().rewriteLoginErrors = false;
    const QJsonObject rc6 = errorOf(ddp->login(::samlLogin(token)));
    QCOMPARE(rc6.value(u"error"), QJsonValue(145546287));
    QCOMPARE(rc6.value(u"reason").toString(), QStringLiteral("No matching login attempt found"));

    // bob: two-factor, answered with the totp wrapper.
    m_server->options() = options;
    m_server->options().idpUser = QStringLiteral("bob");
    const QString bobToken = QStringLiteral("id-") + UserDirectory::randomId();
    fetch(url(QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(bobToken)));
    QCOMPARE(errorOf(ddp->login(::samlLogin(bobToken))).value(u"error").toString(),
             QStringLiteral("totp-required"));
    const QJsonObject wrapped {
        { QStringLiteral("totp"),
          QJsonObject {
              { QStringLiteral("login"), ::samlLogin(bobToken) },
              { QStringLiteral("code"), Totp::codeForSecret(UserDirectory::demoTotpSecret()) } } }
    };
    QCOMPARE(ddp->login(wrapped).value(u"result").toObject().value(u"type").toString(),
             QStringLiteral("saml"));
}

void TestDevServerSso::casFlow()
{
    DevServerOptions options = demoOptions();
    options.idpUser = QStringLiteral("bob"); // CAS skips two-factor
    QVERIFY(start(options));
    const QString token = UserDirectory::randomId();
    const QString service = root() + QStringLiteral("/_cas/") + token;
    const Answer login = fetch(url(QStringLiteral("/idp/cas/login?service=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(service))));
    QCOMPARE(login.status, 302);
    QVERIFY(login.location.startsWith(service + QStringLiteral("?ticket=ST-")));
    auto ddp = client();
    QVERIFY(ddp);
    // Before the ticket is validated there is nothing.
    QCOMPARE(errorOf(ddp->login(::casLogin(token))).value(u"error"), QJsonValue(401));
    const Answer validated = fetch(QUrl(login.location));
    QCOMPARE(validated.status, 200);
    QVERIFY(validated.body.contains("window.close()"));
    const QJsonObject result = ddp->login(::casLogin(token)).value(u"result").toObject();
    QCOMPARE(result.value(u"type").toString(), QStringLiteral("cas"));
    QCOMPARE(result.value(u"id").toString(),
             m_server->users().findByUsername(QStringLiteral("bob"))->id);

    // A ticket is good once, and for its own service only.
    const QString other = UserDirectory::randomId();
    QCOMPARE(fetch(QUrl(QString(login.location).replace(token, other))).status, 200);
    m_server->options().rewriteLoginErrors = false;
    const QJsonObject rc6 = errorOf(ddp->login(::casLogin(other)));
    QCOMPARE(rc6.value(u"error"), QJsonValue(145546287));
    QCOMPARE(rc6.value(u"reason").toString(), QStringLiteral("no matching login attempt found"));
    // A service elsewhere is refused by the CAS server.
    QCOMPARE(
        fetch(url(QStringLiteral("/idp/cas/login?service=https%3A%2F%2Fevil.example%2F"))).status,
        400);
    m_server->options().idpDeny = true;
    QCOMPARE(fetch(url(QStringLiteral("/idp/cas/login?service=")
                       + QString::fromLatin1(QUrl::toPercentEncoding(service))))
                 .status,
             403);
}

void TestDevServerSso::modernFlow()
{
    QVERIFY(start());
    const Answer started = fetch(url(QStringLiteral("/oauth/keycloak?loginClient=desktop")));
    QCOMPARE(started.status, 302);
    QVERIFY(started.location.startsWith(
        root() + QStringLiteral("/idp/authorize?client_id=liftoff-demo&redirect_uri=")));
    const QUrlQuery authorize(QUrl(started.location).query());
    QCOMPARE(decoded(authorize, QStringLiteral("redirect_uri")),
             root() + QStringLiteral("/oauth/keycloak/callback"));
    QCOMPARE(decoded(authorize, QStringLiteral("response_type")), QStringLiteral("code"));
    const Answer approved = fetch(QUrl(started.location));
    QCOMPARE(approved.status, 302);
    const Answer callback = fetch(QUrl(approved.location));
    QCOMPARE(callback.status, 302);
    QVERIFY(callback.location.startsWith(root() + QStringLiteral("/home?resumeToken=")));
    QVERIFY(callback.location.endsWith(u"&loginClient=desktop"));
    const QUrlQuery home(QUrl(callback.location).query());
    const QString token = decoded(home, QStringLiteral("resumeToken"));
    const QString userId = decoded(home, QStringLiteral("userId"));
    QCOMPARE(userId, m_server->users().findByUsername(QStringLiteral("alice"))->id);
    // /home hands the session to the app, as the web app does.
    const Answer page = fetch(QUrl(callback.location));
    QCOMPARE(page.status, 200);
    QVERIFY(
        page.body.contains(QStringLiteral("rocketchat://auth?host=%1&amp;token=%2&amp;userId=%3")
                               .arg(root(), token, userId)
                               .toUtf8()));
    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject resumed
        = ddp->login({ { QStringLiteral("resume"), token } }).value(u"result").toObject();
    QCOMPARE(resumed.value(u"type").toString(), QStringLiteral("resume"));
    QCOMPARE(resumed.value(u"id").toString(), userId);

    // The state is server-side and good once.
    QCOMPARE(fetch(QUrl(approved.location)).status, 400);
    QCOMPARE(fetch(url(QStringLiteral("/oauth/keycloak/callback?code=x&state=forged"))).status,
             400);
    QCOMPARE(fetch(url(QStringLiteral("/oauth/saml"))).status, 404);
    // Without loginClient the web app keeps the session: no hand-off.
    const Answer web = fetch(url(QStringLiteral("/oauth/keycloak")));
    const Answer webCallback = fetch(QUrl(fetch(QUrl(web.location)).location));
    QVERIFY(!webCallback.location.contains(u"loginClient"));
    QVERIFY(!fetch(QUrl(webCallback.location)).body.contains("rocketchat://"));
}

// ---- The test browser -------------------------------------------------------------------------

void TestDevServerSso::browserWalks_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<bool>("plainRedirect");
    for (const bool plain : { false, true }) {
        const char *suffix = plain ? " (plain redirect)" : "";
        for (const char *flow : { "oauth", "gitlab", "saml", "modern" })
            QTest::addRow("%s%s", flow, suffix) << QString::fromLatin1(flow) << plain;
    }
}

void TestDevServerSso::browserWalks()
{
    QFETCH(QString, flow);
    QFETCH(bool, plainRedirect);
    DevServerOptions options = demoOptions();
    options.ssoPlainRedirect = plainRedirect;
    QVERIFY(start(options));
    const QString token = SingleSignOn::randomSecret();
    QString start;
    if (flow == u"oauth") {
        start = authorizeUrl(QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"),
                             stateFor(token));
    } else if (flow == u"gitlab") {
        // As a client builds it from the document: serverURL + authorizePath, then '&'.
        start = root()
            + QStringLiteral(
                  "/idp/authorize?prompt=consent&client_id=liftoff-gitlab&redirect_uri=%1"
                  "&response_type=code&state=%2&scope=read_user")
                  .arg(QString::fromLatin1(
                           QUrl::toPercentEncoding(root() + QStringLiteral("/_oauth/gitlab"))),
                       QString::fromLatin1(QUrl::toPercentEncoding(stateFor(token))));
    } else if (flow == u"saml") {
        start = root()
            + QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(token);
    } else {
        start = root() + QStringLiteral("/oauth/keycloak?loginClient=desktop");
    }
    const Walk walk = this->walk(start);
    QVERIFY2(walk.exitCode == 0, qPrintable(walk.log));
    QVERIFY2(walk.link.startsWith(u"rocketchat://auth?"), qPrintable(walk.link));
    // Each hop is on stderr, secrets redacted.
    QVERIFY(walk.log.contains(u"GET 302") || walk.log.contains(u"GET 200"));
    QVERIFY(!walk.log.contains(token));

    const QUrlQuery link = linkQuery(walk.link);
    QJsonObject login;
    if (flow == u"oauth" || flow == u"gitlab") {
        QCOMPARE(decoded(link, QStringLiteral("host")), root() + u'/');
        QCOMPARE(decoded(link, QStringLiteral("type")), QStringLiteral("oauth"));
        QCOMPARE(decoded(link, QStringLiteral("credentialToken")), token);
        const QString secret = decoded(link, QStringLiteral("credentialSecret"));
        QCOMPARE(secret.size(), 43);
        QVERIFY(!walk.log.contains(secret));
        login = oauthLogin(token, secret);
    } else if (flow == u"saml") {
        QCOMPARE(decoded(link, QStringLiteral("host")), root());
        QCOMPARE(decoded(link, QStringLiteral("type")), QStringLiteral("saml"));
        QCOMPARE(decoded(link, QStringLiteral("credentialToken")), token);
        login = ::samlLogin(token);
    } else {
        QCOMPARE(decoded(link, QStringLiteral("host")), root());
        const QString resume = decoded(link, QStringLiteral("token"));
        QCOMPARE(decoded(link, QStringLiteral("userId")),
                 m_server->users().findByUsername(QStringLiteral("alice"))->id);
        QVERIFY(!walk.log.contains(resume));
        login = { { QStringLiteral("resume"), resume } };
    }
    auto ddp = client();
    QVERIFY(ddp);
    const QJsonObject result = ddp->login(login);
    QVERIFY2(result.contains(u"result"), QJsonDocument(result).toJson().constData());
    QCOMPARE(result.value(u"result").toObject().value(u"id").toString(),
             m_server->users().findByUsername(QStringLiteral("alice"))->id);
}

void TestDevServerSso::browserWithoutHandOff()
{
    QVERIFY(start());
    // CAS: the page closes itself; the credential is there for login {cas}.
    const QString token = UserDirectory::randomId();
    const Walk cas = walk(
        root() + QStringLiteral("/idp/cas/login?service=")
        + QString::fromLatin1(QUrl::toPercentEncoding(root() + QStringLiteral("/_cas/") + token)));
    QVERIFY2(cas.exitCode == 0, qPrintable(cas.log));
    QVERIFY(cas.link.isEmpty());
    QVERIFY(cas.log.contains(u"CAS"));
    auto ddp = client();
    QVERIFY(ddp);
    QCOMPARE(ddp->login(::casLogin(token)).value(u"result").toObject().value(u"type").toString(),
             QStringLiteral("cas"));

    // A popup-style end page hands nothing to an app.
    const Walk popup = walk(
        authorizeUrl(QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"),
                     stateFor(SingleSignOn::randomSecret(), QStringLiteral("popup"), QString())));
    QCOMPARE(popup.exitCode, 3);
    QVERIFY(popup.link.isEmpty());
    QVERIFY2(popup.log.contains(u"Login completed"), qPrintable(popup.log));
    // An HTTP error: what the page said.
    const Walk error = walk(authorizeUrl(QStringLiteral("nobody"),
                                         QStringLiteral("/_oauth/keycloak"), QStringLiteral("s")));
    QCOMPARE(error.exitCode, 3);
    QVERIFY2(error.log.contains(u"HTTP 400"), qPrintable(error.log));
    QVERIFY(error.log.contains(u"Unknown application"));

    // Refused: the link carries the error (and no credentials).
    m_server->options().idpDeny = true;
    const Walk denied
        = walk(authorizeUrl(QStringLiteral("liftoff-demo"), QStringLiteral("/_oauth/keycloak"),
                            stateFor(SingleSignOn::randomSecret())));
    QCOMPARE(denied.exitCode, 0);
    const QUrlQuery link = linkQuery(denied.link);
    QCOMPARE(decoded(link, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(decoded(link, QStringLiteral("type")), QStringLiteral("oauth"));
    QVERIFY(!link.hasQueryItem(QStringLiteral("credentialSecret")));
    const QString samlToken = UserDirectory::randomId();
    const Walk samlDenied = walk(
        root() + QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(samlToken));
    QCOMPARE(samlDenied.exitCode, 0);
    QCOMPARE(decoded(linkQuery(samlDenied.link), QStringLiteral("error")),
             QStringLiteral("access_denied"));
    QCOMPARE(decoded(linkQuery(samlDenied.link), QStringLiteral("credentialToken")), samlToken);

    // Nothing listening.
    const QString nowhere
        = authorizeUrl(QStringLiteral("x"), QStringLiteral("/y"), QStringLiteral("z"));
    m_server.reset();
    QCOMPARE(walk(nowhere).exitCode, 3);
}

void TestDevServerSso::browserDelivers()
{
    QVERIFY(start());
    const QString token = UserDirectory::randomId();
    const QString start
        = root() + QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(token);
    // The link is the program's one argument, and its exit code is the browser's.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString handler = dir.filePath(QStringLiteral("handler.sh"));
    const QString received = dir.filePath(QStringLiteral("received"));
    {
        QFile script(handler);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s|%s' \"$#\" \"$1\" > \"$(dirname \"$0\")/received\"\n"
                     "exit 7\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const Walk delivered = walk(start, { QStringLiteral("--deliver-with"), handler });
    QVERIFY2(delivered.exitCode == 7, qPrintable(delivered.log));
    QVERIFY(delivered.link.isEmpty()); // delivered, not printed
    QFile arguments(received);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(arguments.readAll()),
             QStringLiteral("1|rocketchat://auth?type=saml&host=%1&credentialToken=%2")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(root())), token));
    const Walk missing
        = walk(start, { QStringLiteral("--deliver-with"), QStringLiteral("/nonexistent/liftoff") });
    QCOMPARE(missing.exitCode, 127);
    // A rocketchat: URL is delivered straight away.
    const Walk direct = walk(QStringLiteral("rocketchat://auth?host=x&token=t0k&userId=u"));
    QCOMPARE(direct.exitCode, 0);
    QCOMPARE(direct.link, QStringLiteral("rocketchat://auth?host=x&token=t0k&userId=u"));
    QVERIFY(!direct.log.contains(u"t0k"));
}

void TestDevServerSso::logsKeepSecrets()
{
    // Every line the dev server logs during the flows, at every level.
    LogCapture capture(QStringLiteral("liftoff.devserver=true"));
    QVERIFY(start());
    const QString token = SingleSignOn::randomSecret();
    const Walk oauth = walk(authorizeUrl(QStringLiteral("liftoff-demo"),
                                         QStringLiteral("/_oauth/keycloak"), stateFor(token)));
    const QString secret = decoded(linkQuery(oauth.link), QStringLiteral("credentialSecret"));
    auto ddp = client();
    const QString loginToken = ddp ? ddp->login(oauthLogin(token, secret))
                                         .value(u"result")
                                         .toObject()
                                         .value(u"token")
                                         .toString()
                                   : QString();
    const Walk modern = walk(root() + QStringLiteral("/oauth/keycloak?loginClient=desktop"));
    const QString resume = decoded(linkQuery(modern.link), QStringLiteral("token"));
    // SAML and CAS carry their credential token in the path.
    const QString samlToken = UserDirectory::randomId();
    walk(root()
         + QStringLiteral("/_saml/authorize/demo-idp/%1?loginClient=desktop").arg(samlToken));
    const QString casToken = UserDirectory::randomId();
    walk(root() + QStringLiteral("/idp/cas/login?service=")
         + QString::fromLatin1(
             QUrl::toPercentEncoding(root() + QStringLiteral("/_cas/") + casToken)));
    capture.stop();
    const QStringList lines = capture.lines();

    QVERIFY(!secret.isEmpty());
    QVERIFY(!loginToken.isEmpty());
    QVERIFY(!resume.isEmpty());
    QVERIFY(!lines.isEmpty());
    const QString log = lines.join(u'\n');
    QVERIFY(log.contains(u"sso:")); // the routes do log
    for (const QString &value : { token, secret, loginToken, resume, samlToken, casToken })
        QVERIFY2(!log.contains(value), qPrintable(value));
}

QTEST_GUILESS_MAIN(TestDevServerSso)
#include "tst_devserversso.moc"
