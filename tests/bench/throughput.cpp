// liftoff-bench-throughput: DDP frames decoded and dispatched per second, for a burst of 100 000
// `added` messages (the size of a large initial subscription).
//
// Three rows, from the inside out:
//   decode         DdpFrame::decode on each frame, in memory
//   decode+apply   the same plus what DdpConnection does next for `added` (DdpCollections::
//                  applyAdded and its signal), in memory
//   end to end     a DevServer on its own thread sends the burst (sendTextToAll) over a loopback
//                  WebSocket to a DdpConnection, which decodes and dispatches it. The client's
//                  thread waits while the server queues the burst on its socket; the clock starts
//                  when it is queued and stops when the client's collections hold every document,
//                  so the figure is the client's rate (socket reads, WebSocket unframing, decode,
//                  dispatch), not the server's.
// No compression anywhere: Qt 6.4's QWebSocket does not negotiate permessage-deflate, so these
// are rates for uncompressed frames, although real servers offer compression (app/ddp/README.md
// §1). See README.md.

#include "core/serveraddress.h"
#include "ddp/ddpcollections.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpframe.h"
#include "devserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A users document as Rocket.Chat publishes it, give or take: 17-character id, a few fields.
QList<QByteArray> makeBurst(int count, const QString &collection)
{
    QList<QByteArray> frames;
    frames.reserve(count);
    for (int i = 0; i < count; ++i) {
        frames.append(QStringLiteral(R"({"msg":"added","collection":"%1","id":"u%2","fields":)"
                                     R"({"username":"user%3","name":"User %3","status":"online",)"
                                     R"("utcOffset":2,"active":true}})")
                          .arg(collection)
                          .arg(i, 16, 10, QLatin1Char('0'))
                          .arg(i)
                          .toUtf8());
    }
    return frames;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Runs the event loop until done() or timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop up to look at the clock
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double decodeOnly(const QList<QByteArray> &frames)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype fields = 0;
    for (const QByteArray &frame : frames)
        fields += DdpFrame::decode(frame).object.size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (fields != qsizetype(frames.size()) * 4)
        err() << "unexpected decode result" << Qt::endl;
    return seconds;
}

// What DdpConnection::handleDocument does for `added`, without the socket.
double decodeAndApply(const QList<QByteArray> &frames)
{
    DdpCollections collections;
    int added = 0;
    QObject::connect(&collections, &DdpCollections::documentAdded, [&added] { ++added; });
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &frame : frames) {
        const DdpFrame::Decoded decoded = DdpFrame::decode(frame);
        if (decoded.type != QLatin1String("added"))
            continue;
        const QJsonValue collection = decoded.object.value(QLatin1String("collection"));
        const QJsonValue id = decoded.object.value(QLatin1String("id"));
        if (!collection.isString() || !id.isString())
            continue;
        collections.applyAdded(collection.toString(), id.toString(),
                               decoded.object.value(QLatin1String("fields")).toObject());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (added != frames.size())
        err() << "only " << added << " documents added" << Qt::endl;
    return seconds;
}

// The dev server on a thread of its own, so that sending does not share the client's thread.
class ServerThread
{
public:
    ServerThread()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        run([this] {
            DevServerOptions options;
            options.pingIntervalMs = 0;
            m_server = new DevServer(options);
            if (m_server->listen(0))
                m_url = m_server->httpUrl().toString();
        });
    }
    ~ServerThread()
    {
        QThread *mainThread = QThread::currentThread();
        run([this, mainThread] {
            delete m_server;
            m_anchor.moveToThread(mainThread);
        });
        m_thread.quit();
        m_thread.wait();
    }
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    QString url() const { return m_url; }
    // Returns once every frame is queued on the server's socket.
    void sendAll(const QList<QByteArray> &frames)
    {
        run([this, &frames] {
            for (const QByteArray &frame : frames)
                m_server->sendTextToAll(QString::fromUtf8(frame));
        });
    }

private:
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_anchor;
    DevServer *m_server = nullptr;
    QString m_url;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liftoff-bench-throughput"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("DDP frames decoded and dispatched per second for a burst of `added` "
                       "messages: DdpFrame::decode alone, decode + DdpCollections, and a "
                       "DdpConnection fed by a DevServer over a loopback WebSocket."));
    parser.addHelpOption();
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per burst (default 100000)."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs, after one warm-up (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption tsvOption(QStringLiteral("tsv"),
                                       QStringLiteral("Print row<TAB>frames/s<TAB>MB/s only."));
    parser.addOptions({ framesOption, runsOption, tsvOption });
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("liftoff.*.info=false"));

    const int count = qMax(1, parser.value(framesOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    ServerThread server;
    if (server.url().isEmpty()) {
        err() << "the dev server did not start" << Qt::endl;
        return 1;
    }
    DdpConnection connection;
    connection.setAutoReconnect(false);
    connection.setHeartbeat(3600 * 1000, 3600 * 1000);
    int added = 0;
    QObject::connect(connection.collections(), &DdpCollections::documentAdded, &connection,
                     [&added] { ++added; });
    connection.open(ServerAddress::parse(server.url()));
    if (!waitFor([&] { return connection.state() == DdpConnection::State::Connected; }, 10000)) {
        err() << "could not connect to " << server.url() << Qt::endl;
        return 1;
    }

    QList<double> decodeTimes;
    QList<double> applyTimes;
    QList<double> endToEndTimes;
    qsizetype bytes = 0;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        // A collection per run, so that no run merges into the documents of another.
        const QList<QByteArray> frames = makeBurst(count, QStringLiteral("users%1").arg(run));
        bytes = 0;
        for (const QByteArray &frame : frames)
            bytes += frame.size();

        const double decode = decodeOnly(frames);
        const double apply = decodeAndApply(frames);

        added = 0;
        server.sendAll(frames);
        QElapsedTimer timer;
        timer.start();
        if (!waitFor([&] { return added >= count; }, 120000)) {
            err() << "only " << added << " of " << count << " documents arrived" << Qt::endl;
            return 1;
        }
        const double endToEnd = double(timer.nsecsElapsed()) / 1e9;
        connection.collections()->clear();
        if (run > 0) {
            decodeTimes.append(decode);
            applyTimes.append(apply);
            endToEndTimes.append(endToEnd);
        }
    }
    connection.close();

    const double megabytes = double(bytes) / 1e6;
    const auto row = [&](const QString &name, const QList<double> &times) {
        const double seconds = median(times);
        if (parser.isSet(tsvOption)) {
            out() << name << '\t' << qRound64(count / seconds) << '\t'
                  << QString::number(megabytes / seconds, 'f', 1) << Qt::endl;
            return;
        }
        out() << QStringLiteral("%1 %2 frames/s %3 MB/s %4 ms")
                     .arg(name, -44)
                     .arg(qRound64(count / seconds), 10)
                     .arg(megabytes / seconds, 7, 'f', 1)
                     .arg(seconds * 1000, 7, 'f', 0)
              << Qt::endl;
    };
    if (!parser.isSet(tsvOption))
        out() << count << " `added` frames, " << bytes / count << " bytes each, median of " << runs
              << " runs" << Qt::endl;
    row(QStringLiteral("decode"), decodeTimes);
    row(QStringLiteral("decode+apply"), applyTimes);
    row(QStringLiteral("end to end"), endToEndTimes);
    return 0;
}
