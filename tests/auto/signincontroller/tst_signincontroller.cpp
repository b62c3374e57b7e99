#include "../shared/framerecorder.h"
#include "../shared/logcapture.h"
#include "../shared/testservers.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "cli/exitcode.h"
#include "ddp/ddpconnection.h"
#include "devserver.h"
#include "loginattemptlog.h"
#include "rocketchat/emailcoderequest.h"
#include "rocketchat/serverversion.h"
#include "totp.h"
#include "userdirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// SignInController against the real dev server (in-process, 127.0.0.1, port 0), and against
// servers that are not Rocket.Chat. What goes over the wire is read from DevServer::frameReceived.

using State = SignInController::State;
using Kind = SignInError::Kind;

namespace {

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject passwordRequest(const QString &key, const QString &value, const QString &password)
{
    return QJsonObject {
        { QStringLiteral("user"), QJsonObject { { key, value } } },
        { QStringLiteral("password"),
          QJsonObject { { QStringLiteral("digest"), sha256Hex(password) },
                        { QStringLiteral("algorithm"), QStringLiteral("sha-256") } } },
    };
}

QJsonObject ldapRequest(const QString &username, const QString &password)
{
    return QJsonObject { { QStringLiteral("ldap"), true },
                         { QStringLiteral("username"), username },
                         { QStringLiteral("ldapPass"), password },
                         { QStringLiteral("ldapOptions"), QJsonObject() } };
}

} // namespace

class TestSignInController : public QObject
{
    Q_OBJECT

private:
    using Frame = FrameRecorder::Frame;

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<SignInController> m_controller;
    FrameRecorder m_frames; // client → server, in order
    QList<State> m_states;

    void startServer(const DevServerOptions &options = {})
    {
        m_server = std::make_unique<DevServer>(options);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        m_frames.record(m_server.get());
    }

    QString serverUrl() const { return m_server->httpUrl().toString(); }

    // Waits for the check of the dev server to pass.
    void connectToServer()
    {
        m_controller->setServer(serverUrl());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Connected);
    }

    void signInAndWait(const QString &identifier, const QString &password, State until)
    {
        m_controller->signIn(identifier, password);
        QTRY_COMPARE(m_controller->state(), until);
    }

    QList<QJsonObject> methodCalls(const QString &method) const
    {
        return m_frames.methodCalls(method);
    }

    QJsonObject lastLoginParams() const
    {
        const QList<QJsonObject> logins = methodCalls(QStringLiteral("login"));
        return logins.isEmpty() ? QJsonObject()
                                : logins.last().value(u"params").toArray().first().toObject();
    }

    void addTestUser(const QString &name, const std::function<void(UserAccount &)> &change = {})
    {
        UserAccount user;
        user.username = name;
        user.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("secret"));
        user.emails = { { name + QStringLiteral("@example.com"), true } };
        if (change)
            change(user);
        m_server->users().addUser(user);
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void signInStateSequence_data();
    void signInStateSequence();
    void digestAndSelectorOnTheWire_data();
    void digestAndSelectorOnTheWire();
    void passwordIsHashedAsUtf8();
    void ldap_data();
    void ldap();
    void totpTwoFactor();
    void emailTwoFactor();
    void emailTwoFactorMaxAttempts();
    void twoFactorRequestExpires_data();
    void twoFactorRequestExpires();
    void twoFactorRequestGoesAtEveryEnd();
    void emailCodeAnswers_data();
    void emailCodeAnswers();
    void emailCodeRequestRedirect_data();
    void emailCodeRequestRedirect();
    void accountErrors_data();
    void accountErrors();
    void rateLimitCountsDown();
    void serverUnreachable();
    void notRocketChat_data();
    void notRocketChat();
    void serverVersion_data();
    void serverVersion();
    void protocolVersionFailed();
    void untrustedCertificate();
    void signInTimesOut();
    void connectionDropsDuringSignIn();
    void cancelWhileSigningIn();
    void cancelledSuccessIsSignedOut();
    void cancelThenSignInAgain();
    void cancelWhileChecking();
    void signOut();
    void signOutBetweenConnections();
    void sessionResumesAfterDrop();
    void revokedSessionSignsOut();
    void typingDebounceOpensConnectionEarly();
    void signInCostsOneRoundTrip();
    void signInWhileCheckingWaitsForCheck();
    void invalidAddress();
    void emptyIdentifier();
    void secretsNeverLogged();
};

void TestSignInController::init()
{
    m_frames.clear();
    m_states.clear();
    m_controller = std::make_unique<SignInController>();
    SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(0);
    connect(m_controller.get(), &SignInController::stateChanged, this,
            [this](State state) { m_states.append(state); });
}

void TestSignInController::cleanup()
{
    m_controller.reset();
    m_server.reset();
}

// ---- Success --------------------------------------------------------------------------------

void TestSignInController::signInStateSequence_data()
{
    QTest::addColumn<bool>("updatedBeforeResult");
    QTest::newRow("updated, then result") << true;
    QTest::newRow("result, then updated") << false;
}

void TestSignInController::signInStateSequence()
{
    QFETCH(bool, updatedBeforeResult);
    DevServerOptions options;
    options.updatedBeforeResult = updatedBeforeResult;
    startServer(options);
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    connectToServer();
    QCOMPARE(m_controller->serverVersion(), QStringLiteral("7.4.0"));
    QVERIFY(!m_controller->serverHasLdap());
    QCOMPARE(m_controller->server(), ServerAddress::parse(serverUrl()));

    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    QCOMPARE(
        m_states,
        (QList<State> { State::CheckingServer, State::Ready, State::SigningIn, State::SignedIn }));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(!m_controller->error().isError());
    QVERIFY(m_controller->errorMessage().isEmpty());

    const SignedInUser user = m_controller->user();
    QCOMPARE(user.account.userId, m_server->users().findByUsername(QStringLiteral("alice"))->id);
    QCOMPARE(user.account.username, QStringLiteral("alice"));
    QCOMPARE(user.account.displayName, QStringLiteral("Alice Liddell"));
    QCOMPARE(user.loginType, QStringLiteral("password"));
    QCOMPARE(user.account.server, ServerAddress::parse(serverUrl()));
    QCOMPARE(user.token.size(), 43);
    QCOMPARE(m_server->users().userIdForToken(user.token), user.account.userId);
    QCOMPARE(user.account.tokenExpires.timeSpec(), Qt::UTC);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(user.account.tokenExpires);
    const qint64 ninetyDays = qint64(90) * 24 * 3600 * 1000;
    QVERIFY2(lifetime > ninetyDays - 60000 && lifetime <= ninetyDays,
             qPrintable(QString::number(lifetime)));
}

void TestSignInController::digestAndSelectorOnTheWire_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("user name") << QStringLiteral("alice") << QStringLiteral("username")
                               << QStringLiteral("alice");
    QTest::newRow("e-mail address")
        << QStringLiteral("alice@example.com") << QStringLiteral("email")
        << QStringLiteral("alice@example.com");
    QTest::newRow("white space around")
        << QStringLiteral("  alice ") << QStringLiteral("username") << QStringLiteral("alice");
}

void TestSignInController::digestAndSelectorOnTheWire()
{
    QFETCH(QString, identifier);
    QFETCH(QString, key);
    QFETCH(QString, value);
    startServer();
    connectToServer();
    signInAndWait(identifier, QStringLiteral("wonderland"), State::SignedIn);

    const QList<QJsonObject> logins = methodCalls(QStringLiteral("login"));
    QCOMPARE(logins.size(), 1);
    const QJsonArray params = logins.first().value(u"params").toArray();
    QCOMPARE(params.size(), 1);
    QCOMPARE(compact(params.first().toObject()),
             compact(passwordRequest(key, value, QStringLiteral("wonderland"))));
    const QString digest
        = params.first().toObject().value(u"password").toObject().value(u"digest").toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(digest).hasMatch());
    // The plaintext never travels.
    for (const Frame &frame : std::as_const(m_frames))
        QVERIFY2(!frame.raw.contains(QStringLiteral("wonderland")), qPrintable(frame.raw));
}

void TestSignInController::passwordIsHashedAsUtf8()
{
    startServer();
    const QString password = QStringLiteral("p\u00e4ssw\u00f6rd \u2713");
    UserAccount zoe;
    zoe.username = QStringLiteral("zoe");
    zoe.passwordDigest = QString::fromLatin1(
        QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
    zoe.emails = { { QStringLiteral("zoe@example.com"), true } };
    m_server->users().addUser(zoe);
    connectToServer();
    signInAndWait(QStringLiteral("zoe"), password, State::SignedIn);
    QCOMPARE(lastLoginParams().value(u"password").toObject().value(u"digest").toString(),
             zoe.passwordDigest);
    // No name: the user name.
    QCOMPARE(m_controller->user().account.displayName, QStringLiteral("zoe"));
}

void TestSignInController::ldap_data()
{
    QTest::addColumn<bool>("serverLdap");
    QTest::addColumn<bool>("chosen");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("loginType");
    QTest::newRow("server has LDAP, directory user")
        << true << false << QStringLiteral("erin") << QStringLiteral("directory")
        << QStringLiteral("ldap");
    QTest::newRow("server has LDAP, local user falls back")
        << true << false << QStringLiteral("alice") << QStringLiteral("wonderland")
        << QStringLiteral("password");
    QTest::newRow("chosen by the person")
        << false << true << QStringLiteral("alice") << QStringLiteral("wonderland")
        << QStringLiteral("password");
}

void TestSignInController::ldap()
{
    QFETCH(bool, serverLdap);
    QFETCH(bool, chosen);
    QFETCH(QString, identifier);
    QFETCH(QString, password);
    QFETCH(QString, loginType);
    DevServerOptions options;
    options.ldapEnabled = serverLdap;
    startServer(options);
    connectToServer();
    QCOMPARE(m_controller->serverHasLdap(), serverLdap);
    m_controller->signIn(identifier, password, chosen);
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QCOMPARE(compact(lastLoginParams()), compact(ldapRequest(identifier, password)));
    QCOMPARE(m_controller->user().loginType, loginType);
    QCOMPARE(m_controller->user().account.username, identifier);
}

// ---- Two-factor -----------------------------------------------------------------------------

void TestSignInController::totpTwoFactor()
{
    startServer();
    connectToServer();
    signInAndWait(QStringLiteral("bob"), QStringLiteral("builder"), State::TwoFactorRequired);
    QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::Totp);
    QVERIFY(m_controller->twoFactorEmailHint().isEmpty());
    QVERIFY(!m_controller->error().isError()); // being asked is not an error
    const QJsonObject original = lastLoginParams();
    QCOMPARE(compact(original),
             compact(passwordRequest(QStringLiteral("username"), QStringLiteral("bob"),
                                     QStringLiteral("builder"))));

    // A wrong code: asked again, with the error.
    QString wrong = QStringLiteral("000000");
    if (Totp::verify(UserDirectory::demoTotpSecret(), wrong))
        wrong = QStringLiteral("999999");
    m_controller->submitTwoFactorCode(wrong);
    QCOMPARE(m_controller->state(), State::SigningIn);
    QTRY_COMPARE(m_controller->state(), State::TwoFactorRequired);
    QCOMPARE(m_controller->error().kind(), Kind::TwoFactorInvalid);
    QCOMPARE(m_controller->errorMessage(), m_controller->error().message());

    const QString code = Totp::codeForSecret(UserDirectory::demoTotpSecret());
    m_controller->submitTwoFactorCode(code);
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(!m_controller->error().isError());
    QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::None);
    // The retry wraps the original request.
    const QJsonObject retry = lastLoginParams();
    QCOMPARE(compact(retry),
             compact(QJsonObject { { QStringLiteral("totp"),
                                     QJsonObject { { QStringLiteral("login"), original },
                                                   { QStringLiteral("code"), code } } } }));
    QCOMPARE(m_controller->user().account.username, QStringLiteral("bob"));
    QCOMPARE(m_states,
             (QList<State> { State::CheckingServer, State::Ready, State::SigningIn,
                             State::TwoFactorRequired, State::SigningIn, State::TwoFactorRequired,
                             State::SigningIn, State::SignedIn }));
}

void TestSignInController::emailTwoFactor()
{
    startServer();
    QSignalSpy codes(m_server.get(), &DevServer::emailCodeIssued);
    QSignalSpy requested(m_controller.get(), &SignInController::emailCodeRequested);
    connectToServer();
    signInAndWait(QStringLiteral("carol"), QStringLiteral("caroline"), State::TwoFactorRequired);
    QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::Email);
    QCOMPARE(m_controller->twoFactorEmailHint(), QStringLiteral("carol"));
    QCOMPARE(codes.size(), 1);

    // A wrong code.
    QString wrong = codes.last().at(1).toString();
    wrong[0] = wrong.at(0) == u'1' ? u'2' : u'1';
    m_controller->submitTwoFactorCode(wrong);
    QTRY_COMPARE(m_controller->state(), State::TwoFactorRequired);
    QCOMPARE(m_controller->error().kind(), Kind::TwoFactorInvalid);

    // "Send a new code" asks the server over REST.
    m_controller->requestNewEmailCode();
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.last().at(0).toString(), QStringLiteral("carol"));
    QCOMPARE(m_controller->state(), State::TwoFactorRequired);

    m_controller->submitTwoFactorCode(codes.last().at(1).toString());
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QCOMPARE(m_controller->user().account.username, QStringLiteral("carol"));
    QCOMPARE(m_controller->user().account.displayName, QStringLiteral("Carol Danvers"));
}

void TestSignInController::twoFactorRequestExpires_data()
{
    QTest::addColumn<bool>("ldap");
    QTest::newRow("digest") << false;
    QTest::newRow("LDAP password") << true;
}

// The request kept for the code (the digest, or the LDAP password itself) lives only so long
// without a code: then it is gone, the person signs in again, and a late code sends nothing.
void TestSignInController::twoFactorRequestExpires()
{
    QFETCH(bool, ldap);
    startServer();
    SignInControllerPrivate *d = SignInControllerPrivate::get(*m_controller);
    d->setTwoFactorExpiryMs(400);
    connectToServer();
    m_controller->signIn(QStringLiteral("bob"), QStringLiteral("builder"), ldap);
    QTRY_COMPARE(m_controller->state(), State::TwoFactorRequired);
    QVERIFY(d->holdsTwoFactorRequest());
    QCOMPARE(lastLoginParams().contains(QStringLiteral("ldapPass")), ldap);

    QTRY_COMPARE(m_controller->state(), State::Ready);
    QVERIFY(!d->holdsTwoFactorRequest());
    QCOMPARE(m_controller->error().kind(), Kind::TwoFactorRequired);
    QVERIFY(!m_controller->notice().isEmpty());
    QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::None);

    const qsizetype logins = methodCalls(QStringLiteral("login")).size();
    m_controller->submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
    QTest::qWait(200); // nothing may go out; not a timed assertion of the product
    QCOMPARE(methodCalls(QStringLiteral("login")).size(), logins);
    QCOMPARE(m_controller->state(), State::Ready);

    // Signing in again works as ever, and the notice goes.
    m_controller->signIn(QStringLiteral("bob"), QStringLiteral("builder"), ldap);
    QVERIFY(m_controller->notice().isEmpty());
    QTRY_COMPARE(m_controller->state(), State::TwoFactorRequired);
    m_controller->submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(!d->holdsTwoFactorRequest());
}

// Success, cancel, failure, leaving: the request goes each time.
void TestSignInController::twoFactorRequestGoesAtEveryEnd()
{
    startServer();
    SignInControllerPrivate *d = SignInControllerPrivate::get(*m_controller);
    connectToServer();
    const auto challenge = [&] {
        signInAndWait(QStringLiteral("bob"), QStringLiteral("builder"), State::TwoFactorRequired);
        QVERIFY(d->holdsTwoFactorRequest());
    };

    challenge(); // cancel
    m_controller->cancel();
    QVERIFY(!d->holdsTwoFactorRequest());

    challenge(); // failure: the account is gone meanwhile
    const QString bobId = m_server->users().findByUsername(QStringLiteral("bob"))->id;
    const UserAccount bob = *m_server->users().user(bobId);
    QVERIFY(m_server->users().removeUser(bobId));
    m_controller->submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QVERIFY(m_controller->error().isError());
    QVERIFY(!d->holdsTwoFactorRequest());
    m_server->users().addUser(bob);

    challenge(); // leaving: another server
    m_controller->setServer(QString());
    QVERIFY(!d->holdsTwoFactorRequest());

    connectToServer();
    challenge(); // success
    m_controller->submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(!d->holdsTwoFactorRequest());
}

void TestSignInController::emailCodeAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("transportOk");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("detail");

    const auto row = [](const char *name, int status, const QByteArray &body, bool ok, Kind kind,
                        qint64 retryAfterMs, const QString &detail) {
        QTest::newRow(name) << status << body << ok << int(kind) << retryAfterMs << detail;
    };
    row("sent", 200, R"({"success":true})", true, Kind::None, 0, {});
    row("no answer", 0, {}, false, Kind::ServerUnreachable, 0, QStringLiteral("refused"));
    row("server error", 502, "<html>", false, Kind::ServerUnreachable, 0,
        QStringLiteral("refused"));
    // The REST rate limiter: its details, else the wait its message names, else none.
    row("rate limited", 429,
        R"({"success":false,"error":"Error, too many requests. Please slow down. You must wait 7 )"
        R"(seconds before trying again. [error-too-many-requests]","errorType":)"
        R"("error-too-many-requests","details":{"timeToReset":6512}})",
        false, Kind::RateLimited, 6512, {});
    row("rate limited by message", 400,
        R"({"success":false,"error":"You must wait 7 seconds before trying again.",)"
        R"("errorType":"error-too-many-requests"})",
        false, Kind::RateLimited, 7000, {});
    row("rate limited without a wait", 429, {}, false, Kind::RateLimited, 0, {});
    row("refused", 400,
        R"({"success":false,"error":"emailOrUsername is required [error-parameter-required]",)"
        R"("errorType":"error-parameter-required"})",
        false, Kind::ServerError, 0,
        QStringLiteral("emailOrUsername is required [error-parameter-required]"));
    row("refused without words", 403, {}, false, Kind::ServerError, 0, QStringLiteral("HTTP 403"));
    row("not a success", 200, R"({"success":false})", true, Kind::ServerError, 0,
        QStringLiteral("HTTP 200"));
    // Hostile numbers: a day at most, never converted unchecked.
    const qint64 day = qint64(24) * 60 * 60 * 1000;
    row("rate limited for 1e300 ms", 429,
        R"({"success":false,"errorType":"error-too-many-requests","details":{"timeToReset":1e300}})",
        false, Kind::RateLimited, day, {});
    row("rate limited for 9223372036854775 s", 429,
        R"({"success":false,"error":"You must wait 9223372036854775 seconds before trying )"
        R"(again.","errorType":"error-too-many-requests"})",
        false, Kind::RateLimited, day, {});
}

void TestSignInController::emailCodeAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, transportOk);
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, detail);
    const SignInError error
        = EmailCodeRequest::interpret(status, body, transportOk, QStringLiteral("refused"));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.retryAfterMs(), retryAfterMs);
    QCOMPARE(error.detail(), detail);
}

// The e-mail code request follows no redirect to another origin: the request (and the name in
// it) does not go there, and the person reads where the server moved to.
void TestSignInController::emailCodeRequestRedirect_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    const quint16 closed = TestServers::closedPort();
    QTest::newRow("another host") << QStringLiteral("http://127.0.0.2:%1/api/v1/x?u=1").arg(closed)
                                  << int(Kind::ServerMoved)
                                  << QStringLiteral("http://127.0.0.2:%1").arg(closed);
    QTest::newRow("same origin") << QStringLiteral("/api/v1/moved.sendEmailCode") << int(Kind::None)
                                 << QString();
}

void TestSignInController::emailCodeRequestRedirect()
{
    QFETCH(QString, location);
    QFETCH(int, kind);
    QFETCH(QString, detail);
    QHttpServer http;
    int sent = 0;
    http.route(QStringLiteral("/api/v1/users.2fa.sendEmailCode"), [location] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
        response.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
        return response;
    });
    http.route(QStringLiteral("/api/v1/moved.sendEmailCode"), [&sent] {
        ++sent;
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral("{\"success\":true}"));
    });
    auto *tcp = new QTcpServer(&http);
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    http.bind(tcp);

    QNetworkAccessManager network;
    EmailCodeRequest request(&network);
    QSignalSpy finished(&request, &EmailCodeRequest::finished);
    QVERIFY(request.start(
        ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort())),
        QStringLiteral("carol"), 5000));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const SignInError error = finished.first().first().value<SignInError>();
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.detail(), detail);
    QCOMPARE(sent, kind == int(Kind::None) ? 1 : 0);
    QVERIFY(!request.isRunning());
}

void TestSignInController::emailTwoFactorMaxAttempts()
{
    DevServerOptions options;
    options.emailCodeMaxAttempts = 2;
    startServer(options);
    QSignalSpy codes(m_server.get(), &DevServer::emailCodeIssued);
    connectToServer();
    signInAndWait(QStringLiteral("carol"), QStringLiteral("caroline"), State::TwoFactorRequired);
    QString wrong = codes.last().at(1).toString();
    wrong[0] = wrong.at(0) == u'1' ? u'2' : u'1';
    m_controller->submitTwoFactorCode(wrong);
    QTRY_COMPARE(m_controller->state(), State::TwoFactorRequired);
    QCOMPARE(m_controller->error().kind(), Kind::TwoFactorInvalid);
    m_controller->submitTwoFactorCode(wrong);
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::TwoFactorMaxAttempts);
    QCOMPARE(ExitCode::of(m_controller->error()), 4);
    QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::None);
    // Nothing left to answer.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignored while")));
    m_controller->submitTwoFactorCode(codes.last().at(1).toString());
    QCOMPARE(m_controller->state(), State::Ready);
}

// ---- Failures -------------------------------------------------------------------------------

void TestSignInController::accountErrors_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("blockUserAfter"); // 0: no blocking
    QTest::addColumn<int>("blockIpAfter");
    QTest::addColumn<QString>("before"); // a user name to fail with first
    QTest::addColumn<Kind>("kind");
    QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("nope") << 0 << 0
                                    << QString() << Kind::WrongCredentials;
    QTest::newRow("unknown user") << QStringLiteral("zed") << QStringLiteral("x") << 0 << 0
                                  << QString() << Kind::WrongCredentials;
    QTest::newRow("unknown address") << QStringLiteral("zed@example.com") << QStringLiteral("x")
                                     << 0 << 0 << QString() << Kind::WrongCredentials;
    QTest::newRow("deactivated") << QStringLiteral("dave") << QStringLiteral("deactivated") << 0
                                 << 0 << QString() << Kind::AccountDeactivated;
    QTest::newRow("app user") << QStringLiteral("appy") << QStringLiteral("secret") << 0 << 0
                              << QString() << Kind::AppUserNotAllowed;
    QTest::newRow("no roles") << QStringLiteral("norole") << QStringLiteral("secret") << 0 << 0
                              << QString() << Kind::NoRoles;
    QTest::newRow("unverified e-mail") << QStringLiteral("unverified") << QStringLiteral("secret")
                                       << 0 << 0 << QString() << Kind::EmailNotVerified;
    QTest::newRow("blocked for user")
        << QStringLiteral("alice") << QStringLiteral("wonderland") << 1 << 100
        << QStringLiteral("alice") << Kind::BlockedForUser;
    QTest::newRow("blocked for IP") << QStringLiteral("alice") << QStringLiteral("wonderland")
                                    << 100 << 1 << QStringLiteral("zed") << Kind::BlockedForIp;
}

void TestSignInController::accountErrors()
{
    QFETCH(QString, identifier);
    QFETCH(QString, password);
    QFETCH(int, blockUserAfter);
    QFETCH(int, blockIpAfter);
    QFETCH(QString, before);
    QFETCH(Kind, kind);
    DevServerOptions options;
    options.blockFailedLogins = blockUserAfter > 0;
    options.blockUserAfterFailures = blockUserAfter;
    options.blockIpAfterFailures = blockIpAfter;
    startServer(options);
    addTestUser(QStringLiteral("appy"), [](UserAccount &u) { u.type = QStringLiteral("app"); });
    addTestUser(QStringLiteral("norole"), [](UserAccount &u) { u.roles.clear(); });
    addTestUser(QStringLiteral("unverified"),
                [](UserAccount &u) { u.emails.first().verified = false; });
    connectToServer();
    if (!before.isEmpty()) {
        signInAndWait(before, QStringLiteral("wrong"), State::Ready);
        QCOMPARE(m_controller->error().kind(), Kind::WrongCredentials);
    }

    QSignalSpy errorChanged(m_controller.get(), &SignInController::errorChanged);
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    m_controller->signIn(identifier, password);
    QCOMPARE(m_controller->state(), State::SigningIn);
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QCOMPARE(m_controller->error().kind(), kind);
    QVERIFY(!m_controller->errorMessage().isEmpty());
    QCOMPARE(m_controller->errorMessage(), m_controller->error().message());
    QVERIFY(errorChanged.size() >= 1);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(m_controller->user().account.userId.isEmpty());
    QVERIFY(m_controller->user().token.isEmpty());
}

void TestSignInController::rateLimitCountsDown()
{
    DevServerOptions options;
    options.loginRateLimitCalls = 1;
    options.loginRateLimitWindowMs = 2500;
    startServer(options);
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("nope"), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::WrongCredentials);

    QSignalSpy seconds(m_controller.get(), &SignInController::rateLimitSecondsLeftChanged);
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::RateLimited);
    QCOMPARE(ExitCode::of(m_controller->error()), 6);
    QVERIFY(m_controller->error().retryAfterMs() > 0);
    const int first = m_controller->rateLimitSecondsLeft();
    QVERIFY2(first >= 2 && first <= 3, qPrintable(QString::number(first)));
    QTRY_VERIFY(m_controller->rateLimitSecondsLeft() < first);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->rateLimitSecondsLeft(), 0, 5000);
    // Once a second, down to 0, never up.
    QVERIFY(seconds.size() >= 3);
    for (qsizetype i = 1; i < seconds.size(); ++i)
        QCOMPARE(seconds.at(i).at(0).toInt(), seconds.at(i - 1).at(0).toInt() - 1);
    QCOMPARE(seconds.last().at(0).toInt(), 0);

    // The wait is over: signing in works again.
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
}

void TestSignInController::serverUnreachable()
{
    const quint16 port = TestServers::closedPort();
    QVERIFY(port != 0);
    m_controller->setServer(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QTRY_COMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::ServerUnreachable);
    QCOMPARE(ExitCode::of(m_controller->error()), 5);
    QCOMPARE(m_states, (QList<State> { State::CheckingServer, State::Failed }));
    // No reconnecting for ever to a server that is not there.
    QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Disconnected);

    // Retrying: the same again.
    m_controller->checkServerNow();
    QCOMPARE(m_controller->state(), State::CheckingServer);
    QTRY_COMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::ServerUnreachable);
}

void TestSignInController::notRocketChat_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("404 everywhere") << 404 << QByteArrayLiteral("<h1>Not Found</h1>");
    QTest::newRow("a web site") << 200 << QByteArrayLiteral("<html><body>Hi</body></html>");
}

void TestSignInController::notRocketChat()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    TestServers::PlainHttpServer server([=] {
        return QHttpServerResponse(QByteArrayLiteral("text/html"), body,
                                   QHttpServerResponse::StatusCode(status));
    });
    // Whether Qt's note about the refused WebSocket upgrade comes depends on which half of the
    // check fails first; it is not what this test is about.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver.warning=false"));
    auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    m_controller->setServer(server.url());
    QTRY_COMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::NotRocketChat);
    QCOMPARE(ExitCode::of(m_controller->error()), 5);
}

void TestSignInController::serverVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<State>("state");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("5.4.2") << QStringLiteral("5.4.2") << State::Failed << Kind::ServerTooOld;
    QTest::newRow("3.18.7") << QStringLiteral("3.18.7") << State::Failed << Kind::ServerTooOld;
    QTest::newRow("minimum") << ServerVersion::minimum() << State::Ready << Kind::None;
    QTest::newRow("6.10.0 (numeric, not text)")
        << QStringLiteral("6.10.0") << State::Ready << Kind::None;
}

void TestSignInController::serverVersion()
{
    QFETCH(QString, version);
    QFETCH(State, state);
    QFETCH(Kind, kind);
    DevServerOptions options;
    options.serverVersion = version;
    startServer(options);
    m_controller->setServer(serverUrl());
    QTRY_COMPARE(m_controller->state(), state);
    QCOMPARE(m_controller->error().kind(), kind);
    QCOMPARE(m_controller->serverVersion(), version);
    if (kind == Kind::ServerTooOld) {
        QVERIFY(m_controller->errorMessage().contains(version));
        // Credentials are never sent to a server we refuse.
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QVERIFY(methodCalls(QStringLiteral("login")).isEmpty());
    }
}

void TestSignInController::protocolVersionFailed()
{
    DevServerOptions options;
    options.ddpVersions = { QStringLiteral("2") };
    startServer(options);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no common DDP version")));
    m_controller->setServer(serverUrl());
    QTRY_COMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::ProtocolVersion);
    QVERIFY(m_controller->errorMessage().contains(QStringLiteral("2")));
}

void TestSignInController::untrustedCertificate()
{
    TestServers::UntrustedTlsServer server;
    QVERIFY(server.isListening());
    m_controller->setServer(server.url());
    QTRY_COMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::TlsUntrusted);
    QCOMPARE(ExitCode::of(m_controller->error()), 5);
}

void TestSignInController::signInTimesOut()
{
    DevServerOptions options;
    options.ignoreLogin = true;
    startServer(options);
    m_controller->setSignInTimeoutMs(300);
    connectToServer();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("login.*timed out")));
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::Timeout);
    QCOMPARE(ExitCode::of(m_controller->error()), 5);
}

void TestSignInController::connectionDropsDuringSignIn()
{
    startServer();
    connectToServer();
    // The server goes away right when the login arrives.
    connect(m_server.get(), &DevServer::frameReceived, this, [this](int, const QJsonObject &frame) {
        if (frame.value(u"method").toString() == u"login")
            QMetaObject::invokeMethod(m_server.get(), &DevServer::abortAllSessions,
                                      Qt::QueuedConnection);
    });
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::ConnectionLost);
    QVERIFY(m_controller->error().isTransient());
    QCOMPARE(ExitCode::of(m_controller->error()), 5);
    // The connection comes back by itself.
    m_server->disconnect(this);
    QTRY_COMPARE(m_controller->connection()->state(), DdpConnection::State::Connected);
}

void TestSignInController::cancelWhileSigningIn()
{
    DevServerOptions options;
    options.ignoreLogin = true;
    startServer(options);
    connectToServer();
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QCOMPARE(m_controller->state(), State::SigningIn);
    m_controller->cancel();
    QCOMPARE(m_controller->state(), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::Cancelled);
    QCOMPARE(ExitCode::of(m_controller->error()), 1);
}

void TestSignInController::cancelledSuccessIsSignedOut()
{
    DevServerOptions options;
    options.frameDelayMs = 100;
    startServer(options);
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    connectToServer();
    const QString alice = m_server->users().findByUsername(QStringLiteral("alice"))->id;
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    m_controller->cancel();
    QCOMPARE(m_controller->state(), State::Ready);
    // The login went out; its success arrives after the cancel and is undone at once.
    QTRY_COMPARE(methodCalls(QStringLiteral("logout")).size(), 1);
    QTRY_COMPARE(m_server->users().tokenCount(alice), 0);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(!m_states.contains(State::SignedIn));
    QCOMPARE(m_controller->state(), State::Ready);
    QVERIFY(m_controller->user().token.isEmpty());
}

void TestSignInController::cancelThenSignInAgain()
{
    DevServerOptions options;
    options.frameDelayMs = 100;
    startServer(options);
    connectToServer();
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("nope"));
    m_controller->cancel();
    // A new sign-in right away: the answer to the cancelled one is not taken for it.
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QCOMPARE(methodCalls(QStringLiteral("login")).size(), 2);

    // A cancelled sign-in that succeeds later does not sign the newer one out.
    m_controller->signOut();
    QTRY_COMPARE(methodCalls(QStringLiteral("logout")).size(), 1);
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    m_controller->cancel();
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    const QString token = m_controller->user().token;
    QTRY_COMPARE(methodCalls(QStringLiteral("login")).size(), 4);
    QVERIFY(!m_server->users().userIdForToken(token).isEmpty());
    QCOMPARE(methodCalls(QStringLiteral("logout")).size(), 1);
}

void TestSignInController::cancelWhileChecking()
{
    DevServerOptions options;
    options.frameDelayMs = 100;
    startServer(options);
    // A sign-in waiting for the check is dropped; the check goes on.
    m_controller->setServer(serverUrl());
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QCOMPARE(m_controller->state(), State::CheckingServer);
    m_controller->cancel();
    QCOMPARE(m_controller->error().kind(), Kind::Cancelled);
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QVERIFY(methodCalls(QStringLiteral("login")).isEmpty());

    // Without a sign-in waiting, cancel stops the check.
    m_controller->checkServerNow();
    QCOMPARE(m_controller->state(), State::CheckingServer);
    m_controller->cancel();
    QCOMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::Cancelled);
    QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Disconnected);
}

void TestSignInController::signOut()
{
    startServer();
    QSignalSpy signedOut(m_controller.get(), &SignInController::signedOut);
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    const QString token = m_controller->user().token;
    QVERIFY(!m_server->users().userIdForToken(token).isEmpty());

    m_controller->signOut();
    QCOMPARE(m_controller->state(), State::Ready);
    QVERIFY(m_controller->user().token.isEmpty());
    QVERIFY(m_controller->user().account.userId.isEmpty());
    QTRY_COMPARE(signedOut.size(), 1);
    QCOMPARE(methodCalls(QStringLiteral("logout")).size(), 1);
    QCOMPARE(methodCalls(QStringLiteral("logout")).first().value(u"params").toArray(),
             QJsonArray());
    QVERIFY(m_server->users().userIdForToken(token).isEmpty()); // the server forgot it
    // Signing in again works on the same connection.
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
}

void TestSignInController::signOutBetweenConnections()
{
    startServer();
    QSignalSpy signedOut(m_controller.get(), &SignInController::signedOut);
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    const QString token = m_controller->user().token;
    m_server->abortAllSessions();
    QTRY_VERIFY(m_controller->connection()->state() != DdpConnection::State::Connected);
    m_controller->signOut();
    QCOMPARE(m_controller->state(), State::Ready);
    // On the next connection: signed in again with the token, then signed out for real.
    QTRY_COMPARE(signedOut.size(), 1);
    QVERIFY(m_server->users().userIdForToken(token).isEmpty());
}

void TestSignInController::sessionResumesAfterDrop()
{
    startServer();
    QSignalSpy signedOut(m_controller.get(), &SignInController::signedOut);
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    const SignedInUser user = m_controller->user();
    m_states.clear();
    m_server->abortAllSessions();
    // The new session is signed in with the token, pipelined with `connect`.
    QTRY_VERIFY(m_frames.size() >= 2 && m_frames.last().session == 2);
    QTRY_COMPARE(m_controller->connection()->state(), DdpConnection::State::Connected);
    QList<Frame> second;
    for (const Frame &f : std::as_const(m_frames))
        if (f.session == 2)
            second.append(f);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QCOMPARE(compact(second.at(1).frame.value(u"params").toArray().first().toObject()),
             compact(QJsonObject { { QStringLiteral("resume"), user.token } }));
    QTRY_COMPARE(m_server->sessionCount(), 1);
    QCOMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(m_states.isEmpty());
    QCOMPARE(m_controller->user().token, user.token);
    QCOMPARE(signedOut.size(), 0);
}

void TestSignInController::revokedSessionSignsOut()
{
    startServer();
    QSignalSpy signedOut(m_controller.get(), &SignInController::signedOut);
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    // Signed out elsewhere: the server closes the session, the resume on the next one fails.
    QVERIFY(m_server->users().revokeToken(m_controller->user().token));
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(m_controller->user().token.isEmpty());
}

// ---- Timing: the check while typing, one round trip for Sign in ----------------------------

void TestSignInController::typingDebounceOpensConnectionEarly()
{
    startServer();
    QSignalSpy sessions(m_server.get(), &DevServer::sessionOpened);
    SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(150);
    // Typing the last characters of the address, faster than the pause.
    const QString url = serverUrl();
    for (qsizetype length = url.size() - 3; length <= url.size(); ++length) {
        m_controller->setServer(url.left(length));
        QCOMPARE(m_controller->state(), State::CheckingServer);
    }
    QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Disconnected);
    QCOMPARE(sessions.size(), 0);
    // After the pause, without pressing Sign in: the check, and a connection that stays open.
    QTRY_COMPARE(m_controller->state(), State::Ready);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Connected);
    QCOMPARE(m_controller->connection()->address(), ServerAddress::parse(url));
    // The same address again (a trailing slash) changes nothing.
    m_controller->setServer(url + u'/');
    QCOMPARE(m_controller->state(), State::Ready);
    QCOMPARE(sessions.size(), 1);
}

void TestSignInController::signInCostsOneRoundTrip()
{
    DevServerOptions options;
    options.frameDelayMs = 50; // every answer, HTTP included, takes a "round trip"
    startServer(options);
    QSignalSpy http(m_server.get(), &DevServer::httpRequestReceived);
    connectToServer();
    // The check: /api/info and the settings, in parallel with the handshake.
    QCOMPARE(http.size(), 2);
    const qsizetype before = m_frames.size();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    // One frame out (the login), its answers back: nothing else was waited for.
    QCOMPARE(m_frames.size() - before, qsizetype(1));
    QCOMPARE(m_frames.last().frame.value(u"method").toString(), QStringLiteral("login"));
    QCOMPARE(http.size(), 2);
}

void TestSignInController::signInWhileCheckingWaitsForCheck()
{
    DevServerOptions options;
    options.frameDelayMs = 50;
    startServer(options);
    m_controller->setServer(serverUrl());
    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QCOMPARE(m_controller->state(), State::CheckingServer);
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    QCOMPARE(m_states, (QList<State> { State::CheckingServer, State::SigningIn, State::SignedIn }));
    // connect, then the login as soon as the check passed.
    QCOMPARE(m_frames.size(), qsizetype(2));
    QCOMPARE(m_frames.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QCOMPARE(m_frames.at(1).frame.value(u"method").toString(), QStringLiteral("login"));
}

// ---- Input ----------------------------------------------------------------------------------

void TestSignInController::invalidAddress()
{
    QSignalSpy problems(m_controller.get(), &SignInController::addressProblemChanged);
    m_controller->setServer(QStringLiteral("ftp://chat.example.com"));
    QCOMPARE(m_controller->state(), State::Idle);
    QVERIFY(!m_controller->addressProblem().isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Disconnected);

    m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QCOMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::InvalidAddress);
    QCOMPARE(m_controller->errorMessage(), m_controller->addressProblem());

    m_controller->setServer(QString());
    QCOMPARE(m_controller->state(), State::Idle);
    QVERIFY(m_controller->addressProblem().isEmpty());
    QCOMPARE(problems.size(), 2);
    m_controller->checkServerNow();
    QCOMPARE(m_controller->state(), State::Failed);
    QCOMPARE(m_controller->error().kind(), Kind::InvalidAddress);
    QVERIFY(!m_controller->errorMessage().isEmpty());
}

void TestSignInController::emptyIdentifier()
{
    startServer();
    connectToServer();
    m_controller->signIn(QStringLiteral("  "), QStringLiteral("x"));
    QCOMPARE(m_controller->state(), State::Ready);
    QCOMPARE(m_controller->error().kind(), Kind::WrongCredentials);
    QVERIFY(methodCalls(QStringLiteral("login")).isEmpty());
}

void TestSignInController::secretsNeverLogged()
{
    LogCapture log(QStringLiteral("liftoff.*=true"), LogCapture::PassOn::AllButDebug);

    startServer();
    connectToServer();
    signInAndWait(QStringLiteral("alice"), QStringLiteral("wonderland"), State::SignedIn);
    const QString aliceToken = m_controller->user().token;
    m_controller->signOut();
    QTRY_COMPARE(m_controller->state(), State::Ready);
    signInAndWait(QStringLiteral("bob"), QStringLiteral("builder"), State::TwoFactorRequired);
    const QString code = Totp::codeForSecret(UserDirectory::demoTotpSecret());
    m_controller->submitTwoFactorCode(code);
    QTRY_COMPARE(m_controller->state(), State::SignedIn);
    const QString bobToken = m_controller->user().token;
    m_controller->signOut();
    m_controller->signIn(QStringLiteral("erin"), QStringLiteral("directory"), true);
    QTRY_COMPARE(m_controller->state(), State::Ready); // LDAP is off: erin has no password

    const QString captured = log.text();
    QVERIFY(captured.contains(QStringLiteral("\"login\""))); // frames were logged
    for (const QString &secret :
         { QStringLiteral("wonderland"), QStringLiteral("builder"), QStringLiteral("directory"),
           sha256Hex(QStringLiteral("wonderland")), sha256Hex(QStringLiteral("builder")),
           aliceToken, bobToken, QStringLiteral("\"code\":\"%1\"").arg(code) })
        QVERIFY2(!captured.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestSignInController)
#include "tst_signincontroller.moc"
