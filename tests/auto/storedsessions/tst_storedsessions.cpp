// SignInController keeping sessions between runs: the token in the keychain and the account data
// in the AccountStore, resuming at launch, a server that rejects the token, network trouble
// (Offline), sign-out and several accounts.
//
// Against the real dev server (in-process, 127.0.0.1, port 0) and the real Secret Service that
// scripts/with-session.sh starts (an unlocked gnome-keyring in a throw-away HOME); faults of the
// keychain come from MemoryTokenStore. A "launch" is what the app builds at start: a token store,
// an AccountStore on the same settings file, a SignInController.

#include "../shared/framerecorder.h"
#include "../shared/logcapture.h"
#include "../shared/memorytokenstore.h"
#include "../shared/sessionfixture.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "cli/exitcode.h"
#include "ddp/ddpconnection.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"
#include "totp.h"
#include "userdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = SignInController::State;
using Kind = SignInError::Kind;
using KeychainKind = KeychainError::Kind;
using Cause = KeychainError::Cause;
using Operation = KeychainError::Operation;

namespace {

using SessionFixture::keychainKind;
using SessionFixture::KeychainRead;
using SessionFixture::keychainTimeoutMs;
using SessionFixture::Launch;
using SessionFixture::readKeychain;

// A TokenStore in front of another that logs each answer ("write ok <key>") the moment it
// comes, so that a test can see whether the keychain had answered before signedIn().
class ObservedTokenStore : public TokenStore
{
public:
    ObservedTokenStore(TokenStore *inner, QStringList *log) : m_inner(inner), m_log(log) { }

    TokenJob *read(const QString &key) override
    {
        return forward(m_inner->read(key), Operation::Read, key);
    }
    TokenJob *write(const QString &key, const QString &token) override
    {
        return forward(m_inner->write(key, token), Operation::Write, key);
    }
    TokenJob *remove(const QString &key) override
    {
        return forward(m_inner->remove(key), Operation::Remove, key);
    }

private:
    TokenJob *forward(TokenJob *inner, Operation operation, const QString &key)
    {
        TokenJob *job = createJob(operation, key);
        QObject::connect(inner, &TokenJob::finished, job, [this, job, operation](TokenJob *done) {
            const char *name = operation == Operation::Read ? "read"
                : operation == Operation::Write             ? "write"
                                                            : "remove";
            m_log->append(
                QStringLiteral("%1 %2 %3")
                    .arg(QLatin1String(name),
                         done->succeeded() ? QStringLiteral("ok") : QStringLiteral("failed"),
                         done->key()));
            finishJob(job, done->error(), done->token());
        });
        return job;
    }

    TokenStore *m_inner;
    QStringList *m_log;
};

} // namespace

class TestStoredSessions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<DevServer> m_server2;
    FrameRecorder m_frames; // client → server, in order

    std::unique_ptr<DevServer> makeServer(const DevServerOptions &options = {})
    {
        auto server = std::make_unique<DevServer>(options);
        if (!server->listen(0)) {
            qWarning() << server->errorString();
            return {};
        }
        m_frames.record(server.get());
        return server;
    }

    void startServer(const DevServerOptions &options = {})
    {
        m_server = makeServer(options);
        QVERIFY(m_server);
    }

    static QString urlOf(DevServer *server) { return server->httpUrl().toString(); }
    QString serverUrl() const { return urlOf(m_server.get()); }

    // A launch; tokens: a store shared between launches (MemoryTokenStore), else the keychain.
    std::unique_ptr<Launch> launch(TokenStore *tokens = nullptr)
    {
        return SessionFixture::launch(m_dir->filePath(QStringLiteral("liftoff.conf")), tokens);
    }

    // Signs in with a password (and bob's TOTP code) on url, until SignedIn.
    static void signInWith(Launch &app, const QString &url, const QString &username,
                           const QString &password)
    {
        SignInController &controller = *app.controller;
        controller.setServer(url);
        QTRY_COMPARE(controller.state(), State::Ready);
        controller.signIn(username, password);
        QTRY_VERIFY(controller.state() == State::SignedIn
                    || controller.state() == State::TwoFactorRequired);
        if (controller.state() == State::TwoFactorRequired) {
            controller.submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
            QTRY_COMPARE(controller.state(), State::SignedIn);
        }
        QCOMPARE(controller.user().account.username, username);
    }

    // Signs alice in on a launch that then goes (as when the app quits): her session is stored.
    void storeAliceSession(SignedInUser *signedIn, TokenStore *tokens = nullptr)
    {
        auto app = launch(tokens);
        signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        *signedIn = app->controller->user();
    }

    static QString keyOf(const SignedInUser &user)
    {
        return TokenStore::entryKey(user.account.userId, user.account.server);
    }

    QList<QJsonObject> methodCalls(const QString &method, DevServer *server = nullptr) const
    {
        return m_frames.methodCalls(method, server);
    }

    static QJsonObject resumeParams(const QString &token)
    {
        return QJsonObject { { QStringLiteral("resume"), token } };
    }

    static QJsonObject firstParam(const QJsonObject &methodFrame)
    {
        return methodFrame.value(u"params").toArray().first().toObject();
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void signInStoresBeforeSignedIn();
    void nextLaunchResumesPipelined();
    void resumeNeedsAStoredAccount();
    void expiredTokenIsNotSent();
    void serverRejectsToken_data();
    void serverRejectsToken();
    void networkTroubleGoesOfflineAndRetries();
    void retryNowResumesAtOnce();
    void cancelWhileOffline();
    void keychainWriteFails_data();
    void keychainWriteFails();
    void keychainReadFails_data();
    void keychainReadFails();
    void cancelWhileSavingLeavesNothing();
    void droppedSocketResumesByItself();
    void revokedWhileSignedInForgetsSession();
    void signOutForgetsEverywhere();
    void signOutWithServerDown();
    void signOutWhileOffline();
    void severalAccounts();
    void secretsNeverLogged();
};

void TestStoredSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_frames.clear();
}

void TestStoredSessions::cleanup()
{
    m_server.reset();
    m_server2.reset();
    m_dir.reset();
}

// ---- Saving at sign-in, resuming at launch ---------------------------------------------------

void TestStoredSessions::signInStoresBeforeSignedIn()
{
    REQUIRE_KEYCHAIN();
    startServer();
    KeychainTokenStore keychain;
    QStringList log;
    ObservedTokenStore observed(&keychain, &log);
    auto app = launch(&observed);

    bool accountAtSignal = false;
    connect(app->controller.get(), &SignInController::signedIn, this, [&] {
        log.append(QStringLiteral("signedIn"));
        accountAtSignal = app->accounts->contains(keyOf(app->controller->user()));
    });
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser alice = app->controller->user();

    // "<userId>@<origin>"
    const QString key = alice.account.userId + u'@' + serverUrl();
    QCOMPARE(keyOf(alice), key);
    QCOMPARE(app->controller->accountKey(), key);
    // The keychain had saved the token, and the account data was there, when signedIn() came.
    QCOMPARE(log, (QStringList { QStringLiteral("write ok ") + key, QStringLiteral("signedIn") }));
    QVERIFY(accountAtSignal);
    QVERIFY(!app->controller->storageProblem().isError());

    // In the real Secret Service, under that key.
    const KeychainRead read = readKeychain(key);
    QVERIFY(read.finished);
    QVERIFY2(!read.error.isError(), qPrintable(read.error.toLogString()));
    QCOMPARE(read.token, alice.token);

    // The account data, and no secret in the settings file.
    const std::optional<SavedAccount> saved = app->accounts->account(key);
    QVERIFY(saved);
    QCOMPARE(saved->server, alice.account.server);
    QCOMPARE(saved->userId, alice.account.userId);
    QCOMPARE(saved->username, QStringLiteral("alice"));
    QCOMPARE(saved->displayName, alice.account.displayName);
    QCOMPARE(saved->tokenExpires, alice.account.tokenExpires);
    QVERIFY(saved->tokenExpires > QDateTime::currentDateTimeUtc());
    QVERIFY(saved->lastUsed.isValid());
    QFile settings(app->accounts->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(alice.token.toUtf8()));
}

void TestStoredSessions::nextLaunchResumesPipelined()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    const QDateTime firstUse = launch()->accounts->account(keyOf(alice))->lastUsed;

    // Every answer of the server now takes a "round trip": the resume must not wait for one.
    m_server->options().frameDelayMs = 500;
    QSignalSpy http(m_server.get(), &DevServer::httpRequestReceived);
    QStringList order;
    connect(m_server.get(), &DevServer::frameReceived, this,
            [&order](int, const QJsonObject &frame) {
                order.append(QStringLiteral("server got ") + frame.value(u"msg").toString());
            });
    const qsizetype before = m_frames.size();

    auto app = launch(); // fresh stores on the same keychain and settings
    connect(app->controller->connection(), &DdpConnection::connected, this,
            [&order] { order.append(QStringLiteral("client connected")); });
    QVERIFY(app->controller->resumeLastAccount());
    QCOMPARE(app->controller->state(), State::Resuming);
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->accountKey(), keyOf(alice));
    QTRY_COMPARE(app->controller->state(), State::SignedIn);
    QCOMPARE(app->states, (QList<State> { State::Resuming, State::SignedIn }));

    const SignedInUser resumed = app->controller->user();
    QCOMPARE(resumed.account.userId, alice.account.userId);
    QCOMPARE(resumed.account.username, alice.account.username);
    QCOMPARE(resumed.account.displayName, alice.account.displayName);
    QCOMPARE(resumed.account.server, alice.account.server);
    QCOMPARE(resumed.token, alice.token);
    QCOMPARE(resumed.loginType, QStringLiteral("resume"));
    // A resume does not extend it.
    QCOMPARE(resumed.account.tokenExpires, alice.account.tokenExpires);

    // On the wire: `connect`, then the stored token, sent before `connected` came back. No
    // server check (/api/info) first.
    const QList<FrameRecorder::Frame> sent = m_frames.frames().mid(before);
    QCOMPARE(sent.size(), qsizetype(2));
    QCOMPARE(sent.at(0).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QCOMPARE(sent.at(1).frame.value(u"method").toString(), QStringLiteral("login"));
    QCOMPARE(firstParam(sent.at(1).frame), resumeParams(alice.token));
    QCOMPARE(
        order,
        (QStringList { QStringLiteral("server got connect"), QStringLiteral("server got method"),
                       QStringLiteral("client connected") }));
    QCOMPARE(http.size(), 0);

    // Marked used; the expiry the server reported is kept.
    const std::optional<SavedAccount> saved = app->accounts->account(keyOf(alice));
    QVERIFY(saved);
    QVERIFY(saved->lastUsed > firstUse);
    QCOMPARE(saved->tokenExpires, resumed.account.tokenExpires);
}

void TestStoredSessions::resumeNeedsAStoredAccount()
{
    MemoryTokenStore memory;
    auto app = launch(&memory);
    QVERIFY(!app->controller->resumeLastAccount());
    QVERIFY(!app->controller->resumeAccount(QStringLiteral("nobody@https://chat.example.com")));
    QCOMPARE(app->controller->state(), State::Idle);
    QVERIFY(app->states.isEmpty());

    // Without stores nothing is kept, nothing resumed.
    SignInController bare;
    QVERIFY(!bare.resumeLastAccount());
    QVERIFY(!bare.removeAccount(QStringLiteral("nobody@https://chat.example.com")));
}

void TestStoredSessions::expiredTokenIsNotSent()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    {
        // As if the computer had been off for three months.
        auto before = launch();
        SavedAccount account = *before->accounts->account(keyOf(alice));
        account.tokenExpires = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(before->accounts->save(account));
    }
    QSignalSpy sessions(m_server.get(), &DevServer::sessionOpened);
    const qsizetype before = m_frames.size();

    auto app = launch();
    QVERIFY(app->controller->resumeLastAccount());
    // At once: there is nothing to wait for.
    QCOMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->states, QList<State> { State::Ready });
    QCOMPARE(app->controller->error().kind(), Kind::SessionExpired);
    QVERIFY(!app->controller->errorMessage().isEmpty());
    // The sign-in page opens filled in.
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->suggestedUsername(), QStringLiteral("alice"));
    // Nothing went to the server, not even a connection.
    QCOMPARE(m_frames.size(), before);
    QCOMPARE(sessions.size(), 0);
    QCOMPARE(app->controller->connection()->state(), DdpConnection::State::Disconnected);
    // The session is forgotten.
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QTRY_COMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
}

void TestStoredSessions::serverRejectsToken_data()
{
    QTest::addColumn<bool>("rocketChat7");
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reason");

    const QString rc7 = QStringLiteral("User not found");
    const QString loggedOut
        = QStringLiteral("You've been logged out by the server. Please log in again.");
    const QString expired = QStringLiteral("Your session has expired. Please log in again.");
    QTest::newRow("RC 7, revoked") << true << QStringLiteral("revoke") << rc7;
    QTest::newRow("RC 7, expired on the server") << true << QStringLiteral("expire") << rc7;
    QTest::newRow("RC 7, user removed") << true << QStringLiteral("remove user") << rc7;
    QTest::newRow("RC 6, revoked") << false << QStringLiteral("revoke") << loggedOut;
    QTest::newRow("RC 6, expired on the server") << false << QStringLiteral("expire") << expired;
}

void TestStoredSessions::serverRejectsToken()
{
    QFETCH(bool, rocketChat7);
    QFETCH(QString, how);
    QFETCH(QString, reason);
    REQUIRE_KEYCHAIN();
    DevServerOptions options;
    options.rewriteLoginErrors = rocketChat7;
    startServer(options);
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));

    // Signed out elsewhere, expired on the server (the stored expiry still in the future), or
    // the user gone.
    if (how == u"revoke")
        QVERIFY(m_server->users().revokeToken(alice.token));
    else if (how == u"expire")
        QVERIFY(m_server->users().setTokenIssuedAt(alice.token,
                                                   QDateTime::currentDateTimeUtc().addDays(-91)));
    else
        QVERIFY(m_server->users().removeUser(alice.account.userId));

    auto app = launch();
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->states, (QList<State> { State::Resuming, State::Ready }));
    QCOMPARE(firstParam(methodCalls(QStringLiteral("login")).last()), resumeParams(alice.token));

    QCOMPARE(app->controller->error().kind(), Kind::SessionRejected);
    QCOMPARE(app->controller->error().detail(), reason);
    // The server's words, unless they say nothing of the session (Rocket.Chat 7).
    QVERIFY2(app->controller->errorMessage().contains(reason) != rocketChat7,
             qPrintable(app->controller->errorMessage()));
    QCOMPARE(ExitCode::of(app->controller->error()), 3);
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->suggestedUsername(), QStringLiteral("alice"));
    QVERIFY(app->controller->user().token.isEmpty());
    QCOMPARE(app->controller->connection()->state(), DdpConnection::State::Disconnected);

    // The token is no good: gone from the keychain, and the account data with it.
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QTRY_COMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
    QVERIFY(!app->controller->storageProblem().isError());

    // Signing in again from there works (a server check first: the resume skipped it).
    app->controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    if (how == u"remove user")
        QTRY_COMPARE(app->controller->error().kind(), Kind::WrongCredentials);
    else
        QTRY_COMPARE(app->controller->state(), State::SignedIn);
}

// ---- Network trouble ---------------------------------------------------------------------------

void TestStoredSessions::networkTroubleGoesOfflineAndRetries()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    const quint16 port = m_server->port();
    m_server->stopListening();

    auto app = launch();
    ReconnectBackoff &backoff = SignInControllerPrivate::get(*app->controller)->offlineBackoff();
    backoff.setInitialDelayMs(2000);
    backoff.setFactor(1.0);
    backoff.setJitter(0.0);
    QSignalSpy seconds(app->controller.get(), &SignInController::offlineRetrySecondsLeftChanged);
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Offline);
    QCOMPARE(app->controller->error().kind(), Kind::ServerUnreachable);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 2);
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->accountKey(), keyOf(alice));
    // Our countdown decides when to try again, not the connection's own reconnecting.
    QCOMPARE(app->controller->connection()->state(), DdpConnection::State::Disconnected);

    // The token is kept.
    QVERIFY(app->accounts->contains(keyOf(alice)));
    QCOMPARE(readKeychain(keyOf(alice)).token, alice.token);

    // Counts down once a second, then tries again by itself, and is offline again.
    QTRY_COMPARE_WITH_TIMEOUT(app->states.count(State::Resuming), 2, 6000);
    QList<int> countdown;
    for (const QList<QVariant> &emission : std::as_const(seconds))
        countdown.append(emission.at(0).toInt());
    QCOMPARE(countdown.mid(0, 3), (QList<int> { 2, 1, 0 }));
    QTRY_COMPARE(app->controller->state(), State::Offline);
    QCOMPARE(app->states,
             (QList<State> { State::Resuming, State::Offline, State::Resuming, State::Offline }));

    // The server comes back on the same port: the next try resumes.
    QVERIFY2(m_server->listen(port), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), State::SignedIn, 10000);
    QCOMPARE(app->controller->user().token, alice.token);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 0);
    QVERIFY(!app->controller->error().isError());
    QVERIFY(app->accounts->contains(keyOf(alice)));
}

void TestStoredSessions::retryNowResumesAtOnce()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    const quint16 port = m_server->port();
    m_server->stopListening();

    auto app = launch();
    SignInControllerPrivate::get(*app->controller)->offlineBackoff().setInitialDelayMs(60000);
    SignInControllerPrivate::get(*app->controller)->offlineBackoff().setJitter(0.0);
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Offline);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 60);

    QVERIFY2(m_server->listen(port), qPrintable(m_server->errorString()));
    app->controller->retryNow();
    QCOMPARE(app->controller->state(), State::Resuming);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 0);
    QTRY_COMPARE(app->controller->state(), State::SignedIn); // well before the minute is up
    QCOMPARE(app->controller->user().token, alice.token);
}

void TestStoredSessions::cancelWhileOffline()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    m_server->stopListening();

    auto app = launch();
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Offline);
    app->controller->cancel();
    QCOMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->controller->error().kind(), Kind::Cancelled);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 0);
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->suggestedUsername(), QStringLiteral("alice"));
    QVERIFY(app->controller->accountKey().isEmpty());
    // Kept for the next launch.
    QVERIFY(app->accounts->contains(keyOf(alice)));
    QCOMPARE(readKeychain(keyOf(alice)).token, alice.token);
}

// ---- Keychain faults ---------------------------------------------------------------------------

void TestStoredSessions::keychainWriteFails_data()
{
    QTest::addColumn<KeychainKind>("kind");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("write failed") << KeychainKind::WriteFailed << Cause::Unspecified;
    QTest::newRow("keyring locked") << KeychainKind::Locked << Cause::KeyringLocked;
    QTest::newRow("no secret service") << KeychainKind::NoBackend << Cause::NoSecretService;
    QTest::newRow("timeout") << KeychainKind::Timeout << Cause::Unspecified;
}

void TestStoredSessions::keychainWriteFails()
{
    QFETCH(KeychainKind, kind);
    QFETCH(Cause, cause);
    startServer();
    MemoryTokenStore memory;
    memory.setFailure(Operation::Write, kind, cause);
    auto app = launch(&memory);
    QSignalSpy problems(app->controller.get(), &SignInController::storageProblemChanged);
    bool problemAtSignal = false;
    connect(app->controller.get(), &SignInController::signedIn, this,
            [&] { problemAtSignal = app->controller->storageProblem().isError(); });

    // Signed in all the same, for this run.
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    QVERIFY(problemAtSignal);
    QCOMPARE(problems.size(), 1);
    const KeychainError problem = app->controller->storageProblem();
    QCOMPARE(problem.kind(), kind);
    QCOMPARE(problem.operation(), Operation::Write);
    QVERIFY2(problem.message().contains(QStringLiteral("will not survive a restart")),
             qPrintable(problem.message()));
    QVERIFY(!app->controller->error().isError());

    // Nothing half-kept: no account without its token.
    QVERIFY(memory.keys().isEmpty());
    QVERIFY(app->accounts->accounts().isEmpty());
    QVERIFY(!launch(&memory)->controller->resumeLastAccount());
}

void TestStoredSessions::keychainReadFails_data()
{
    QTest::addColumn<KeychainKind>("kind");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("keyring locked") << KeychainKind::Locked << Cause::KeyringLocked;
    QTest::newRow("access denied") << KeychainKind::Locked << Cause::DeniedByUser;
    QTest::newRow("no session bus") << KeychainKind::NoBackend << Cause::NoSessionBus;
    QTest::newRow("timeout") << KeychainKind::Timeout << Cause::Unspecified;
    QTest::newRow("other") << KeychainKind::Other << Cause::Unspecified;
    QTest::newRow("entry missing") << KeychainKind::NotFound << Cause::Unspecified;
}

void TestStoredSessions::keychainReadFails()
{
    QFETCH(KeychainKind, kind);
    QFETCH(Cause, cause);
    startServer();
    MemoryTokenStore memory;
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice, &memory));
    const QString key = keyOf(alice);
    QVERIFY(memory.contains(key));
    if (kind == KeychainKind::NotFound) {
        // Deleted behind our back (in Passwords and Keys, say).
        bool removed = false;
        connect(memory.remove(key), &TokenJob::finished, this, [&removed] { removed = true; });
        QTRY_VERIFY(removed);
    } else {
        memory.setFailure(Operation::Read, kind, cause);
    }
    const qsizetype loginsBefore = methodCalls(QStringLiteral("login")).size();

    auto app = launch(&memory);
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->states, (QList<State> { State::Resuming, State::Ready }));
    const KeychainError expected(kind, Operation::Read, cause);
    QCOMPARE(app->controller->error().kind(), Kind::KeychainUnavailable);
    QCOMPARE(ExitCode::of(app->controller->error()), 7);
    QCOMPARE(app->controller->errorMessage(), expected.message());
    QCOMPARE(app->controller->storageProblem(), expected);
    QCOMPARE(app->controller->server(), alice.account.server);
    QCOMPARE(app->controller->suggestedUsername(), QStringLiteral("alice"));
    QCOMPARE(methodCalls(QStringLiteral("login")).size(), loginsBefore);
    QCOMPARE(app->controller->connection()->state(), DdpConnection::State::Disconnected);

    // A failed read never deletes anything.
    QVERIFY(app->accounts->contains(key));
    QCOMPARE(memory.contains(key), kind != KeychainKind::NotFound);

    // Once the keychain works again, the same account resumes.
    if (kind != KeychainKind::NotFound) {
        memory.setFailure(Operation::Read, KeychainKind::None);
        QVERIFY(app->controller->resumeAccount(key));
        QTRY_COMPARE(app->controller->state(), State::SignedIn);
        QVERIFY(!app->controller->storageProblem().isError());
    }
}

void TestStoredSessions::cancelWhileSavingLeavesNothing()
{
    startServer();
    MemoryTokenStore memory;
    auto app = launch(&memory);
    QSignalSpy signedIn(app->controller.get(), &SignInController::signedIn);
    app->controller->setServer(serverUrl());
    QTRY_COMPARE(app->controller->state(), State::Ready);
    memory.setPaused(true);
    app->controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
    // The server said yes; the keychain has not answered yet.
    QTRY_COMPARE(memory.operationCount(), 1);
    QCOMPARE(app->controller->state(), State::SigningIn);
    const QString aliceId = m_server->users().findByUsername(QStringLiteral("alice"))->id;
    QCOMPARE(m_server->users().tokenCount(aliceId), 1);

    app->controller->cancel();
    QCOMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->controller->error().kind(), Kind::Cancelled);
    // Logged out on the server; the token written late is removed again.
    QTRY_COMPARE(m_server->users().tokenCount(aliceId), 0);
    memory.setPaused(false);
    QTRY_COMPARE(memory.operationCount(), 2);
    QTRY_VERIFY(memory.keys().isEmpty());
    QVERIFY(app->accounts->accounts().isEmpty());
    QCOMPARE(signedIn.size(), 0);
}

// ---- While signed in ---------------------------------------------------------------------------

void TestStoredSessions::droppedSocketResumesByItself()
{
    REQUIRE_KEYCHAIN();
    startServer();
    auto app = launch();
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser alice = app->controller->user();
    const QDateTime firstUse = app->accounts->account(keyOf(alice))->lastUsed;
    app->states.clear();
    const qsizetype before = m_frames.size();

    m_server->abortAllSessions();
    QTRY_VERIFY(m_frames.size() >= before + 2);
    QTRY_COMPARE(app->controller->connection()->state(), DdpConnection::State::Connected);
    // The new session: `connect`, and the token right behind it, sent by itself.
    QCOMPARE(m_frames.at(before).frame.value(u"msg").toString(), QStringLiteral("connect"));
    QCOMPARE(firstParam(m_frames.at(before + 1).frame), resumeParams(alice.token));
    // Still signed in all along (no Offline while a signed-in connection comes back).
    QCOMPARE(app->controller->state(), State::SignedIn);
    QVERIFY(app->states.isEmpty());
    // Marked used again.
    QTRY_VERIFY(app->accounts->account(keyOf(alice))->lastUsed > firstUse);
    QCOMPARE(readKeychain(keyOf(alice)).token, alice.token);
}

void TestStoredSessions::revokedWhileSignedInForgetsSession()
{
    REQUIRE_KEYCHAIN();
    startServer();
    auto app = launch();
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser alice = app->controller->user();
    QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);

    // Signed out elsewhere: the server closes the session; the resume on the next one fails.
    QVERIFY(m_server->users().revokeToken(alice.token));
    QTRY_COMPARE(app->controller->state(), State::Ready);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(app->controller->error().kind(), Kind::SessionRejected);
    QCOMPARE(app->controller->suggestedUsername(), QStringLiteral("alice"));
    QCOMPARE(app->controller->server(), alice.account.server);
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QTRY_COMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
}

// ---- Signing out -------------------------------------------------------------------------------

void TestStoredSessions::signOutForgetsEverywhere()
{
    REQUIRE_KEYCHAIN();
    startServer();
    auto app = launch();
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser alice = app->controller->user();
    QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);

    app->controller->signOut();
    QCOMPARE(app->controller->state(), State::Ready);
    QTRY_COMPARE(signedOut.size(), 1);
    QCOMPARE(methodCalls(QStringLiteral("logout")).size(), 1);
    // Gone here, once signedOut() came.
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QCOMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
    QVERIFY(app->controller->notice().isEmpty());
    QVERIFY(!app->controller->storageProblem().isError());

    // And on the server: a fresh resume with that token is refused.
    QCOMPARE(m_server->users().tokenCount(alice.account.userId), 0);
    DdpConnection fresh;
    fresh.open(alice.account.server);
    bool answered = false;
    DdpError refusal;
    DdpMethodCall *call = fresh.call(QStringLiteral("login"), { resumeParams(alice.token) });
    connect(call, &DdpMethodCall::finished, this, [&, call] {
        answered = true;
        refusal = call->error();
    });
    QTRY_VERIFY(answered);
    QCOMPARE(refusal.kind(), DdpError::Kind::ServerError);
    QCOMPARE(refusal.code(), QStringLiteral("401"));
}

void TestStoredSessions::signOutWithServerDown()
{
    REQUIRE_KEYCHAIN();
    startServer();
    auto app = launch();
    CHECKED(signInWith(*app, serverUrl(), QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser alice = app->controller->user();
    QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);
    QSignalSpy notices(app->controller.get(), &SignInController::noticeChanged);

    m_server->stopListening();
    app->controller->signOut();
    QCOMPARE(app->controller->state(), State::Ready);
    QTRY_COMPARE(signedOut.size(), 1);
    // Deleted here all the same, and the person is told what that means.
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QCOMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
    QCOMPARE(notices.size(), 1);
    QVERIFY(app->controller->notice().contains(QStringLiteral("may still be valid")));
    QVERIFY(!m_server->users().userIdForToken(alice.token).isEmpty()); // indeed
    // No reconnecting for ever to the server that is gone.
    QTRY_COMPARE(app->controller->connection()->state(), DdpConnection::State::Disconnected);
}

void TestStoredSessions::signOutWhileOffline()
{
    REQUIRE_KEYCHAIN();
    startServer();
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice));
    m_server->stopListening();

    auto app = launch();
    QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::Offline);
    app->controller->signOut();
    QCOMPARE(app->controller->state(), State::Ready);
    QCOMPARE(app->controller->offlineRetrySecondsLeft(), 0);
    QTRY_COMPARE(signedOut.size(), 1);
    QVERIFY(!app->controller->notice().isEmpty());
    QVERIFY(!app->accounts->contains(keyOf(alice)));
    QCOMPARE(keychainKind(keyOf(alice)), KeychainKind::NotFound);
}

// ---- Several accounts
// ----------------------------------------------------------------------------

void TestStoredSessions::severalAccounts()
{
    REQUIRE_KEYCHAIN();
    startServer();
    m_server2 = makeServer();
    QVERIFY(m_server2);
    const QString one = serverUrl();
    const QString two = urlOf(m_server2.get());

    // alice and bob (TOTP) on one server, alice on another.
    auto app = launch();
    SignInController &controller = *app->controller;
    CHECKED(signInWith(*app, one, QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser aliceOne = controller.user();
    SignInControllerPrivate::get(controller)
        ->leaveAccount(); // "add an account": the current one stays stored
    QCOMPARE(controller.state(), State::CheckingServer);
    CHECKED(signInWith(*app, one, QStringLiteral("bob"), QStringLiteral("builder")));
    const SignedInUser bob = controller.user();
    CHECKED(signInWith(*app, two, QStringLiteral("alice"), QStringLiteral("wonderland")));
    const SignedInUser aliceTwo = controller.user();
    QCOMPARE(m_server->users().tokenCount(aliceOne.account.userId), 1); // not signed out by leaving

    // The list: most recently used first; each token in the keychain under its own key.
    const auto keys = [&app] {
        QStringList list;
        for (const SavedAccount &account : app->accounts->accounts())
            list.append(account.key());
        return list;
    };
    QCOMPARE(keys(), (QStringList { keyOf(aliceTwo), keyOf(bob), keyOf(aliceOne) }));
    for (const SignedInUser &user : { aliceOne, bob, aliceTwo })
        QCOMPARE(readKeychain(keyOf(user)).token, user.token);

    // Switch: resumed, no password and no two-factor code.
    const qsizetype loginsOnOne = methodCalls(QStringLiteral("login"), m_server.get()).size();
    QVERIFY(controller.resumeAccount(keyOf(aliceOne)));
    QTRY_COMPARE(controller.state(), State::SignedIn);
    QCOMPARE(controller.user().account.userId, aliceOne.account.userId);
    QCOMPARE(controller.server(), aliceOne.account.server);
    QCOMPARE(controller.accountKey(), keyOf(aliceOne));
    QVERIFY(controller.resumeAccount(keyOf(bob)));
    QTRY_COMPARE(controller.state(), State::SignedIn);
    QCOMPARE(controller.user().account.username, QStringLiteral("bob"));
    QCOMPARE(controller.user().loginType, QStringLiteral("resume"));
    const QList<QJsonObject> logins = methodCalls(QStringLiteral("login"), m_server.get());
    QCOMPARE(logins.size(), loginsOnOne + 2);
    QCOMPARE(firstParam(logins.last()), resumeParams(bob.token));
    QCOMPARE(keys(), (QStringList { keyOf(bob), keyOf(aliceOne), keyOf(aliceTwo) }));

    // The next launch resumes the one used last.
    {
        auto next = launch();
        QVERIFY(next->controller->resumeLastAccount());
        QTRY_COMPARE(next->controller->state(), State::SignedIn);
        QCOMPARE(next->controller->user().account.userId, bob.account.userId);
    }

    // Remove another account: forgotten here (its server session is left to expire).
    QVERIFY(controller.removeAccount(keyOf(aliceTwo)));
    QCOMPARE(controller.state(), State::SignedIn);
    QCOMPARE(keys(), (QStringList { keyOf(bob), keyOf(aliceOne) }));
    QTRY_COMPARE(keychainKind(keyOf(aliceTwo)), KeychainKind::NotFound);
    QVERIFY(!controller.removeAccount(keyOf(aliceTwo)));

    // Remove the current one: signed out on the server too.
    QSignalSpy signedOut(&controller, &SignInController::signedOut);
    QVERIFY(controller.removeAccount(keyOf(bob)));
    QCOMPARE(controller.state(), State::Ready);
    QTRY_COMPARE(signedOut.size(), 1);
    QCOMPARE(m_server->users().tokenCount(bob.account.userId), 0);
    QCOMPARE(keys(), (QStringList { keyOf(aliceOne) }));
    QCOMPARE(keychainKind(keyOf(bob)), KeychainKind::NotFound);

    // What is left resumes at launch.
    auto last = launch();
    QVERIFY(last->controller->resumeLastAccount());
    QTRY_COMPARE(last->controller->state(), State::SignedIn);
    QCOMPARE(last->controller->user().account.userId, aliceOne.account.userId);
}

void TestStoredSessions::secretsNeverLogged()
{
    LogCapture log(QStringLiteral("liftoff.*=true"), LogCapture::PassOn::AllButDebug);

    startServer();
    MemoryTokenStore memory;
    SignedInUser alice;
    CHECKED(storeAliceSession(&alice, &memory));
    auto app = launch(&memory);
    QVERIFY(app->controller->resumeLastAccount());
    QTRY_COMPARE(app->controller->state(), State::SignedIn);
    m_server->abortAllSessions(); // a resume on reconnect too
    QTRY_VERIFY(log.text().contains(QStringLiteral("resuming the session on the new connection")));
    QTRY_COMPARE(app->controller->connection()->state(), DdpConnection::State::Connected);
    app->controller->signOut();
    QTRY_VERIFY(memory.keys().isEmpty());

    const QString captured = log.text();
    QVERIFY(captured.contains(QStringLiteral("\"resume\""))); // frames were logged
    QVERIFY2(!captured.contains(alice.token), "the token was logged");
}

QTEST_GUILESS_MAIN(TestStoredSessions)
#include "tst_storedsessions.moc"
