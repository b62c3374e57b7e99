#include "../shared/devserverprocess.h"
#include "totp.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

// `liftoff login` with a person at a terminal: standard input is a pseudo-terminal (the child's
// controlling terminal, so Ctrl+C is a real SIGINT), stdout and stderr stay pipes. Checks the
// no-echo password prompt, the two-factor prompts, and that the terminal comes back on every
// way out. POSIX only; the Windows console branch is not exercised here.
class TestCommandLineTerminal : public QObject
{
    Q_OBJECT

#ifdef Q_OS_UNIX
private:
    static constexpr auto bobSecret = "JBSWY3DPEHPK3PXP";

    // One pseudo-terminal and one `liftoff` process with it as standard input.
    class Session
    {
    public:
        Session() = default;
        Session(const Session &) = delete;
        Session &operator=(const Session &) = delete;
        ~Session()
        {
            if (m_process.state() != QProcess::NotRunning) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
            if (m_master >= 0)
                ::close(m_master);
            if (m_slave >= 0)
                ::close(m_slave);
        }

        bool start(const QString &app, const QStringList &args)
        {
            m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
            if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
                return false;
            ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
            ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
            const char *name = ::ptsname(m_master);
            if (!name)
                return false;
            // Kept open here too, to look at its settings after the child is gone.
            m_slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
            if (m_slave < 0)
                return false;

            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_LOGGING_RULES"));
            m_process.setProcessEnvironment(env);
            const int slave = m_slave;
            m_process.setChildProcessModifier([slave] {
                // A session of its own with the terminal as controlling terminal, as a shell
                // sets it up; then it is standard input.
                ::setsid();
                ::ioctl(slave, TIOCSCTTY, 0);
                ::dup2(slave, STDIN_FILENO);
            });
            QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
                m_err += QString::fromUtf8(m_process.readAllStandardError());
            });
            m_process.start(app, args);
            return m_process.waitForStarted(10000);
        }

        // Waits until stderr holds `text` `count` times (prompts show there).
        bool waitForPrompt(const QString &text, int count = 1, int timeoutMs = 20000)
        {
            return QTest::qWaitFor(
                       [&] {
                           return m_err.count(text) >= count
                               || m_process.state() == QProcess::NotRunning;
                       },
                       timeoutMs)
                && m_err.count(text) >= count;
        }

        void type(const QByteArray &keys)
        {
            [[maybe_unused]] const auto written = ::write(m_master, keys.constData(), keys.size());
        }

        bool waitForFinished(int timeoutMs = 30000)
        {
            return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; },
                                   timeoutMs);
        }

        // What the terminal shows: the echo of what was typed.
        QByteArray screen()
        {
            char chunk[4096];
            ssize_t count;
            while ((count = ::read(m_master, chunk, sizeof chunk)) > 0)
                m_screen.append(chunk, count);
            return m_screen;
        }

        bool echoOn() const
        {
            struct termios settings;
            return ::tcgetattr(m_slave, &settings) == 0 && (settings.c_lflag & ECHO);
        }

        QProcess &process() { return m_process; }
        QString err() const { return m_err; }
        QString out() { return QString::fromUtf8(m_process.readAllStandardOutput()); }
        QString describe()
        {
            return QStringLiteral("state %1, exit %2 (%3)\nstderr: %4\nscreen: %5")
                .arg(m_process.state())
                .arg(m_process.exitCode())
                .arg(m_process.exitStatus())
                .arg(m_err, QString::fromUtf8(screen()));
        }

    private:
        int m_master = -1;
        int m_slave = -1;
        QProcess m_process;
        QString m_err;
        QByteArray m_screen;
    };

    QString m_app;
    std::unique_ptr<DevServerProcess> m_server;

    QStringList login(const QString &user, const QString &server = {}) const
    {
        // --no-store: keeping sessions is tst_commandlinesession's business.
        return { QStringLiteral("login"),
                 QStringLiteral("--server"),
                 server.isEmpty() ? m_server->url() : server,
                 QStringLiteral("--username"),
                 user,
                 QStringLiteral("--no-store") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
        m_server = std::make_unique<DevServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void passwordIsNotEchoed()
    {
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("alice"))));
        QVERIFY2(session.waitForPrompt(QStringLiteral("Password for alice")),
                 qPrintable(session.describe()));
        QVERIFY2(!session.echoOn(), "echo must be off while the password is typed");
        session.type("wonderland\n");
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 0, qPrintable(session.describe()));
        QVERIFY(session.echoOn());
        QVERIFY2(!session.screen().contains("wonderland"), session.screen().constData());
        QVERIFY(!session.err().contains(QLatin1String("wonderland")));
        QVERIFY(session.out().contains(QLatin1String("alice")));
    }

    void totpCodeIsAskedFor()
    {
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("bob"))));
        QVERIFY(session.waitForPrompt(QStringLiteral("Password for bob")));
        session.type("builder\n");
        QVERIFY2(session.waitForPrompt(QStringLiteral("authenticator")),
                 qPrintable(session.describe()));
        QVERIFY2(session.echoOn(), "a code is typed visibly");
        const QByteArray code = Totp::codeForSecret(QLatin1String(bobSecret)).toLatin1();
        session.type(code + '\n');
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 0, qPrintable(session.describe()));
        QVERIFY(session.screen().contains(code));
        QVERIFY(!session.screen().contains("builder"));
    }

    void wrongCodeIsAskedAgain()
    {
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("bob"))));
        QVERIFY(session.waitForPrompt(QStringLiteral("Password for bob")));
        session.type("builder\n");
        QVERIFY(session.waitForPrompt(QStringLiteral("authenticator")));
        const QString right = Totp::codeForSecret(QLatin1String(bobSecret));
        session.type(right == u"000000" ? "111111\n" : "000000\n");
        QVERIFY2(session.waitForPrompt(QStringLiteral("authenticator"), 2),
                 qPrintable(session.describe()));
        session.type(Totp::codeForSecret(QLatin1String(bobSecret)).toLatin1() + '\n');
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 0, qPrintable(session.describe()));
    }

    void emailCodeIsAskedFor()
    {
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("carol"), server.url())));
        QVERIFY(session.waitForPrompt(QStringLiteral("Password for carol")));
        session.type("caroline\n");
        QVERIFY2(session.waitForPrompt(QStringLiteral("e-mail")), qPrintable(session.describe()));
        const QString code = server.waitForEmailCode(QStringLiteral("carol"));
        QVERIFY2(!code.isEmpty(), qPrintable(server.output()));
        session.type(code.toLatin1() + '\n');
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 0, qPrintable(session.describe()));
        QVERIFY(session.out().contains(QLatin1String("carol")));
    }

    void signalRestoresTerminal_data()
    {
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("Ctrl+C") << QByteArray("\x03") << 0;
        QTest::newRow("SIGTERM") << QByteArray() << int(SIGTERM);
        QTest::newRow("SIGHUP") << QByteArray() << int(SIGHUP);
    }

    void signalRestoresTerminal()
    {
        QFETCH(QByteArray, keys);
        QFETCH(int, signalNumber);
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("alice"))));
        QVERIFY(session.waitForPrompt(QStringLiteral("Password for alice")));
        QVERIFY(!session.echoOn());
        session.type("wonder"); // half typed
        if (!keys.isEmpty()) {
            session.type(keys);
        } else {
            // The terminal takes typed keys in asynchronously; let it have them before the
            // signal, or it would echo them after echo is back on, as it should.
            QTest::qWait(200);
            ::kill(pid_t(session.process().processId()), signalNumber);
        }
        QVERIFY(session.waitForFinished());
        // Ended by the signal, as a shell expects of Ctrl+C; the terminal echoes again.
        QVERIFY2(session.process().exitStatus() == QProcess::CrashExit,
                 qPrintable(session.describe()));
        QVERIFY(session.echoOn());
        QVERIFY(!session.screen().contains("wonder"));
    }

    void endOfInputAtPrompt()
    {
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("alice"))));
        QVERIFY(session.waitForPrompt(QStringLiteral("Password for alice")));
        session.type("\x04"); // Ctrl+D
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 2, qPrintable(session.describe()));
        QVERIFY(session.echoOn());
    }

    void unreachableServerEndsThePrompt()
    {
        // The server is checked while the password is typed; when it is not there, the prompt
        // ends with the reason instead of asking in vain.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        Session session;
        QVERIFY(session.start(m_app, login(QStringLiteral("alice"), closed)));
        QVERIFY(session.waitForFinished());
        QVERIFY2(session.process().exitCode() == 5, qPrintable(session.describe()));
        QVERIFY(session.echoOn());
    }
#else
private Q_SLOTS:
    void initTestCase()
    {
        QSKIP("pseudo-terminals are POSIX");
    }
#endif
};

QTEST_GUILESS_MAIN(TestCommandLineTerminal)
#include "tst_commandlineterminal.moc"
