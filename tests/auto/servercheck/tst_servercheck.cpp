#include "../shared/testservers.h"
#include "cli/exitcode.h"
#include "devserver.h"
#include "rocketchat/servercheck.h"
#include "rocketchat/serverversion.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// ServerCheck: /api/info and settings.public against the dev server and against servers that
// are not Rocket.Chat, unreachable, silent, or untrusted.

using Kind = SignInError::Kind;

class TestServerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareVersions_data();
    void compareVersions();
    void supportedVersions_data();
    void supportedVersions();

    void rocketChat_data();
    void rocketChat();
    void notRocketChat_data();
    void notRocketChat();
    void unreachable();
    void silentServerTimesOut();
    void untrustedCertificate();
    void settingsMissingIsNotFatal();
    void abortAndRestart();
    void redirects_data();
    void redirects();

private:
    SignInError runCheck(const QString &url, ServerCheck *check = nullptr, int timeoutMs = 5000);
    QNetworkAccessManager m_network;
};

SignInError TestServerCheck::runCheck(const QString &url, ServerCheck *check, int timeoutMs)
{
    ServerCheck local(&m_network);
    if (!check)
        check = &local;
    QSignalSpy finished(check, &ServerCheck::finished);
    check->start(ServerAddress::parse(url), timeoutMs);
    if (!finished.wait(timeoutMs + 5000))
        return SignInError(Kind::None, QStringLiteral("no finished signal"));
    if (finished.size() != 1 || !check->isFinished() || check->isRunning())
        return SignInError(Kind::None, QStringLiteral("finished more than once"));
    return check->error();
}

void TestServerCheck::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("numeric, not text") << QStringLiteral("6.10.0") << QStringLiteral("6.9.3") << 1;
    QTest::newRow("major") << QStringLiteral("10.0.0") << QStringLiteral("9.99.99") << 1;
    QTest::newRow("equal") << QStringLiteral("7.4.0") << QStringLiteral("7.4.0") << 0;
    QTest::newRow("missing segments are 0") << QStringLiteral("7") << QStringLiteral("7.0.0") << 0;
    QTest::newRow("suffix ignored") << QStringLiteral("7.0.0-rc.2") << QStringLiteral("7.0.0") << 0;
    QTest::newRow("older") << QStringLiteral("5.4.9") << QStringLiteral("6.0.0") << -1;
}

void TestServerCheck::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = ServerVersion::compare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    QCOMPARE(-((ServerVersion::compare(b, a) > 0) - (ServerVersion::compare(b, a) < 0)), sign);
}

void TestServerCheck::supportedVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("minimum") << ServerVersion::minimum() << true;
    QTest::newRow("7.4.0") << QStringLiteral("7.4.0") << true;
    QTest::newRow("6.10.2") << QStringLiteral("6.10.2") << true;
    QTest::newRow("6") << QStringLiteral("6") << true;
    QTest::newRow("5.4.9") << QStringLiteral("5.4.9") << false;
    QTest::newRow("3.18.0") << QStringLiteral("3.18.0") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not a version") << QStringLiteral("latest") << false;
}

void TestServerCheck::supportedVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, supported);
    QCOMPARE(ServerVersion::isSupported(version), supported);
}

void TestServerCheck::rocketChat_data()
{
    QTest::addColumn<QString>("serverVersion");
    QTest::addColumn<bool>("ldap");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("7.4.0") << QStringLiteral("7.4.0") << false << Kind::None;
    QTest::newRow("with LDAP") << QStringLiteral("7.4.0") << true << Kind::None;
    QTest::newRow("6.0.0") << QStringLiteral("6.0.0") << false << Kind::None;
    QTest::newRow("5.4.2 too old") << QStringLiteral("5.4.2") << false << Kind::ServerTooOld;
    QTest::newRow("not a version") << QStringLiteral("banana") << false << Kind::NotRocketChat;
}

void TestServerCheck::rocketChat()
{
    QFETCH(QString, serverVersion);
    QFETCH(bool, ldap);
    QFETCH(Kind, kind);
    DevServerOptions options;
    options.serverVersion = serverVersion;
    options.ldapEnabled = ldap;
    DevServer server(options);
    QVERIFY(server.listen(0));
    ServerCheck check(&m_network);
    const SignInError error = runCheck(server.httpUrl().toString(), &check);
    QCOMPARE(error.kind(), kind);
    if (kind == Kind::None) {
        QCOMPARE(check.version(), serverVersion);
        QCOMPARE(check.hasLdap(), ldap);
    }
    if (kind == Kind::ServerTooOld)
        QCOMPARE(error.detail(), serverVersion);
}

void TestServerCheck::notRocketChat_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("404") << 404 << QByteArrayLiteral("text/html")
                         << QByteArrayLiteral("<h1>Not Found</h1>") << Kind::NotRocketChat;
    QTest::newRow("a web page") << 200 << QByteArrayLiteral("text/html")
                                << QByteArrayLiteral("<html><body>Hello</body></html>")
                                << Kind::NotRocketChat;
    QTest::newRow("JSON without a version")
        << 200 << QByteArrayLiteral("application/json") << QByteArrayLiteral("{\"status\":\"ok\"}")
        << Kind::NotRocketChat;
    QTest::newRow("401") << 401 << QByteArrayLiteral("application/json")
                         << QByteArrayLiteral("{\"error\":\"unauthorized\"}")
                         << Kind::NotRocketChat;
    // A proxy whose Rocket.Chat is down is not a different kind of server.
    QTest::newRow("502 from a proxy")
        << 502 << QByteArrayLiteral("text/html") << QByteArrayLiteral("<h1>Bad Gateway</h1>")
        << Kind::ServerUnreachable;
    QTest::newRow("old nested shape")
        << 200 << QByteArrayLiteral("application/json")
        << QByteArrayLiteral("{\"info\":{\"version\":\"6.5.0\"}}") << Kind::None;
}

void TestServerCheck::notRocketChat()
{
    QFETCH(int, status);
    QFETCH(QByteArray, mimeType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    TestServers::PlainHttpServer server([=] {
        return QHttpServerResponse(mimeType, body, QHttpServerResponse::StatusCode(status));
    });
    QVERIFY(server.port() != 0);
    QCOMPARE(runCheck(server.url()).kind(), kind);
}

void TestServerCheck::unreachable()
{
    const quint16 port = TestServers::closedPort();
    QVERIFY(port != 0);
    const SignInError error = runCheck(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QCOMPARE(error.kind(), Kind::ServerUnreachable);
    QVERIFY(!error.detail().isEmpty());
    QCOMPARE(ExitCode::of(error), 5);
}

void TestServerCheck::silentServerTimesOut()
{
    TestServers::SilentServer server;
    QVERIFY(server.isListening());
    QElapsedTimer timer;
    timer.start();
    const SignInError error = runCheck(server.url(), nullptr, 300);
    QCOMPARE(error.kind(), Kind::ServerUnreachable);
    QVERIFY2(error.detail().contains(QStringLiteral("second")), qPrintable(error.detail()));
    QVERIFY(timer.elapsed() >= 250);
}

void TestServerCheck::untrustedCertificate()
{
    TestServers::UntrustedTlsServer server;
    QVERIFY(server.isListening());
    const SignInError error = runCheck(server.url());
    QCOMPARE(error.kind(), Kind::TlsUntrusted);
    QVERIFY(!error.detail().isEmpty());
}

void TestServerCheck::settingsMissingIsNotFatal()
{
    TestServers::PlainHttpServer server([] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral("{\"version\":\"7.1.0\",\"success\":true}"));
    });
    ServerCheck check(&m_network);
    QCOMPARE(runCheck(server.url(), &check).kind(), Kind::None);
    QCOMPARE(check.version(), QStringLiteral("7.1.0"));
    QVERIFY(!check.hasLdap());
}

void TestServerCheck::abortAndRestart()
{
    DevServerOptions options;
    options.frameDelayMs = 200; // HTTP answers wait too
    DevServer server(options);
    QVERIFY(server.listen(0));
    ServerCheck check(&m_network);
    QSignalSpy finished(&check, &ServerCheck::finished);
    check.start(ServerAddress::parse(server.httpUrl().toString()), 5000);
    QVERIFY(check.isRunning());
    check.abort();
    QVERIFY(!check.isRunning());

    // The server is left with answers for a client that went away: no harm done, and the
    // aborted check never reports.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runCheck(server.httpUrl().toString(), &check).kind(), Kind::None);
    QVERIFY2(timer.elapsed() >= 200, "the dev server delays HTTP answers by frameDelayMs");
    QCOMPARE(finished.size(), 1);
}

void TestServerCheck::redirects_data()
{
    QTest::addColumn<QString>("location"); // %1: the port of a Rocket.Chat (the dev server)
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    // Another host (here another name of this computer, with a Rocket.Chat behind it): its
    // certificate would be judged against the address typed. Not followed; the person reads
    // where it went (the origin only) and may type it.
    QTest::newRow("another host") << QStringLiteral("http://localhost:%1/api/info?x=1#y")
                                  << Kind::ServerMoved << QStringLiteral("http://localhost:%1");
    QTest::newRow("another port") << QStringLiteral("http://127.0.0.1:%1/api/info")
                                  << Kind::ServerMoved << QStringLiteral("http://127.0.0.1:%1");
    QTest::newRow("user info is not shown")
        << QStringLiteral("http://admin:hunter2@localhost:%1/api/info") << Kind::ServerMoved
        << QStringLiteral("http://localhost:%1");
    // The same origin, another path: followed.
    QTest::newRow("same origin") << QStringLiteral("/moved/api/info") << Kind::None << QString();
}

void TestServerCheck::redirects()
{
    QFETCH(QString, location);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    DevServer rocketChat;
    QVERIFY(rocketChat.listen(0));
    const QString target
        = location.contains(QLatin1String("%1")) ? location.arg(rocketChat.port()) : location;

    QHttpServer http;
    const auto redirect = [target] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader(QByteArrayLiteral("Location"), target.toUtf8());
        return response;
    };
    http.route(QStringLiteral("/api/info"), redirect);
    http.route(QStringLiteral("/api/v1/settings.public"), redirect);
    http.route(QStringLiteral("/moved/api/info"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral("{\"version\":\"7.2.0\"}"));
    });
    auto *tcp = new QTcpServer(&http);
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    http.bind(tcp);

    ServerCheck check(&m_network);
    const SignInError error
        = runCheck(QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort()), &check);
    QCOMPARE(error.kind(), kind);
    if (kind == Kind::ServerMoved) {
        QCOMPARE(error.detail(), detail.arg(rocketChat.port()));
        QVERIFY2(error.message().contains(error.detail()), qPrintable(error.message()));
        QCOMPARE(ExitCode::of(error), 5);
        QVERIFY(check.version().isEmpty());
    } else {
        QCOMPARE(check.version(), QStringLiteral("7.2.0"));
    }
}

QTEST_GUILESS_MAIN(TestServerCheck)
#include "tst_servercheck.moc"
