// liftoff-bench-roundtrips: how many round trips a sign-in costs, measured rather than counted.
//
// liftoff-devserver delays everything it sends by a fixed D (--delay). Running the same sign-in
// against a server with delay 0 and one with delay D, the difference of the medians divided by D
// is the number of times the client waited for the server: its round trips. Process start-up,
// TCP connect and CPU time cancel out. See README.md.

#include "core/serveraddress.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

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

// Runs the event loop until done() or timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop up to look at the clock
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// liftoff-devserver with the given frame delay, on a free port.
class DevServerRun
{
public:
    DevServerRun(const QString &program, int delayMs, const QStringList &more = {})
    {
        m_process.start(program,
                        QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--delay"), QString::number(delayMs),
                                      QStringLiteral("--login-rate-limit"), QStringLiteral("0") }
                            + more);
    }
    ~DevServerRun()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    DevServerRun(const DevServerRun &) = delete;
    DevServerRun &operator=(const DevServerRun &) = delete;

    // "http://127.0.0.1:<port>", or empty when it did not start.
    QString waitForUrl()
    {
        static const QRegularExpression listening(QStringLiteral("^Listening on (http://\\S+)"),
                                                  QRegularExpression::MultilineOption);
        QByteArray output;
        waitFor(
            [&] {
                output += m_process.readAllStandardOutput();
                return listening.match(QString::fromUtf8(output)).hasMatch()
                    || m_process.state() == QProcess::NotRunning;
            },
            20000);
        return listening.match(QString::fromUtf8(output)).captured(1);
    }

private:
    QProcess m_process;
};

QJsonArray passwordLogin()
{
    const QByteArray digest
        = QCryptographicHash::hash("wonderland", QCryptographicHash::Sha256).toHex();
    return { QJsonObject {
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("username"), QStringLiteral("alice") } } },
        { QStringLiteral("password"),
          QJsonObject { { QStringLiteral("digest"), QString::fromLatin1(digest) },
                        { QStringLiteral("algorithm"), QStringLiteral("sha-256") } } } } };
}

struct Outcome
{
    double ms = -1;
    QJsonValue result;
};

// Opens a DdpConnection and calls `login` from sessionStarting, i.e. pipelined with `connect`, as
// a client that already knows what to send does. Time from open() to the login result.
Outcome ddpLogin(const QString &url, const QJsonArray &params)
{
    DdpConnection connection;
    connection.setAutoReconnect(false);
    Outcome outcome;
    bool done = false;
    QElapsedTimer timer;
    QObject::connect(&connection, &DdpConnection::sessionStarting, &connection, [&] {
        DdpMethodCall *call = connection.call(QStringLiteral("login"), params);
        QObject::connect(call, &DdpMethodCall::finished, &connection, [&, call] {
            done = true;
            if (!call->hasError()) {
                outcome.ms = double(timer.nsecsElapsed()) / 1e6;
                outcome.result = call->result();
            } else {
                err() << "login failed: " << call->error().toLogString() << Qt::endl;
            }
        });
    });
    timer.start();
    connection.open(ServerAddress::parse(url));
    if (!waitFor([&] { return done; }, 60000))
        err() << "login timed out" << Qt::endl;
    connection.close();
    return outcome;
}

// Runs liftoff with these arguments and, when given, alice's password on stdin; the time from
// process start to exit in ms, or < 0 when it failed.
double runLiftoff(const QString &app, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(app, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        err() << "liftoff " << arguments.join(u' ') << " failed: " << process.readAllStandardError()
              << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QStringList account(const QString &command, const QString &url)
{
    return { command, QStringLiteral("--server"), url, QStringLiteral("--username"),
             QStringLiteral("alice") };
}

// `liftoff login --password-stdin --no-store`.
double cliLogin(const QString &app, const QString &url)
{
    return runLiftoff(app,
                      account(QStringLiteral("login"), url)
                          << QStringLiteral("--password-stdin") << QStringLiteral("--no-store"),
                      "wonderland\n");
}

// The same for erin, the dev server's LDAP account, on a server with LDAP on: with --ldap, or
// without it (nothing remembered with --no-store: the password shape first, then the LDAP retry).
double cliLdapLogin(const QString &app, const QString &url, bool ldapOption)
{
    QStringList arguments { QStringLiteral("login"),
                            QStringLiteral("--server"),
                            url,
                            QStringLiteral("--username"),
                            QStringLiteral("erin"),
                            QStringLiteral("--password-stdin"),
                            QStringLiteral("--no-store") };
    if (ldapOption)
        arguments << QStringLiteral("--ldap");
    return runLiftoff(app, arguments, "directory\n");
}

// `liftoff login --password-stdin` that stores the session in the keychain, for the resume runs.
bool cliStoreSession(const QString &app, const QString &url)
{
    return runLiftoff(app,
                      account(QStringLiteral("login"), url) << QStringLiteral("--password-stdin"),
                      "wonderland\n")
        >= 0;
}

// `liftoff resume`: the token read from the keychain, then `{resume: token}`.
double cliResume(const QString &app, const QString &url)
{
    return runLiftoff(app, account(QStringLiteral("resume"), url));
}

struct Scenario
{
    QString name;
    // Returns the time of one run against the server at `url`, or < 0 on failure.
    std::function<double(const QString &url)> runOnce;
    bool ldapServers = false; // against the pair of servers with LDAP on
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liftoff-bench-roundtrips"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the round trips of signing in to liftoff-devserver: each scenario runs "
        "against a server without delay and one that delays everything it sends by D; round "
        "trips = (median with D - median without) / D."));
    parser.addHelpOption();
    const QString binDir = QCoreApplication::applicationDirPath();
    const QCommandLineOption delayOption(QStringLiteral("delay"),
                                         QStringLiteral("The delay D in ms (default 200)."),
                                         QStringLiteral("ms"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per scenario and delay (default 7)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The liftoff binary."),
                                       QStringLiteral("path"), binDir + QStringLiteral("/liftoff"));
    const QCommandLineOption serverOption(
        QStringLiteral("devserver"), QStringLiteral("The liftoff-devserver binary."),
        QStringLiteral("path"), binDir + QStringLiteral("/liftoff-devserver"));
    const QCommandLineOption keychainOption(
        QStringLiteral("with-keychain"),
        QStringLiteral("Also time `liftoff resume`, which needs a session stored in the system "
                       "keychain: it stores alice's session for both servers there first. Meant "
                       "for a private session (scripts/bench.sh runs in one)."));
    parser.addOptions({ delayOption, runsOption, appOption, serverOption, keychainOption });
    parser.process(app);
    // The figures only; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("liftoff.*.info=false"));

    const int delay = parser.value(delayOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QString liftoff = parser.value(appOption);
    const QString devserver = parser.value(serverOption);
    if (delay <= 0) {
        err() << "--delay must be positive" << Qt::endl;
        return 2;
    }

    DevServerRun fast(devserver, 0);
    DevServerRun slow(devserver, delay);
    DevServerRun fastLdap(devserver, 0, { QStringLiteral("--ldap") });
    DevServerRun slowLdap(devserver, delay, { QStringLiteral("--ldap") });
    const QString fastUrl = fast.waitForUrl();
    const QString slowUrl = slow.waitForUrl();
    const QString fastLdapUrl = fastLdap.waitForUrl();
    const QString slowLdapUrl = slowLdap.waitForUrl();
    if (fastUrl.isEmpty() || slowUrl.isEmpty() || fastLdapUrl.isEmpty() || slowLdapUrl.isEmpty()) {
        err() << "liftoff-devserver did not start (" << devserver << ")" << Qt::endl;
        return 1;
    }

    // A token per server for the resume runs, from one password login each.
    QHash<QString, QString> tokens;
    for (const QString &url : { fastUrl, slowUrl }) {
        const Outcome outcome = ddpLogin(url, passwordLogin());
        tokens.insert(url, outcome.result.toObject().value(QLatin1String("token")).toString());
        if (tokens.value(url).isEmpty()) {
            err() << "no token from " << url << Qt::endl;
            return 1;
        }
    }

    QList<Scenario> scenarios = {
        { QStringLiteral("liftoff login --password-stdin (process start to exit)"),
          [&](const QString &url) { return cliLogin(liftoff, url); } },
        { QStringLiteral("liftoff login --ldap, LDAP account"),
          [&](const QString &url) { return cliLdapLogin(liftoff, url, true); }, true },
        { QStringLiteral("liftoff login, LDAP account, no --ldap (retry)"),
          [&](const QString &url) { return cliLdapLogin(liftoff, url, false); }, true },
        { QStringLiteral("DdpConnection: password login pipelined with connect"),
          [](const QString &url) { return ddpLogin(url, passwordLogin()).ms; } },
        { QStringLiteral("DdpConnection: resume pipelined with connect"),
          [&](const QString &url) {
              const QJsonArray resume { QJsonObject {
                  { QStringLiteral("resume"), tokens.value(url) } } };
              return ddpLogin(url, resume).ms;
          } },
    };

    if (parser.isSet(keychainOption)) {
        for (const QString &url : { fastUrl, slowUrl }) {
            if (!cliStoreSession(liftoff, url))
                return 1;
        }
        scenarios.insert(3,
                         { QStringLiteral("liftoff resume (process start to exit)"),
                           [&](const QString &url) { return cliResume(liftoff, url); } });
    }

    out() << "Round trips to liftoff-devserver, D = " << delay << " ms, median of " << runs
          << " runs" << Qt::endl
          << Qt::endl;
    out() << QStringLiteral("%1  %2  %3  %4")
                 .arg(QStringLiteral("scenario"), -56)
                 .arg(QStringLiteral("D = 0"), 9)
                 .arg(QStringLiteral("D = %1").arg(delay), 9)
                 .arg(QStringLiteral("round trips"), 11)
          << Qt::endl;
    for (const Scenario &scenario : scenarios) {
        QList<double> fastTimes;
        QList<double> slowTimes;
        // Interleaved, so that a busy moment on the machine hits both sides alike.
        for (int i = 0; i < runs; ++i) {
            fastTimes.append(scenario.runOnce(scenario.ldapServers ? fastLdapUrl : fastUrl));
            slowTimes.append(scenario.runOnce(scenario.ldapServers ? slowLdapUrl : slowUrl));
        }
        if (std::any_of(fastTimes.cbegin(), fastTimes.cend(), [](double t) { return t < 0; })
            || std::any_of(slowTimes.cbegin(), slowTimes.cend(), [](double t) { return t < 0; })) {
            err() << scenario.name << ": a run failed" << Qt::endl;
            return 1;
        }
        const double fastMedian = median(fastTimes);
        const double slowMedian = median(slowTimes);
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(scenario.name, -56)
                     .arg(QStringLiteral("%1 ms").arg(fastMedian, 0, 'f', 0), 9)
                     .arg(QStringLiteral("%1 ms").arg(slowMedian, 0, 'f', 0), 9)
                     .arg((slowMedian - fastMedian) / delay, 11, 'f', 2)
              << Qt::endl;
    }
    out() << Qt::endl
          << "liftoff-devserver delays its frames and HTTP answers, not the WebSocket upgrade, so"
          << Qt::endl
          << "the floor here is 1: `connect` and `login` sent together. On a real network add "
             "the"
          << Qt::endl
          << "TCP (and TLS) handshakes and the upgrade to every row." << Qt::endl;
    return 0;
}
