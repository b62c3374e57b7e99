#include "../shared/framerecorder.h"
#include "../shared/liftoffprocess.h"
#include "../shared/sessionfixture.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "totp.h"
#include "userdirectory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `liftoff login` in one round trip: the `login` frame goes out with `connect`, before the server
// has answered it, and the server check (/api/info, the public settings) runs beside it. Against
// an in-process dev server that delays everything it sends by D, so that "before `connected`"
// can be read off the server's clock: it cannot send `connected` earlier than D after `connect`
// arrived.
class TestLoginPipelining : public QObject
{
    Q_OBJECT

private:
    static constexpr int delayMs = 400;

    struct Arrival
    {
        int session;
        QJsonObject frame;
        qint64 atMs; // on m_clock
    };

    QString m_app;
    std::unique_ptr<DevServer> m_server;
    QElapsedTimer m_clock;
    QList<Arrival> m_arrivals;
    std::unique_ptr<QTemporaryDir> m_root; // one HOME for the runs of a test

    void startServer(bool ldap)
    {
        DevServerOptions options;
        options.frameDelayMs = delayMs;
        options.ldapEnabled = ldap;
        options.loginRateLimitCalls = 0;
        m_server = std::make_unique<DevServer>(options);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        m_arrivals.clear();
        connect(m_server.get(), &DevServer::frameReceived, this,
                [this](int session, const QJsonObject &frame) {
                    m_arrivals.append({ session, frame, m_clock.elapsed() });
                });
    }

    // `liftoff login --server <dev server> --username <name> --password-stdin <more>`.
    Run login(const QString &name, const QString &password, const QStringList &more = {})
    {
        return runProcess(m_app,
                          QStringList { QStringLiteral("login"), QStringLiteral("--server"),
                                        m_server->httpUrl().toString(),
                                        QStringLiteral("--username"), name,
                                        QStringLiteral("--password-stdin") }
                              + more,
                          environmentIn(m_root->path()), password.toUtf8() + '\n');
    }

    // The frames of the newest session, in the order they arrived.
    QList<Arrival> lastSession() const
    {
        QList<Arrival> frames;
        const int session = m_arrivals.isEmpty() ? 0 : m_arrivals.last().session;
        for (const Arrival &arrival : m_arrivals)
            if (arrival.session == session)
                frames.append(arrival);
        return frames;
    }

    static bool isLogin(const Arrival &arrival)
    {
        return arrival.frame.value(u"msg").toString() == u"method"
            && arrival.frame.value(u"method").toString() == u"login";
    }

    static QJsonObject loginParams(const Arrival &arrival)
    {
        return arrival.frame.value(u"params").toArray().first().toObject();
    }

    static QList<Arrival> logins(const QList<Arrival> &frames)
    {
        QList<Arrival> found;
        for (const Arrival &arrival : frames)
            if (isLogin(arrival))
                found.append(arrival);
        return found;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loginGoesOutWithConnect_data();
    void loginGoesOutWithConnect();
    void ldapRetryCostsOneRoundTrip();
    void ldapRetryKeepsItsShapeForTwoFactor();
    void serverRefusedAfterSignInIsSignedOut();
    void windowSignInBeforeTheCheckEnded();
    void cancelledPipelinedSuccessIsLoggedOut();
};

void TestLoginPipelining::initTestCase()
{
    m_app = qEnvironmentVariable("LIFTOFF_APP");
    if (m_app.isEmpty())
        QSKIP("LIFTOFF_APP is not set (run through ctest)");
    m_clock.start();
}

void TestLoginPipelining::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void TestLoginPipelining::cleanup()
{
    m_server.reset();
    m_root.reset();
}

// The transcript: `connect`, then `login` at once, before the server could have sent `connected`.
void TestLoginPipelining::loginGoesOutWithConnect_data()
{
    QTest::addColumn<bool>("serverLdap");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ldapOption");
    QTest::addColumn<bool>("rememberedFirst"); // an earlier check on this server, in this HOME
    QTest::addColumn<bool>("ldapShape");
    QTest::newRow("password account") << false << QStringLiteral("alice")
                                      << QStringLiteral("wonderland") << false << false << false;
    QTest::newRow("LDAP account, --ldap")
        << true << QStringLiteral("erin") << QStringLiteral("directory") << true << false << true;
    QTest::newRow("LDAP account, server remembered as LDAP")
        << true << QStringLiteral("erin") << QStringLiteral("directory") << false << true << true;
}

void TestLoginPipelining::loginGoesOutWithConnect()
{
    QFETCH(bool, serverLdap);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(bool, ldapOption);
    QFETCH(bool, rememberedFirst);
    QFETCH(bool, ldapShape);
    startServer(serverLdap);

    if (rememberedFirst) {
        // alice signs in first (kept: a run that keeps sessions remembers what its check found).
        // Her login goes out in the password shape: LDAP is not known here yet.
        const Run first = login(QStringLiteral("alice"), QStringLiteral("wonderland"));
        if (SessionFixture::hasPrivateSession())
            QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        else // no keychain to keep the session in: signed in all the same
            QVERIFY2(first.exitCode == 0 || first.exitCode == 7, qPrintable(describe(first)));
        const QList<Arrival> firstLogins = logins(lastSession());
        QCOMPARE(firstLogins.size(), 1);
        QVERIFY(loginParams(firstLogins.first()).contains(u"password"));
    }

    QStringList more;
    if (ldapOption)
        more << QStringLiteral("--ldap");
    if (!rememberedFirst)
        more << QStringLiteral("--no-store");
    const Run run = login(name, password, more);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(name), qPrintable(describe(run)));

    const QList<Arrival> frames = lastSession();
    QVERIFY(frames.size() >= 2);
    QCOMPARE(frames.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QVERIFY(isLogin(frames.at(1)));
    // The server sends `connected` delayMs after `connect` arrived at the earliest: the login was
    // there before that.
    const qint64 afterConnect = frames.at(1).atMs - frames.at(0).atMs;
    QVERIFY2(afterConnect < delayMs, qPrintable(QString::number(afterConnect)));
    // One login, in the shape the server wants.
    QCOMPARE(logins(frames).size(), 1);
    const QJsonObject params = loginParams(frames.at(1));
    QCOMPARE(params.value(u"ldap").toBool(), ldapShape);
    QCOMPARE(params.contains(u"password"), !ldapShape);
    QCOMPARE(params.value(u"username").toString(), ldapShape ? name : QString());
}

// An LDAP-only account on a server with LDAP on, without --ldap and nothing remembered: the
// password shape goes out first and is refused, the check says LDAP is on, and the LDAP shape
// follows once, one round trip later.
void TestLoginPipelining::ldapRetryCostsOneRoundTrip()
{
    startServer(true);
    const Run run = login(QStringLiteral("erin"), QStringLiteral("directory"),
                          { QStringLiteral("--no-store") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String("erin")), qPrintable(describe(run)));

    const QList<Arrival> frames = lastSession();
    QCOMPARE(frames.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    const QList<Arrival> sent = logins(frames);
    QCOMPARE(sent.size(), 2);
    QVERIFY(loginParams(sent.at(0)).contains(u"password"));
    QVERIFY(loginParams(sent.at(0)).value(u"password").toObject().contains(u"digest"));
    QCOMPARE(loginParams(sent.at(1)).value(u"ldap").toBool(), true);
    QCOMPARE(loginParams(sent.at(1)).value(u"username").toString(), QStringLiteral("erin"));
    // The first with `connect`; the retry after exactly one round trip (the refusal and the
    // check's answers all come D later), not two.
    QVERIFY2(sent.at(0).atMs - frames.at(0).atMs < delayMs,
             qPrintable(QString::number(sent.at(0).atMs - frames.at(0).atMs)));
    const qint64 retryAfter = sent.at(1).atMs - frames.at(0).atMs;
    QVERIFY2(retryAfter >= delayMs - 20 && retryAfter < 2 * delayMs,
             qPrintable(QString::number(retryAfter)));
    // One session: no second connection for the retry.
    for (const Arrival &arrival : std::as_const(m_arrivals))
        QCOMPARE(arrival.session, frames.at(0).session);
}

// Two-factor after the LDAP retry: the code goes with the request that got the challenge, the
// LDAP shape.
void TestLoginPipelining::ldapRetryKeepsItsShapeForTwoFactor()
{
    startServer(true);
    UserAccount frank;
    frank.username = QStringLiteral("frank");
    frank.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("directory"));
    frank.emails = { { QStringLiteral("frank@example.com"), true } };
    frank.ldap = true;
    frank.totpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
    m_server->users().addUser(frank);
    const Run run = login(QStringLiteral("frank"), QStringLiteral("directory"),
                          { QStringLiteral("--no-store"), QStringLiteral("--totp-code"),
                            Totp::codeForSecret(frank.totpSecret) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    const QList<Arrival> sent = logins(lastSession());
    QCOMPARE(sent.size(), 3);
    QVERIFY(loginParams(sent.at(0)).contains(u"password"));
    QCOMPARE(loginParams(sent.at(1)).value(u"ldap").toBool(), true);
    const QJsonObject totp = loginParams(sent.at(2)).value(u"totp").toObject();
    QCOMPARE(totp.value(u"login").toObject().value(u"ldap").toBool(), true);
    QCOMPARE(totp.value(u"login").toObject().value(u"username").toString(),
             QStringLiteral("frank"));
}

// A server the check refuses (too old) after the pipelined login succeeded: the check's verdict
// is reported, with its exit code, and that session is logged out again.
void TestLoginPipelining::serverRefusedAfterSignInIsSignedOut()
{
    startServer(false);
    m_server->options().serverVersion = QStringLiteral("3.18.7");
    const Run run = login(QStringLiteral("alice"), QStringLiteral("wonderland"),
                          { QStringLiteral("--no-store") });
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QLatin1String("3.18.7")), qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));

    const QList<Arrival> frames = lastSession();
    const QList<Arrival> sent = logins(frames);
    QCOMPARE(sent.size(), 1);
    // Whichever came first, the login's answer or the check's, the session it opened is logged
    // out before the command ends.
    QList<Arrival> logouts;
    for (const Arrival &arrival : frames)
        if (arrival.frame.value(u"method").toString() == u"logout")
            logouts.append(arrival);
    QCOMPARE(logouts.size(), 1);
    QVERIFY(logouts.first().atMs >= sent.first().atMs);
}

// The window, when Sign in comes before its check ended: the same first flight, and the state says
// CheckingServer until the check's verdict, then SigningIn.
void TestLoginPipelining::windowSignInBeforeTheCheckEnded()
{
    startServer(false);
    SignInController controller;
    SignInControllerPrivate::get(controller)->setServerCheckDelayMs(0);
    QList<SignInController::State> states;
    connect(&controller, &SignInController::stateChanged, this,
            [&states](SignInController::State state) { states.append(state); });
    controller.setServer(m_server->httpUrl().toString());
    controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QCOMPARE(controller.state(), SignInController::State::CheckingServer);
    QVERIFY(controller.signInPending());
    QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
    QCOMPARE(states,
             (QList<SignInController::State> { SignInController::State::CheckingServer,
                                               SignInController::State::SigningIn,
                                               SignInController::State::SignedIn }));
    const QList<Arrival> frames = lastSession();
    QCOMPARE(frames.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QVERIFY(isLogin(frames.at(1)));
    QVERIFY2(frames.at(1).atMs - frames.at(0).atMs < delayMs,
             qPrintable(QString::number(frames.at(1).atMs - frames.at(0).atMs)));
}

// Cancelled while the pipelined login is on its way: the check goes on (Ready after it), and the
// success that still comes is logged out.
void TestLoginPipelining::cancelledPipelinedSuccessIsLoggedOut()
{
    startServer(false);
    SignInController controller;
    SignInControllerPrivate::get(controller)->setServerCheckDelayMs(0);
    controller.setServer(m_server->httpUrl().toString());
    controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    QTRY_VERIFY(!logins(lastSession()).isEmpty()); // out, not answered yet (D = 400 ms)
    QCOMPARE(controller.state(), SignInController::State::CheckingServer);
    controller.cancel();
    QCOMPARE(controller.error().kind(), SignInError::Kind::Cancelled);
    QVERIFY(!controller.signInPending());
    QTRY_COMPARE(controller.state(), SignInController::State::Ready);
    const auto logouts = [this] {
        qsizetype count = 0;
        for (const Arrival &arrival : std::as_const(m_arrivals))
            if (arrival.frame.value(u"method").toString() == u"logout")
                ++count;
        return count;
    };
    QTRY_COMPARE(logouts(), qsizetype(1));
    QCOMPARE(controller.user().token, QString());
}

QTEST_GUILESS_MAIN(TestLoginPipelining)
#include "tst_loginpipelining.moc"
