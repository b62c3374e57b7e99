// The fault matrix: every fault of the network or the server that issue 6 names, (a) while a
// stored account resumes and (b) while a password sign-in runs with another account's session
// stored, ends in the outcome stated in README.md next to this file: the controller's state, the
// error's kind and its specific message, the stored token still in the keychain (read back), and,
// once the fault is gone, signed in again (by itself where the controller waits Offline). Then a
// few of the same faults through the real `liftoff` binary: its exit code and what it says.
//
// The real SignInController, KeychainTokenStore (the gnome-keyring of scripts/with-session.sh)
// and dev server (in-process, 127.0.0.1), its faults switched on through DevServerOptions.

#include "../shared/liftoffprocess.h"
#include "../shared/sessionfixture.h"
#include "../shared/testservers.h"
#include "auth/signincontroller_p.h"
#include "core/serveraddress.h"
#include "core/version.h"
#include "ddp/ddpconnection.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "userdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using State = SignInController::State;
using Kind = SignInError::Kind;
using SessionFixture::Launch;
using SessionFixture::readKeychain;

namespace {

enum class Fault {
    None,
    DropBeforeConnected, // the socket drops when `connect` arrives
    DropAfterLoginSent, // the socket drops when `login` arrives
    DropAfterResult, // the socket drops right after the login's `result`
    NeverAnswersLogin, // `login` never answered; the session is held behind it (as Meteor does)
    NeverAnswersHandshake, // TCP accepted, the WebSocket upgrade never answered
    ServerRestarts, // the server goes away and comes back on the same port
    GarbageFrame, // a text frame that is not JSON, after `connected`
    BinaryFrame, // a binary frame, after `connected`
    OversizedFrame, // a frame over the client's size limit
    NestedFrame, // arrays 1000 deep: valid JSON, within Qt's parser's limit (1024)
    NestedBeyondLimit, // arrays 100 000 deep: beyond the parser's limit
    VersionFailed, // `failed`: the server speaks only DDP "2"
    PingTimeout, // after `connected` the server never sends anything again
    DnsFailure, // a host name that does not resolve (.invalid)
    RefusedPort, // a port nobody listens on (just closed)
};

// Small enough to run the matrix in seconds, large enough not to fire by accident.
constexpr int checkTimeoutMs = 2000; // the server check's requests and the DDP handshake
constexpr int signInTimeoutMs = 2000; // `login`
constexpr int heartbeatMs = 300; // the client's ping interval and ping time-out
constexpr qint64 clientFrameLimit = 64 * 1024;
constexpr int oversizedBytes = 256 * 1024;

// What a fault needs besides the dev server: another address, or another server on its port.
const QString unresolvable = QStringLiteral("http://liftoff-faultmatrix.invalid:3000");

struct Stored
{
    QString key;
    QString token;
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<TestServers::SilentServer> m_silent;
    quint16 m_port = 0; // where m_server listens, or will listen once the fault is gone
    QString m_url; // the address the stored account or the sign-in uses

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("liftoff.conf")); }

    // The dev server, and the address the fault puts in front of it. Without a listening server
    // (refused port, silent server), m_server listens on m_port once the fault is gone.
    void startServer(Fault fault)
    {
        m_server = std::make_unique<DevServer>();
        switch (fault) {
        case Fault::RefusedPort:
            m_port = TestServers::closedPort();
            QVERIFY(m_port != 0);
            m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
            return;
        case Fault::NeverAnswersHandshake:
            m_silent = std::make_unique<TestServers::SilentServer>();
            QVERIFY(m_silent->isListening());
            m_port = m_silent->serverPort();
            m_url = m_silent->url();
            return;
        case Fault::DnsFailure:
            QVERIFY(m_server->listen(0));
            m_port = m_server->port();
            m_url = unresolvable;
            return;
        default:
            QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
            m_port = m_server->port();
            m_url = m_server->httpUrl().toString();
            return;
        }
    }

    // A session of `username` on m_url as a sign-in would have kept it: a token the server
    // issued, in the keychain, and the account data in the settings file.
    Stored storeSession(const QString &username, const QString &settings)
    {
        const std::optional<UserAccount> user = m_server->users().findByUsername(username);
        if (!user)
            return {};
        SavedAccount account;
        account.server = ServerAddress::parse(m_url, true);
        account.userId = user->id;
        account.username = username;
        const QString token = m_server->users().issueToken(user->id).token;
        return { SessionFixture::storeAccount(settings, account, token), token };
    }

    // The fault, on the server or on the client.
    void applyFault(Fault fault, SignInController &controller)
    {
        DevServerOptions &options = m_server->options();
        DdpConnection *connection = controller.connection();
        controller.setServerCheckTimeoutMs(checkTimeoutMs);
        controller.setSignInTimeoutMs(signInTimeoutMs);
        // Retries come quickly: the matrix is about where they lead, not about when.
        SignInControllerPrivate::get(controller)->offlineBackoff().setInitialDelayMs(300);
        SignInControllerPrivate::get(controller)->offlineBackoff().setFactor(1.0);
        SignInControllerPrivate::get(controller)->offlineBackoff().setJitter(0.0);
        connection->backoff().setInitialDelayMs(200);
        connection->backoff().setFactor(1.0);
        connection->backoff().setJitter(0.0);
        switch (fault) {
        case Fault::DropBeforeConnected:
            options.dropOnConnect = true;
            break;
        case Fault::DropAfterLoginSent:
            options.dropOnLogin = true;
            break;
        case Fault::DropAfterResult:
            options.dropAfterLoginResult = true;
            break;
        case Fault::NeverAnswersLogin:
            options.ignoreLogin = true;
            options.ignoredLoginBlocks = true;
            break;
        case Fault::GarbageFrame:
            options.garbageAfterConnected = true;
            break;
        case Fault::BinaryFrame:
            options.binaryAfterConnected = true;
            break;
        case Fault::OversizedFrame:
            connection->setMaxIncomingMessageBytes(clientFrameLimit);
            options.oversizedFrameAfterConnectedBytes = oversizedBytes;
            break;
        case Fault::NestedFrame:
            options.nestedFrameAfterConnectedDepth = 1000;
            break;
        case Fault::NestedBeyondLimit:
            options.nestedFrameAfterConnectedDepth = 100000;
            break;
        case Fault::VersionFailed:
            options.ddpVersions = { QStringLiteral("2") };
            break;
        case Fault::PingTimeout:
            options.silentAfterConnected = true;
            connection->setHeartbeat(heartbeatMs, heartbeatMs);
            break;
        case Fault::None:
        case Fault::NeverAnswersHandshake:
        case Fault::ServerRestarts:
        case Fault::DnsFailure:
        case Fault::RefusedPort:
            break;
        }
    }

    // The fault goes away: the server behaves again, or listens where nobody did.
    void clearFault(Fault fault)
    {
        m_server->options() = DevServerOptions();
        if (fault == Fault::NeverAnswersHandshake) {
            m_silent->close();
            m_silent.reset();
        }
        if (fault == Fault::RefusedPort || fault == Fault::NeverAnswersHandshake)
            QVERIFY2(m_server->listen(m_port), qPrintable(m_server->errorString()));
    }

    static void verifyError(const SignInController &controller, Kind kind, const QString &says)
    {
        QCOMPARE(controller.error().kind(), kind);
        QCOMPARE(controller.errorMessage(), controller.error().message());
        if (kind == Kind::None)
            return;
        QVERIFY2(controller.errorMessage().contains(says), qPrintable(controller.errorMessage()));
    }

    static void verifyKept(const Launch &app, const Stored &stored)
    {
        QVERIFY(app.accounts->contains(stored.key));
        const SessionFixture::KeychainRead read = readKeychain(stored.key);
        QVERIFY(read.finished);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.toLogString()));
        QCOMPARE(read.token, stored.token);
    }

    // The server goes away and comes back on the same port, while the controller is signed in
    // (a) or ready to sign in (b).
    void restartServer(SignInController &controller)
    {
        QSignalSpy lost(controller.connection(), &DdpConnection::disconnected);
        m_server->stopListening();
        QTRY_VERIFY(lost.size() > 0);
        QVERIFY2(m_server->listen(m_port), qPrintable(m_server->errorString()));
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void resumeStoredAccount_data();
    void resumeStoredAccount();
    void passwordSignIn_data();
    void passwordSignIn();
    void commandLine_data();
    void commandLine();
};

void TestFaultMatrix::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = 0;
    m_url.clear();
}

void TestFaultMatrix::cleanup()
{
    m_silent.reset();
    m_server.reset();
    m_dir.reset();
}

// ---- (a) A stored account resumes -------------------------------------------------------------

void TestFaultMatrix::resumeStoredAccount_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<State>("state");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("says");

    const QString lost = QStringLiteral("was lost before it answered");
    const QString noAnswer = QStringLiteral("did not answer in time");
    QTest::newRow("drop before connected")
        << Fault::DropBeforeConnected << State::Offline << Kind::ConnectionLost << lost;
    QTest::newRow("drop after login sent")
        << Fault::DropAfterLoginSent << State::Offline << Kind::ConnectionLost << lost;
    QTest::newRow("drop after result")
        << Fault::DropAfterResult << State::SignedIn << Kind::None << QString();
    QTest::newRow("login never answered")
        << Fault::NeverAnswersLogin << State::Offline << Kind::Timeout << noAnswer;
    QTest::newRow("handshake never answered")
        << Fault::NeverAnswersHandshake << State::Offline << Kind::Timeout << noAnswer;
    QTest::newRow("server restarts")
        << Fault::ServerRestarts << State::SignedIn << Kind::None << QString();
    QTest::newRow("garbage frame")
        << Fault::GarbageFrame << State::SignedIn << Kind::None << QString();
    QTest::newRow("binary frame") << Fault::BinaryFrame << State::SignedIn << Kind::None
                                  << QString();
    QTest::newRow("oversized frame")
        << Fault::OversizedFrame << State::Offline << Kind::ConnectionLost
        << QStringLiteral("larger than Liftoff accepts");
    QTest::newRow("nested frame") << Fault::NestedFrame << State::SignedIn << Kind::None
                                  << QString();
    QTest::newRow("nested beyond the parser's limit")
        << Fault::NestedBeyondLimit << State::SignedIn << Kind::None << QString();
    QTest::newRow("version failed")
        << Fault::VersionFailed << State::Failed << Kind::ProtocolVersion << QStringLiteral("(2)");
    QTest::newRow("ping time-out") << Fault::PingTimeout << State::Offline << Kind::ConnectionLost
                                   << QStringLiteral("did not reply to a ping in time");
    QTest::newRow("DNS failure") << Fault::DnsFailure << State::Offline << Kind::ServerUnreachable
                                 << QStringLiteral("not found");
    QTest::newRow("refused port") << Fault::RefusedPort << State::Offline << Kind::ServerUnreachable
                                  << QStringLiteral("Connection refused");
}

void TestFaultMatrix::resumeStoredAccount()
{
    QFETCH(Fault, fault);
    QFETCH(State, state);
    QFETCH(Kind, kind);
    QFETCH(QString, says);
    REQUIRE_KEYCHAIN();
    CHECKED(startServer(fault));
    const Stored alice = storeSession(QStringLiteral("alice"), settingsFile());
    QVERIFY(!alice.key.isEmpty());

    auto app = SessionFixture::launch(settingsFile());
    SignInController &controller = *app->controller;
    applyFault(fault, controller);
    QVERIFY(controller.resumeLastAccount());
    QCOMPARE(controller.state(), State::Resuming);

    // The stated outcome.
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), state, 15000);
    CHECKED(verifyError(controller, kind, says));
    if (state == State::SignedIn) {
        QCOMPARE(controller.user().token, alice.token);
        QCOMPARE(controller.user().account.username, QStringLiteral("alice"));
    }
    // The stored session is kept, whatever happened.
    CHECKED(verifyKept(*app, alice));

    // Once the fault is gone.
    if (fault == Fault::DnsFailure) {
        // The name never resolves: it keeps trying, and keeps the session.
        QTRY_VERIFY_WITH_TIMEOUT(app->states.count(State::Resuming) >= 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Offline, 15000);
        CHECKED(verifyError(controller, kind, says));
        CHECKED(verifyKept(*app, alice));
        return;
    }
    QSignalSpy connected(controller.connection(), &DdpConnection::connected);
    if (fault == Fault::ServerRestarts) // the fault: signed in, the server goes and comes back
        CHECKED(restartServer(controller));
    else
        CHECKED(clearFault(fault));
    if (state == State::Failed) // no retrying a server that cannot be used: the person does
        QVERIFY(controller.resumeAccount(alice.key));
    // Offline: by itself, at the next retry.
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::SignedIn, 15000);
    // Where the fault cost the connection, a new one; otherwise the first one still up.
    const bool reconnects = state != State::SignedIn || fault == Fault::DropAfterResult
        || fault == Fault::ServerRestarts;
    QTRY_VERIFY((connected.size() > 0 || !reconnects)
                && controller.connection()->state() == DdpConnection::State::Connected);
    QCOMPARE(controller.state(), State::SignedIn);
    QVERIFY(!controller.error().isError());
    QCOMPARE(controller.user().token, alice.token);
    CHECKED(verifyKept(*app, alice));
    // Signed in all along once it was: nothing after SignedIn.
    QCOMPARE(app->states.last(), State::SignedIn);
    QCOMPARE(app->states.count(State::SignedIn), 1);
}

// ---- (b) A password sign-in, with another account's session stored ----------------------------

void TestFaultMatrix::passwordSignIn_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<State>("state");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("says");

    const QString lost = QStringLiteral("was lost before it answered");
    QTest::newRow("drop before connected")
        << Fault::DropBeforeConnected << State::Failed << Kind::ConnectionLost << lost;
    QTest::newRow("drop after login sent")
        << Fault::DropAfterLoginSent << State::Ready << Kind::ConnectionLost << lost;
    QTest::newRow("drop after result")
        << Fault::DropAfterResult << State::SignedIn << Kind::None << QString();
    QTest::newRow("login never answered")
        << Fault::NeverAnswersLogin << State::Ready << Kind::Timeout
        << QStringLiteral("did not answer in time");
    QTest::newRow("handshake never answered")
        << Fault::NeverAnswersHandshake << State::Failed << Kind::ServerUnreachable
        << QStringLiteral("no answer within 2 second");
    QTest::newRow("server restarts")
        << Fault::ServerRestarts << State::SignedIn << Kind::None << QString();
    QTest::newRow("garbage frame")
        << Fault::GarbageFrame << State::SignedIn << Kind::None << QString();
    QTest::newRow("binary frame") << Fault::BinaryFrame << State::SignedIn << Kind::None
                                  << QString();
    QTest::newRow("oversized frame")
        << Fault::OversizedFrame << State::Ready << Kind::ConnectionLost
        << QStringLiteral("larger than Liftoff accepts");
    QTest::newRow("nested frame") << Fault::NestedFrame << State::SignedIn << Kind::None
                                  << QString();
    QTest::newRow("nested beyond the parser's limit")
        << Fault::NestedBeyondLimit << State::SignedIn << Kind::None << QString();
    QTest::newRow("version failed")
        << Fault::VersionFailed << State::Failed << Kind::ProtocolVersion << QStringLiteral("(2)");
    QTest::newRow("ping time-out") << Fault::PingTimeout << State::Ready << Kind::ConnectionLost
                                   << QStringLiteral("did not reply to a ping in time");
    QTest::newRow("DNS failure") << Fault::DnsFailure << State::Failed << Kind::ServerUnreachable
                                 << QStringLiteral("not found");
    QTest::newRow("refused port") << Fault::RefusedPort << State::Failed << Kind::ServerUnreachable
                                  << QStringLiteral("Connection refused");
}

void TestFaultMatrix::passwordSignIn()
{
    QFETCH(Fault, fault);
    QFETCH(State, state);
    QFETCH(Kind, kind);
    QFETCH(QString, says);
    REQUIRE_KEYCHAIN();
    CHECKED(startServer(fault));
    // Bob's session is kept; Alice signs in with her password.
    const Stored bob = storeSession(QStringLiteral("bob"), settingsFile());
    QVERIFY(!bob.key.isEmpty());
    const QString password = QStringLiteral("wonderland");

    auto app = SessionFixture::launch(settingsFile());
    SignInController &controller = *app->controller;
    applyFault(fault, controller);
    QSignalSpy loginsReceived(m_server.get(), &DevServer::frameReceived);
    if (fault == Fault::OversizedFrame) {
        // After `connected`, the frame would race the server check; it comes during the login
        // instead, which the server holds (without blocking the session) until then.
        m_server->options().oversizedFrameAfterConnectedBytes = 0;
        m_server->options().ignoreLogin = true;
    }
    if (fault == Fault::ServerRestarts) {
        controller.setServer(m_url);
        QTRY_COMPARE(controller.state(), State::Ready);
        CHECKED(restartServer(controller));
        controller.signIn(QStringLiteral("alice"), password);
    } else {
        // The person types the address and presses Sign in at once: it waits for the check.
        controller.setServer(m_url, true);
        controller.signIn(QStringLiteral("alice"), password);
    }
    if (fault == Fault::OversizedFrame) {
        QTRY_VERIFY(std::any_of(loginsReceived.cbegin(), loginsReceived.cend(),
                                [](const QList<QVariant> &frame) {
                                    return frame.at(1).toJsonObject().value(u"method")
                                        == QJsonValue(QStringLiteral("login"));
                                }));
        const QByteArray head = "{\"msg\":\"added\",\"collection\":\"filler\",\"id\":\"big\","
                                "\"fields\":{\"filler\":\"";
        m_server->sendTextToAll(
            QString::fromLatin1(head + QByteArray(oversizedBytes, 'x') + "\"}}"));
    }

    // The stated outcome.
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), state, 15000);
    CHECKED(verifyError(controller, kind, says));
    // Bob's session is untouched.
    CHECKED(verifyKept(*app, bob));
    if (state == State::SignedIn) {
        QCOMPARE(controller.user().account.username, QStringLiteral("alice"));
        CHECKED(verifyKept(*app, { controller.accountKey(), controller.user().token }));
        return;
    }

    // Once the fault is gone.
    if (fault == Fault::DnsFailure) {
        // Nothing changes by itself; the address is the problem. Another address works.
        controller.setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(controller.state(), State::Ready);
        controller.signIn(QStringLiteral("alice"), password);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::SignedIn, 15000);
        CHECKED(verifyKept(*app, bob));
        return;
    }
    QSignalSpy connected(controller.connection(), &DdpConnection::connected);
    CHECKED(clearFault(fault));
    if (fault == Fault::PingTimeout) // a session opened after the server is fine again
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() > 0, 15000);
    if (state == State::Failed) {
        controller.checkServerNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, 15000);
    }
    controller.signIn(QStringLiteral("alice"), password);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::SignedIn, 15000);
    QVERIFY(!controller.error().isError());
    CHECKED(verifyKept(*app, { controller.accountKey(), controller.user().token }));
    CHECKED(verifyKept(*app, bob));
}

// ---- The same through `liftoff` ---------------------------------------------------------------

void TestFaultMatrix::commandLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    const QString lost = QStringLiteral("was lost before it answered");
    const QString noAnswer = QStringLiteral("did not answer in time");
    const QString resume = QStringLiteral("resume");
    const QString login = QStringLiteral("login");
    QTest::newRow("resume, drop before connected")
        << resume << Fault::DropBeforeConnected << 5 << lost;
    QTest::newRow("resume, drop after login sent")
        << resume << Fault::DropAfterLoginSent << 5 << lost;
    QTest::newRow("resume, login never answered")
        << resume << Fault::NeverAnswersLogin << 5 << noAnswer;
    QTest::newRow("resume, garbage frame") << resume << Fault::GarbageFrame << 0 << QString();
    QTest::newRow("resume, version failed")
        << resume << Fault::VersionFailed << 5 << QStringLiteral("(2)");
    QTest::newRow("resume, DNS failure")
        << resume << Fault::DnsFailure << 5 << QStringLiteral("not found");
    QTest::newRow("resume, refused port")
        << resume << Fault::RefusedPort << 5 << QStringLiteral("Connection refused");
    QTest::newRow("login, drop after login sent")
        << login << Fault::DropAfterLoginSent << 5 << lost;
    QTest::newRow("login, login never answered")
        << login << Fault::NeverAnswersLogin << 5 << noAnswer;
    QTest::newRow("login, nested beyond the limit")
        << login << Fault::NestedBeyondLimit << 0 << QString();
    QTest::newRow("login, version failed")
        << login << Fault::VersionFailed << 5 << QStringLiteral("(2)");
    QTest::newRow("login, DNS failure")
        << login << Fault::DnsFailure << 5 << QStringLiteral("not found");
    QTest::newRow("login, refused port")
        << login << Fault::RefusedPort << 5 << QStringLiteral("Connection refused");
}

void TestFaultMatrix::commandLine()
{
    QFETCH(QString, command);
    QFETCH(Fault, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    REQUIRE_KEYCHAIN();
    const QString app = qEnvironmentVariable("LIFTOFF_APP");
    if (app.isEmpty())
        QSKIP("LIFTOFF_APP must point at the liftoff binary (CTest sets it)");
    CHECKED(startServer(fault));

    // A HOME of its own; the keychain is the session's.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("tmp")));
    const QProcessEnvironment env = environmentIn(m_dir->path());
    const QString settings = env.value(QStringLiteral("XDG_CONFIG_HOME"))
        + QStringLiteral("/" LIFTOFF_APP_ID "/liftoff.conf");
    QVERIFY(QDir().mkpath(QFileInfo(settings).path()));
    // resume: Alice's own stored session; login: Alice signs in while Bob's session is stored.
    const Stored stored = storeSession(
        command == u"resume" ? QStringLiteral("alice") : QStringLiteral("bob"), settings);
    QVERIFY(!stored.key.isEmpty());

    DevServerOptions &options = m_server->options();
    switch (fault) {
    case Fault::DropBeforeConnected:
        options.dropOnConnect = true;
        break;
    case Fault::DropAfterLoginSent:
        options.dropOnLogin = true;
        break;
    case Fault::NeverAnswersLogin:
        options.ignoreLogin = true;
        options.ignoredLoginBlocks = true;
        break;
    case Fault::GarbageFrame:
        options.garbageAfterConnected = true;
        break;
    case Fault::NestedBeyondLimit:
        options.nestedFrameAfterConnectedDepth = 100000;
        break;
    case Fault::VersionFailed:
        options.ddpVersions = { QStringLiteral("2") };
        break;
    default:
        break;
    }

    const QString timeout = QStringLiteral("3");
    const Run run = command == u"resume"
        ? runProcess(app, { command, QStringLiteral("--timeout"), timeout }, env)
        : runProcess(app,
                     { command, QStringLiteral("--server"), m_url, QStringLiteral("--username"),
                       QStringLiteral("alice"), QStringLiteral("--password-stdin"),
                       QStringLiteral("--allow-insecure"), QStringLiteral("--timeout"), timeout },
                     env, "wonderland\n");
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    if (exitCode != 0)
        QVERIFY2(run.err.contains(says), qPrintable(describe(run)));

    // The stored session is kept.
    const SessionFixture::KeychainRead read = readKeychain(stored.key);
    QVERIFY(read.finished);
    QCOMPARE(read.token, stored.token);
    QSettings after(settings, QSettings::IniFormat);
    AccountStore accounts(&after);
    QVERIFY(accounts.contains(stored.key));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
