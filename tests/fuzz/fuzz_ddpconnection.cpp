// fuzz-units: ddp/ddpconnection ddp/ddpframe ddp/ddperror ddp/ddpcollections ddp/ddpmethodcall
// fuzz-units: ddp/ddpsubscription
// fuzz-units: ddp/reconnectbackoff core/serveraddress ddp/redaction core/logging
// fuzz-units: tls/untrustedcertificate tls/certificatetrust
// fuzz-units: tls/fingerprint core/settings
// fuzz-dict: ddp.dict
// fuzz-runs: 5000
//
// DdpConnection's own message handling, end to end: a loopback WebSocket server completes the
// handshake, the client makes two method calls and one subscription, then the server sends the
// input, one text frame per line, and a ping. `@0`, `@1` and `@s` in a line stand for the ids of
// the two calls and the subscription, so results, `updated`, `ready` and `nosub` can hit them.
// (DdpConnection has no way in but a socket; the loopback costs a millisecond or so per input.)
//
// Invariants: the client survives every frame and still answers the ping; every call finishes
// exactly once (at the latest when the connection closes); closing leaves nothing behind.

#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "ddp/ddpmethodcall.h"
#include "ddp/ddpsubscription.h"
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <array>
#include <functional>
#include <memory>
#include <utility>

namespace {

constexpr int waitMs = 5000;

// Runs the event loop until done() or the time is up.
bool waitFor(const std::function<bool()> &done)
{
    static QTimer tick; // wakes the loop up to look at the clock
    tick.start(5);
    const QDeadlineTimer deadline(waitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Just enough of a DDP server: answers `connect`, notes the ids of methods and subscriptions,
// and lets the fuzzer speak for it.
class LoopbackServer : public QObject
{
public:
    LoopbackServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost)) {
            std::fprintf(stderr, "cannot listen: %s\n", qPrintable(m_server.errorString()));
            std::abort();
        }
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                if (m_peer)
                    m_peer->deleteLater();
                m_peer = socket;
                connect(socket, &QWebSocket::textMessageReceived, this, &LoopbackServer::onMessage);
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }
    void send(const QString &frame)
    {
        if (m_peer)
            m_peer->sendTextMessage(frame);
    }
    void reset()
    {
        methodIds.clear();
        subIds.clear();
        lastPong.clear();
    }

    QStringList methodIds;
    QStringList subIds;
    QString lastPong;

private:
    void onMessage(const QString &text)
    {
        const DdpFrame::Decoded frame = DdpFrame::decode(text.toUtf8());
        const QString id = frame.object.value(QLatin1String("id")).toString();
        if (frame.type == QLatin1String("connect"))
            send(QStringLiteral(R"({"msg":"connected","session":"fuzz"})"));
        else if (frame.type == QLatin1String("method"))
            methodIds << id;
        else if (frame.type == QLatin1String("sub"))
            subIds << id;
        else if (frame.type == QLatin1String("pong"))
            lastPong = id;
        else if (frame.type == QLatin1String("ping"))
            send(QString::fromUtf8(DdpFrame::encode(DdpFrame::pong(id))));
    }

    QWebSocketServer m_server { QStringLiteral("fuzz"), QWebSocketServer::NonSecureMode };
    QPointer<QWebSocket> m_peer;
};

QCoreApplication *application = nullptr;
LoopbackServer *server = nullptr;
DdpConnection *connection = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    static int argc = 1;
    static char name[] = "fuzz_ddpconnection";
    static char *argv[] = { name, nullptr };
    application = new QCoreApplication(argc, argv);
    server = new LoopbackServer;
    connection = new DdpConnection;
    connection->setAutoReconnect(false);
    connection->setHeartbeat(3600 * 1000, 3600 * 1000);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int round = 0;
    ++round;
    server->reset();
    connection->open(ServerAddress::parse(server->url()));
    FUZZ_CHECK(waitFor([] { return connection->state() == DdpConnection::State::Connected; }),
               "the handshake completes");

    // The documents the collections announced and have not announced as removed.
    QSet<std::pair<QString, QString>> documents;
    DdpCollections *collections = connection->collections();
    const auto note = [&documents](const QString &collection, const QString &id) {
        documents.insert({ collection, id });
    };
    const QMetaObject::Connection added
        = QObject::connect(collections, &DdpCollections::documentAdded, note);
    const QMetaObject::Connection changed
        = QObject::connect(collections, &DdpCollections::documentChanged, note);
    const QMetaObject::Connection removed
        = QObject::connect(collections, &DdpCollections::documentRemoved,
                           [&documents](const QString &collection, const QString &id) {
                               documents.remove({ collection, id });
                           });

    // Each call counts its `finished`; the counters outlive the calls' deferred deletion.
    auto finishedCounts = std::make_shared<std::array<int, 2>>();
    const std::array<QPointer<DdpMethodCall>, 2> calls {
        connection->call(QStringLiteral("login"),
                         { QJsonObject { { QStringLiteral("resume"), QStringLiteral("t") } } }),
        connection->call(QStringLiteral("fuzz.method")),
    };
    for (size_t i = 0; i < calls.size(); ++i)
        QObject::connect(calls[i], &DdpMethodCall::finished, calls[i],
                         [finishedCounts, i] { ++(*finishedCounts)[i]; });
    const QPointer<DdpSubscription> subscription
        = connection->subscribe(QStringLiteral("meteor.loginServiceConfiguration"));
    FUZZ_CHECK(waitFor([] { return server->methodIds.size() == 2 && server->subIds.size() == 1; }),
               "the calls and the subscription reach the server");

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.replace(QLatin1String("@0"), server->methodIds.at(0));
        line.replace(QLatin1String("@1"), server->methodIds.at(1));
        line.replace(QLatin1String("@s"), server->subIds.at(0));
        server->send(line);
    }
    const QString sync = QStringLiteral("sync%1").arg(round);
    server->send(QString::fromUtf8(DdpFrame::encode(DdpFrame::ping(sync))));
    FUZZ_CHECK(waitFor([&sync] {
                   return server->lastPong == sync
                       || connection->state() != DdpConnection::State::Connected;
               }),
               "the client still answers a ping after the input");

    for (size_t i = 0; i < calls.size(); ++i)
        FUZZ_CHECK((*finishedCounts)[i] <= 1, "a call finishes at most once");
    connection->unsubscribe(subscription);
    connection->close();
    FUZZ_CHECK(connection->state() == DdpConnection::State::Disconnected, "closed");
    for (size_t i = 0; i < calls.size(); ++i)
        FUZZ_CHECK((*finishedCounts)[i] == 1,
                   QStringLiteral("call %1 finishes exactly once").arg(i));
    for (const auto &[collection, id] : std::as_const(documents))
        FUZZ_CHECK(!connection->collections()->contains(collection, id), id);
    FUZZ_CHECK(documents.isEmpty(), "closing announces every document as removed");
    QObject::disconnect(added);
    QObject::disconnect(changed);
    QObject::disconnect(removed);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
