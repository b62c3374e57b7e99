// LoginService (one published document) and LoginServices (the live list over a real DDP
// connection to the dev server, with services appearing, changing and vanishing).

#include "ddp/ddpconnection.h"
#include "devserver.h"
#include "sso/loginservice.h"
#include "sso/loginservices.h"
#include "sso/ssoattempt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestLoginService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customOAuth()
    {
        const LoginService service = LoginService::fromDocument(
            QStringLiteral("id1"),
            json("{\"service\":\"keycloak\",\"custom\":true,\"clientId\":\"app\", "
                 "\"serverURL\":\"https://id.example.com/realms/x/\",\"authorizePath\":\"/protocol/"
                 "openid-connect/auth\", \"scope\":\"openid email\",\"buttonLabelText\":\"Company "
                 "account\", \"buttonColor\":\"#1D74F5\",\"buttonLabelColor\":\"#fff\"}"));
        QVERIFY(service.isSupported());
        QCOMPARE(service.method(), LoginService::Method::OAuth);
        QCOMPARE(service.label(), QStringLiteral("Company account"));
        QCOMPARE(service.accessibleName(), QStringLiteral("Sign in with Company account"));
        QCOMPARE(service.buttonColor(), QStringLiteral("#1d74f5"));
        QCOMPARE(service.labelColor(), QStringLiteral("#fff"));
        QCOMPARE(service.iconKey(), QStringLiteral("keycloak"));

        const ServerAddress server = ServerAddress::parse(QStringLiteral("chat.example.com"));
        const SsoAttempt attempt(SsoAttempt::Method::OAuth, service.name(), server);
        const QUrl url = service.startUrl(server, attempt);
        QCOMPARE(url.host(), QStringLiteral("id.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/realms/x/protocol/openid-connect/auth"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("app"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("https://chat.example.com/_oauth/keycloak"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid email"));
        // '+' and '/' of base64 are encoded: a server must not read a '+' as a space.
        QVERIFY(!url.query(QUrl::FullyEncoded).contains(u'+'));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1(),
                 attempt.oauthState());
    }

    void builtIns_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("host");
        QTest::newRow("github") << QStringLiteral("{\"service\":\"github\",\"clientId\":\"a\"}")
                                << QStringLiteral("GitHub") << QStringLiteral("github.com");
        QTest::newRow("google") << QStringLiteral("{\"service\":\"google\",\"clientId\":\"a\"}")
                                << QStringLiteral("Google")
                                << QStringLiteral("accounts.google.com");
        QTest::newRow("facebook appId")
            << QStringLiteral("{\"service\":\"facebook\",\"appId\":\"a\"}")
            << QStringLiteral("Facebook") << QStringLiteral("www.facebook.com");
        QTest::newRow("gitlab own server") << QStringLiteral(
            "{\"service\":\"gitlab\",\"clientId\":\"a\",\"serverURL\":\"https://git.example.org\"}")
                                           << QStringLiteral("GitLab")
                                           << QStringLiteral("git.example.org");
        QTest::newRow("twitter via the server")
            << QStringLiteral("{\"service\":\"twitter\",\"consumerKey\":\"k\"}")
            << QStringLiteral("X (Twitter)") << QStringLiteral("chat.example.com");
        QTest::newRow("meteor-developer")
            << QStringLiteral("{\"service\":\"meteor-developer\",\"clientId\":\"a\"}")
            << QStringLiteral("Meteor") << QStringLiteral("www.meteor.com");
    }

    void builtIns()
    {
        QFETCH(QString, document);
        QFETCH(QString, label);
        QFETCH(QString, host);
        const LoginService service = LoginService::fromDocument(
            QStringLiteral("x"), QJsonDocument::fromJson(document.toUtf8()).object());
        QVERIFY(service.isSupported());
        QCOMPARE(service.label(), label);
        const ServerAddress server = ServerAddress::parse(QStringLiteral("chat.example.com"));
        QCOMPARE(
            service.startUrl(server, SsoAttempt(SsoAttempt::Method::OAuth, service.name(), server))
                .host(),
            host);
    }

    void samlAndCas()
    {
        const ServerAddress server = ServerAddress::parse(QStringLiteral("chat.example.com/team"));
        const LoginService saml
            = LoginService::fromDocument(QStringLiteral("s"),
                                         json("{\"service\":\"saml\",\"buttonLabelText\":\"Staff\","
                                              " \"clientConfig\":{\"provider\":\"idp1\"}}"));
        QVERIFY(saml.isSupported());
        QCOMPARE(saml.method(), LoginService::Method::Saml);
        QCOMPARE(saml.label(), QStringLiteral("Staff"));
        const SsoAttempt samlAttempt(SsoAttempt::Method::Saml, QStringLiteral("saml"), server);
        QCOMPARE(saml.startUrl(server, samlAttempt).toString(),
                 QStringLiteral("https://chat.example.com/team/_saml/authorize/idp1/%1"
                                "?loginClient=desktop")
                     .arg(samlAttempt.credentialToken()));

        const LoginService cas = LoginService::fromDocument(
            QStringLiteral("c"),
            json("{\"service\":\"cas\",\"login_url\":\"https://cas.example.org/cas/login\"}"));
        QVERIFY(cas.isSupported());
        QCOMPARE(cas.label(), QStringLiteral("CAS single sign-on"));
        const SsoAttempt casAttempt(SsoAttempt::Method::Cas, QStringLiteral("cas"), server);
        const QUrl url = cas.startUrl(server, casAttempt);
        QCOMPARE(url.host(), QStringLiteral("cas.example.org"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded),
                 QStringLiteral("https://chat.example.com/team/_cas/")
                     + casAttempt.credentialToken());
    }

    void unsupported_data()
    {
        QTest::addColumn<QString>("document");
        QTest::newRow("no service") << QStringLiteral("{\"clientId\":\"a\"}");
        QTest::newRow("custom without server")
            << QStringLiteral("{\"service\":\"corp\",\"custom\":true,\"clientId\":\"a\"}");
        QTest::newRow("oauth without client id") << QStringLiteral("{\"service\":\"github\"}");
        QTest::newRow("unknown provider")
            << QStringLiteral("{\"service\":\"myspace\",\"clientId\":\"a\"}");
        QTest::newRow("saml without provider") << QStringLiteral("{\"service\":\"saml\"}");
        QTest::newRow("cas without login url") << QStringLiteral("{\"service\":\"cas\"}");
        QTest::newRow("cas with javascript")
            << QStringLiteral("{\"service\":\"cas\",\"login_url\":\"javascript:alert(1)\"}");
        QTest::newRow("ldap") << QStringLiteral("{\"service\":\"ldap\"}");
    }

    void unsupported()
    {
        QFETCH(QString, document);
        const LoginService service = LoginService::fromDocument(
            QStringLiteral("x"), QJsonDocument::fromJson(document.toUtf8()).object());
        QVERIFY(!service.isSupported());
    }

    void colourIsOnlyAColour()
    {
        const LoginService service = LoginService::fromDocument(
            QStringLiteral("x"),
            json("{\"service\":\"github\",\"clientId\":\"a\",\"buttonColor\":\"red; "
                 "background-image: url(x)\"}"));
        QVERIFY(service.buttonColor().isEmpty());
    }

    void liveList()
    {
        DevServerOptions options;
        options.ssoDemoServices = true;
        DevServer server(options);
        QVERIFY(server.listen());
        DdpConnection connection;
        LoginServices services(&connection);
        services.setActive(true);
        QSignalSpy changed(&services, &LoginServices::servicesChanged);
        connection.open(ServerAddress::parse(server.httpUrl().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(services.isReady(), 10000);
        QCOMPARE(services.services().size(), 4);
        QCOMPARE(services.service(QStringLiteral("keycloak")).label(),
                 QStringLiteral("Company account"));

        // Appears, changes and vanishes while connected.
        QSignalSpy added(&services, &LoginServices::serviceAdded);
        QSignalSpy updated(&services, &LoginServices::serviceChanged);
        QSignalSpy removed(&services, &LoginServices::serviceRemoved);
        const QString collection = LoginServices::collectionName();
        server.sendTextToAll(
            QStringLiteral("{\"msg\":\"added\",\"collection\":\"%1\",\"id\":\"gh\",\"fields\":{"
                           "\"service\":\"github\",\"clientId\":\"a\"}}")
                .arg(collection));
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(services.services().size(), 5);
        server.sendTextToAll(QStringLiteral("{\"msg\":\"changed\",\"collection\":\"%1\",\"id\":"
                                            "\"gh\",\"fields\":{\"buttonLabelText\":\"Code\"}}")
                                 .arg(collection));
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(services.service(QStringLiteral("gh")).label(), QStringLiteral("Code"));
        server.sendTextToAll(
            QStringLiteral("{\"msg\":\"removed\",\"collection\":\"%1\",\"id\":\"gh\"}")
                .arg(collection));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(services.services().size(), 4);
        QVERIFY(!services.service(QStringLiteral("github")).isSupported());

        // Switched off (no page shows it): the subscription ends, the list empties.
        services.setActive(false);
        QVERIFY(services.services().isEmpty());
        QVERIFY(!services.isReady());
    }

    void inactiveCostsNothing()
    {
        DevServerOptions options;
        options.ssoDemoServices = true;
        DevServer server(options);
        QVERIFY(server.listen());
        QStringList sent;
        connect(&server, &DevServer::frameReceived, this, [&sent](int, const QJsonObject &frame) {
            sent.append(frame.value(QLatin1String("msg")).toString());
        });
        DdpConnection connection;
        LoginServices services(&connection);
        connection.open(ServerAddress::parse(server.httpUrl().toString()));
        QTRY_COMPARE(connection.state(), DdpConnection::State::Connected);
        QCOMPARE(sent, QStringList { QStringLiteral("connect") });
        QVERIFY(services.services().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoginService)
#include "tst_loginservice.moc"
