#include "../shared/framerecorder.h"
#include "../shared/logcapture.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "devserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// DdpConnection against the real dev server (in-process, 127.0.0.1, port 0).
class TestDdpConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<DdpConnection> m_connection;
    FrameRecorder m_received; // client → server, in order

    void startServer(const DevServerOptions &options = {})
    {
        m_server = std::make_unique<DevServer>(options);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        m_received.record(m_server.get());
    }

    ServerAddress serverAddress() const
    {
        return ServerAddress::parse(m_server->httpUrl().toString());
    }

    void openAndWait()
    {
        m_connection->open(serverAddress());
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Connected);
    }

    QList<QJsonObject> receivedOfType(const QString &type) const { return m_received.ofType(type); }

    static QJsonArray passwordLogin(const QString &user, const QString &password)
    {
        const QByteArray digest
            = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
        return { QJsonObject {
            { QStringLiteral("user"), QJsonObject { { QStringLiteral("username"), user } } },
            { QStringLiteral("password"),
              QJsonObject { { QStringLiteral("digest"), QString::fromLatin1(digest) },
                            { QStringLiteral("algorithm"), QStringLiteral("sha-256") } } } } };
    }

    // A quick method the dev server answers with a 404 error: proves the session works.
    void verifyStillServing()
    {
        QCOMPARE(m_connection->state(), DdpConnection::State::Connected);
        DdpMethodCall *call = m_connection->call(QStringLiteral("no.such.method"));
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind(), DdpError::Kind::ServerError);
        QCOMPARE(outcome->error.code(), QStringLiteral("404"));
    }

    // What a call came to, kept past the call object's life (it deletes itself once done).
    struct Outcome
    {
        bool finished = false;
        bool dataVisible = false;
        QJsonValue result;
        DdpError error;
    };

    std::shared_ptr<Outcome> watch(DdpMethodCall *call)
    {
        auto outcome = std::make_shared<Outcome>();
        connect(call, &DdpMethodCall::finished, this, [outcome, call] {
            outcome->finished = true;
            outcome->result = call->result();
            outcome->error = call->error();
        });
        connect(call, &DdpMethodCall::dataVisible, this,
                [outcome] { outcome->dataVisible = true; });
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_received.clear();
        m_connection = std::make_unique<DdpConnection>();
    }

    void cleanup()
    {
        m_connection.reset();
        m_server.reset();
    }

    void handshake_data()
    {
        QTest::addColumn<int>("greeting");
        QTest::newRow("no greeting") << int(DevServerOptions::Greeting::None);
        QTest::newRow("legacy server_id greeting") << int(DevServerOptions::Greeting::Legacy);
        QTest::newRow("msg server_id greeting") << int(DevServerOptions::Greeting::Message);
    }

    void handshake()
    {
        QFETCH(int, greeting);
        DevServerOptions options;
        options.greeting = DevServerOptions::Greeting(greeting);
        startServer(options);
        QSignalSpy connected(m_connection.get(), &DdpConnection::connected);
        openAndWait();
        QCOMPARE(connected.count(), 1);
        QCOMPARE(m_connection->sessionId().size(), 17);
        QCOMPARE(m_connection->protocolVersion(), QStringLiteral("1"));

        const QList<QJsonObject> connects = receivedOfType(QStringLiteral("connect"));
        QCOMPARE(connects.size(), 1);
        QCOMPARE(connects.first().value(QLatin1String("version")).toString(), QStringLiteral("1"));
        QCOMPARE(connects.first().value(QLatin1String("support")).toArray(),
                 QJsonArray::fromStringList(
                     { QStringLiteral("1"), QStringLiteral("pre2"), QStringLiteral("pre1") }));
        verifyStillServing();
    }

    void versionNegotiation()
    {
        DevServerOptions options;
        options.ddpVersions = QStringList { QStringLiteral("pre1") };
        startServer(options);
        openAndWait();
        QCOMPARE(m_connection->protocolVersion(), QStringLiteral("pre1"));
        const QList<QJsonObject> connects = receivedOfType(QStringLiteral("connect"));
        QCOMPARE(connects.size(), 2);
        QCOMPARE(connects.at(1).value(QLatin1String("version")).toString(), QStringLiteral("pre1"));
    }

    void versionNegotiationKeepsPipelinedCalls()
    {
        DevServerOptions options;
        options.ddpVersions = QStringList { QStringLiteral("pre2") };
        startServer(options);
        connect(
            m_connection.get(), &DdpConnection::sessionStarting, this,
            [this] {
                m_connection->call(
                    QStringLiteral("login"),
                    passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland")));
            },
            Qt::SingleShotConnection);
        m_connection->open(serverAddress());
        // The login went out with the first (refused) handshake and again with the second.
        QTRY_COMPARE(m_connection->collections()->documents(QStringLiteral("users")).size(), 1);
        QCOMPARE(m_connection->protocolVersion(), QStringLiteral("pre2"));
    }

    void unsupportedVersion()
    {
        DevServerOptions options;
        options.ddpVersions = QStringList { QStringLiteral("2") };
        startServer(options);
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        m_connection->open(serverAddress());
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Failed);
        QCOMPARE(m_connection->lastError().kind(), DdpError::Kind::VersionMismatch);
        QVERIFY(m_connection->lastError().userMessage().contains(QLatin1String("2")));
        QCOMPARE(disconnected.count(), 1);
        // It does not keep hammering the server.
        QTest::qWait(300);
        QCOMPARE(receivedOfType(QStringLiteral("connect")).size(), 1);

        DdpMethodCall *call = m_connection->call(QStringLiteral("login"));
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind(), DdpError::Kind::VersionMismatch);
    }

    void answersServerPings_data()
    {
        QTest::addColumn<QString>("ping");
        QTest::addColumn<QString>("expectedPong");
        QTest::newRow("with id") << QStringLiteral("{\"msg\":\"ping\",\"id\":\"abc\"}")
                                 << QStringLiteral("{\"id\":\"abc\",\"msg\":\"pong\"}");
        QTest::newRow("without id")
            << QStringLiteral("{\"msg\":\"ping\"}") << QStringLiteral("{\"msg\":\"pong\"}");
    }

    void answersServerPings()
    {
        QFETCH(QString, ping);
        QFETCH(QString, expectedPong);
        startServer();
        openAndWait();
        m_server->sendTextToAll(ping);
        QTRY_COMPARE(receivedOfType(QStringLiteral("pong")).size(), 1);
        const QJsonObject pong = receivedOfType(QStringLiteral("pong")).constFirst();
        QCOMPARE(QString::fromUtf8(DdpFrame::encode(pong)), expectedPong);
    }

    void answersTheServersOwnHeartbeat()
    {
        DevServerOptions options;
        options.pingIntervalMs = 150;
        options.pingTimeoutMs = 300;
        startServer(options);
        m_connection->setHeartbeat(60000, 60000);
        openAndWait();
        QTRY_VERIFY(receivedOfType(QStringLiteral("pong")).size() >= 2);
        QCOMPARE(m_connection->state(), DdpConnection::State::Connected);
        QCOMPARE(m_server->sessionCount(), 1);
    }

    void pingsAQuietServer()
    {
        DevServerOptions options;
        options.pingIntervalMs = 0;
        startServer(options);
        m_connection->setHeartbeat(150, 2000);
        openAndWait();
        QTRY_VERIFY(receivedOfType(QStringLiteral("ping")).size() >= 2);
        const QJsonObject ping = receivedOfType(QStringLiteral("ping")).constFirst();
        QVERIFY(ping.value(QLatin1String("id")).isString());
        QCOMPARE(m_connection->state(), DdpConnection::State::Connected);
    }

    void silentServerCountsAsGone()
    {
        DevServerOptions options;
        options.silentAfterConnected = true;
        options.pingIntervalMs = 0;
        startServer(options);
        m_connection->setHeartbeat(150, 250);
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        QSignalSpy scheduled(m_connection.get(), &DdpConnection::reconnectScheduled);
        openAndWait();
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(disconnected.first().first().value<DdpError>().kind(),
                 DdpError::Kind::ServerSilent);
        QVERIFY(scheduled.count() >= 1);
        // A later session is fine again.
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Connected);
    }

    void methodResultAndUpdated_data()
    {
        QTest::addColumn<bool>("updatedBeforeResult");
        QTest::newRow("updated first") << true;
        QTest::newRow("result first") << false;
    }

    void methodResultAndUpdated()
    {
        QFETCH(bool, updatedBeforeResult);
        DevServerOptions options;
        options.updatedBeforeResult = updatedBeforeResult;
        startServer(options);
        openAndWait();
        DdpMethodCall *call = m_connection->call(
            QStringLiteral("login"),
            passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland")));
        const auto outcome = watch(call);
        QPointer<DdpMethodCall> guard(call);
        QTRY_VERIFY(outcome->finished);
        QTRY_VERIFY(outcome->dataVisible);
        QVERIFY(!outcome->error.isError());
        const QJsonObject result = outcome->result.toObject();
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("password"));
        QCOMPARE(result.value(QLatin1String("token")).toString().size(), 43);
        const QDateTime expires = DdpFrame::toDateTime(result.value(QLatin1String("tokenExpires")));
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(89));

        // The current-user document arrived with the login.
        const QString userId = result.value(QLatin1String("id")).toString();
        QTRY_VERIFY(m_connection->collections()->contains(QStringLiteral("users"), userId));
        QCOMPARE(m_connection->collections()
                     ->document(QStringLiteral("users"), userId)
                     .value(QLatin1String("username"))
                     .toString(),
                 QStringLiteral("alice"));
        // The call object goes away once nothing more can arrive for it.
        QTRY_VERIFY(guard.isNull());
    }

    void serverErrorIsTyped()
    {
        startServer();
        openAndWait();
        DdpMethodCall *call
            = m_connection->call(QStringLiteral("login"),
                                 passwordLogin(QStringLiteral("alice"), QStringLiteral("nope")));
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        const DdpError error = outcome->error;
        QCOMPARE(error.kind(), DdpError::Kind::ServerError);
        QVERIFY(error.isNumericCode());
        QCOMPARE(error.numericCode(), 401);
        QCOMPARE(error.reason(), QStringLiteral("User not found"));

        call = m_connection->call(
            QStringLiteral("login"),
            passwordLogin(QStringLiteral("dave"), QStringLiteral("deactivated")));
        const auto outcome2 = watch(call);
        QTRY_VERIFY(outcome2->finished);
        QCOMPARE(outcome2->error.code(), QStringLiteral("error-user-is-not-activated"));
        QVERIFY(!outcome2->error.isNumericCode());
        QCOMPARE(outcome2->error.details().toObject().value(QLatin1String("function")).toString(),
                 QStringLiteral("Accounts.validateLoginAttempt"));
    }

    void methodTimesOut()
    {
        DevServerOptions options;
        options.ignoreLogin = true;
        startServer(options);
        openAndWait();
        DdpMethodCall *call = m_connection->call(QStringLiteral("login"), {}, 200);
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind(), DdpError::Kind::Timeout);
        QVERIFY(!outcome->error.userMessage().isEmpty());
        verifyStillServing();
    }

    void pendingCallsFailWhenTheSocketDrops_data()
    {
        QTest::addColumn<bool>("abort");
        QTest::newRow("TCP reset") << true;
        QTest::newRow("close frame") << false;
    }

    void pendingCallsFailWhenTheSocketDrops()
    {
        QFETCH(bool, abort);
        DevServerOptions options;
        options.ignoreLogin = true;
        startServer(options);
        openAndWait();
        DdpMethodCall *call = m_connection->call(QStringLiteral("login"), {}, 60000);
        const auto outcome = watch(call);
        QTRY_COMPARE(receivedOfType(QStringLiteral("method")).size(), 1);
        if (abort)
            m_server->abortAllSessions();
        else
            m_server->closeAllSessions();
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind(), DdpError::Kind::ConnectionLost);
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Connected);
    }

    void callsWhileReconnectingWaitForTheNextSession()
    {
        startServer();
        m_connection->backoff() = ReconnectBackoff(300, 2.0, 1000, 0.0);
        openAndWait();
        m_server->closeAllSessions();
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::WaitingToReconnect);
        DdpMethodCall *call = m_connection->call(
            QStringLiteral("login"),
            passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland")));
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.toLogString()));
    }

    void closeCancelsEverything()
    {
        DevServerOptions options;
        options.ignoreLogin = true;
        startServer(options);
        openAndWait();
        DdpMethodCall *call = m_connection->call(QStringLiteral("login"));
        const auto outcome = watch(call);
        m_connection->close();
        QVERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind(), DdpError::Kind::Cancelled);
        QCOMPARE(m_connection->state(), DdpConnection::State::Disconnected);
        QTRY_COMPARE(m_server->sessionCount(), 0);
        QTest::qWait(200);
        QCOMPARE(receivedOfType(QStringLiteral("connect")).size(), 1);
    }

    void subscriptions()
    {
        startServer();
        openAndWait();
        DdpSubscription *services
            = m_connection->subscribe(QStringLiteral("meteor.loginServiceConfiguration"));
        QTRY_VERIFY(services->isReady());

        DdpSubscription *unknown = m_connection->subscribe(QStringLiteral("no.such.publication"));
        QSignalSpy stopped(unknown, &DdpSubscription::stopped);
        QTRY_COMPARE(stopped.count(), 1);
        const DdpError error = stopped.first().first().value<DdpError>();
        QCOMPARE(error.code(), QStringLiteral("404"));

        // On a new session the subscription is sent again with the same id and gets ready again.
        const QString id = services->id();
        QSignalSpy readyChanged(services, &DdpSubscription::readyChanged);
        m_connection->backoff() = ReconnectBackoff(50, 2.0, 1000, 0.0);
        m_server->closeAllSessions();
        QTRY_COMPARE(readyChanged.count(), 2); // false, then true
        QVERIFY(services->isReady());
        int sent = 0;
        for (const QJsonObject &sub : receivedOfType(QStringLiteral("sub")))
            sent += sub.value(QLatin1String("id")).toString() == id;
        QCOMPARE(sent, 2);

        services->stop();
        QTRY_COMPARE(receivedOfType(QStringLiteral("unsub")).size(), 1);
    }

    void documentsFollowAddedChangedRemoved()
    {
        startServer();
        openAndWait();
        DdpCollections *docs = m_connection->collections();
        m_server->sendTextToAll(QStringLiteral(
            "{\"msg\":\"added\",\"collection\":\"c\",\"id\":\"d1\",\"fields\":{\"a\":1,\"b\":2}}"));
        m_server->sendTextToAll(QStringLiteral("{\"msg\":\"changed\",\"collection\":\"c\",\"id\":"
                                               "\"d1\",\"fields\":{\"a\":3},\"cleared\":[\"b\"]}"));
        QTRY_COMPARE(docs->document(QStringLiteral("c"), QStringLiteral("d1")),
                     QJsonObject({ { QStringLiteral("a"), 3 } }));
        m_server->sendTextToAll(
            QStringLiteral("{\"msg\":\"removed\",\"collection\":\"c\",\"id\":\"d1\"}"));
        QTRY_VERIFY(!docs->contains(QStringLiteral("c"), QStringLiteral("d1")));
    }

    void reconnectsWithBackoff()
    {
        startServer();
        openAndWait();
        const quint16 port = m_server->port();
        m_connection->backoff() = ReconnectBackoff(40, 2.0, 200, 0.0);
        QSignalSpy scheduled(m_connection.get(), &DdpConnection::reconnectScheduled);
        // Server gone: the port refuses, and each wait is longer, up to the cap.
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 5, 10000);
        QList<int> delays;
        for (const QList<QVariant> &args : scheduled)
            delays << args.first().toInt();
        QCOMPARE(delays.mid(0, 5), QList<int>({ 40, 80, 160, 200, 200 }));
        QCOMPARE(m_connection->lastError().kind(), DdpError::Kind::NetworkError);

        // Back on the same port: connected again, and the back-off starts over.
        m_server = std::make_unique<DevServer>();
        QVERIFY(m_server->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), DdpConnection::State::Connected, 10000);
        QCOMPARE(m_connection->backoff().attempt(), 0);
    }

    void pipelinesTheFirstCallWithTheHandshake()
    {
        DevServerOptions options;
        options.frameDelayMs = 400;
        startServer(options);
        bool connectedWhenLoginArrived = true;
        connect(m_server.get(), &DevServer::frameReceived, this,
                [&](int, const QJsonObject &frame, const QString &) {
                    if (frame.value(QLatin1String("msg")).toString() == QLatin1String("method"))
                        connectedWhenLoginArrived
                            = m_connection->state() == DdpConnection::State::Connected;
                });
        DdpMethodCall *call = nullptr;
        connect(m_connection.get(), &DdpConnection::sessionStarting, this, [&] {
            call = m_connection->call(
                QStringLiteral("login"),
                passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland")));
        });
        m_connection->open(serverAddress());
        QTRY_VERIFY(call);
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        QVERIFY(!outcome->error.isError());
        // The login reached the server before `connected` reached us: no extra round trip.
        QVERIFY(!connectedWhenLoginArrived);
        QCOMPARE(m_received.at(0).frame.value(QLatin1String("msg")).toString(),
                 QStringLiteral("connect"));
        QCOMPARE(m_received.at(1).frame.value(QLatin1String("msg")).toString(),
                 QStringLiteral("method"));
    }

    void survivesHostileFrames_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("not JSON") << QStringLiteral("this is not json {");
        QTest::newRow("JSON array") << QStringLiteral("[1,2,3]");
        QTest::newRow("JSON string") << QStringLiteral("\"hello\"");
        QTest::newRow("empty object") << QStringLiteral("{}");
        QTest::newRow("msg not a string") << QStringLiteral("{\"msg\":42}");
        QTest::newRow("unknown msg") << QStringLiteral("{\"msg\":\"launch\"}");
        QTest::newRow("result for unknown id")
            << QStringLiteral("{\"msg\":\"result\",\"id\":\"99999\",\"result\":true}");
        QTest::newRow("result id of wrong type")
            << QStringLiteral("{\"msg\":\"result\",\"id\":7,\"result\":true}");
        QTest::newRow("result error of wrong type")
            << QStringLiteral("{\"msg\":\"result\",\"id\":\"77777\",\"error\":\"boom\"}");
        QTest::newRow("updated methods not array")
            << QStringLiteral("{\"msg\":\"updated\",\"methods\":\"1\"}");
        QTest::newRow("second connected")
            << QStringLiteral("{\"msg\":\"connected\",\"session\":\"AAAAAAAAAAAAAAAAA\"}");
        QTest::newRow("failed after connected")
            << QStringLiteral("{\"msg\":\"failed\",\"version\":\"pre1\"}");
        QTest::newRow("added without collection")
            << QStringLiteral("{\"msg\":\"added\",\"id\":\"x\"}");
        QTest::newRow("added with numeric collection")
            << QStringLiteral("{\"msg\":\"added\",\"collection\":5,\"id\":\"x\",\"fields\":[]}");
        QTest::newRow("changed with odd cleared") << QStringLiteral(
            "{\"msg\":\"changed\",\"collection\":\"c\",\"id\":\"x\",\"cleared\":7}");
        QTest::newRow("removed of unknown doc")
            << QStringLiteral("{\"msg\":\"removed\",\"collection\":\"c\",\"id\":\"nope\"}");
        QTest::newRow("ready with numbers") << QStringLiteral("{\"msg\":\"ready\",\"subs\":[1,2]}");
        QTest::newRow("nosub without id") << QStringLiteral("{\"msg\":\"nosub\"}");
        QTest::newRow("top-level error")
            << QStringLiteral("{\"msg\":\"error\",\"reason\":\"Bad request\"}");
        QTest::newRow("ping with object id")
            << QStringLiteral("{\"msg\":\"ping\",\"id\":{\"a\":1}}");
        QTest::newRow("deeply nested") << QString(
            QStringLiteral("{\"msg\":\"added\",\"fields\":") + QString(5000, QLatin1Char('['))
            + QString(5000, QLatin1Char(']')) + QLatin1Char('}'));
        QTest::newRow("invalid UTF-16 surrogate")
            << QString(QStringLiteral("{\"msg\":\"") + QChar(0xD800) + QStringLiteral("\"}"));
    }

    void survivesHostileFrames()
    {
        QFETCH(QString, frame);
        startServer();
        openAndWait();
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        m_server->sendTextToAll(frame);
        verifyStillServing();
        QCOMPARE(disconnected.count(), 0);
    }

    void survivesBinaryFrames()
    {
        startServer();
        openAndWait();
        m_server->sendBinaryToAll(QByteArray("\x00\x01\x02{\"msg\":\"ping\"}", 16));
        verifyStillServing();
    }

    void survivesGarbageAfterConnected()
    {
        DevServerOptions options;
        options.garbageAfterConnected = true;
        startServer(options);
        openAndWait();
        verifyStillServing();
    }

    void oversizedFrameResetsTheConnection()
    {
        startServer();
        m_connection->setMaxIncomingMessageBytes(4096);
        m_connection->backoff() = ReconnectBackoff(50, 2.0, 1000, 0.0);
        openAndWait();
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        m_server->sendTextToAll(
            QStringLiteral(
                "{\"msg\":\"added\",\"collection\":\"c\",\"id\":\"x\",\"fields\":{\"blob\":\"")
            + QString(100000, QLatin1Char('x')) + QStringLiteral("\"}}"));
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(disconnected.first().first().value<DdpError>().kind(),
                 DdpError::Kind::FrameTooLarge);
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Connected);
        verifyStillServing();
    }

    void serverDropsAfterSomeFrames()
    {
        DevServerOptions options;
        options.dropAfterFrames = 1; // right after `connected`
        startServer(options);
        m_connection->backoff() = ReconnectBackoff(50, 2.0, 1000, 0.0);
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        m_connection->open(serverAddress());
        QTRY_VERIFY(disconnected.count() >= 1);
        QCOMPARE(disconnected.first().first().value<DdpError>().kind(),
                 DdpError::Kind::ConnectionLost);
        m_server->options().dropAfterFrames = -1;
        QTRY_COMPARE(m_connection->state(), DdpConnection::State::Connected);
        verifyStillServing();
    }

    void refusedPortIsANetworkError()
    {
        startServer();
        const ServerAddress address = serverAddress();
        m_server.reset();
        QSignalSpy disconnected(m_connection.get(), &DdpConnection::disconnected);
        m_connection->open(address);
        QTRY_COMPARE(disconnected.count(), 1);
        const DdpError error = disconnected.first().first().value<DdpError>();
        QCOMPARE(error.kind(), DdpError::Kind::NetworkError);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(m_connection->state(), DdpConnection::State::WaitingToReconnect);
    }

    void invalidAddressNeverConnects()
    {
        QSignalSpy stateChanged(m_connection.get(), &DdpConnection::stateChanged);
        m_connection->open(ServerAddress::parse(QStringLiteral("ht!tp://nope")));
        QCOMPARE(m_connection->state(), DdpConnection::State::Failed);
        QVERIFY(!m_connection->lastError().userMessage().isEmpty());
    }

    void frameLogNeverShowsSecrets()
    {
        LogCapture log(QStringLiteral("liftoff.*.debug=true"));

        startServer();
        openAndWait();
        DdpMethodCall *call = m_connection->call(
            QStringLiteral("login"),
            passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland")));
        const auto outcome = watch(call);
        QTRY_VERIFY(outcome->finished);
        const QString token = outcome->result.toObject().value(QLatin1String("token")).toString();
        m_connection->call(QStringLiteral("login"),
                           { QJsonObject { { QStringLiteral("resume"), token } } });
        QTRY_COMPARE(receivedOfType(QStringLiteral("method")).size(), 2);
        QTest::qWait(100);

        log.stop();
        const QString digest = passwordLogin(QStringLiteral("alice"), QStringLiteral("wonderland"))
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("password"))
                                   .toObject()
                                   .value(QLatin1String("digest"))
                                   .toString();
        QVERIFY(!token.isEmpty());
        const QString all = log.text();
        QVERIFY2(all.contains(QLatin1String("login")), "frames were logged");
        QVERIFY(!all.contains(digest));
        QVERIFY(!all.contains(token));
        QVERIFY(!all.contains(QLatin1String("wonderland")));
    }
};

QTEST_GUILESS_MAIN(TestDdpConnection)
#include "tst_ddpconnection.moc"
