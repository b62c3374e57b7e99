#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// liftoff-devserver run as its own process on a free port, as a person runs it next to
// `liftoff login`. LIFTOFF_DEVSERVER (set by CTest) points at it. Its stdout is kept: the first
// line gives the address (https:// with --tls, and then the second line the certificate's
// fingerprint), later lines the e-mailed two-factor codes. Its stderr (the log, with --verbose)
// is kept too. (Tests that want the server in their own process use DevServer itself.)
class DevServerProcess
{
public:
    explicit DevServerProcess(const QStringList &extraArguments = {})
    {
        m_process.setProgram(qEnvironmentVariable("LIFTOFF_DEVSERVER"));
        m_process.setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0") }
                               + extraArguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
    }

    ~DevServerProcess() { stop(); }

    // Ends it (its port is then closed: a server that went away).
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    DevServerProcess(const DevServerProcess &) = delete;
    DevServerProcess &operator=(const DevServerProcess &) = delete;

    // Starts it and waits for "Listening on http://127.0.0.1:<port>" (with --tls, for
    // "https://…" and the "Certificate SHA-256: …" line after it). False (with errorString())
    // when it did not come up.
    bool start()
    {
        if (m_process.program().isEmpty()) {
            m_error = QStringLiteral("LIFTOFF_DEVSERVER must point at liftoff-devserver");
            return false;
        }
        m_process.start();
        const bool up = QTest::qWaitFor(
            [this] { return readFirstLines() || m_process.state() == QProcess::NotRunning; },
            20000);
        if (!up || !readFirstLines()) {
            m_error
                = QStringLiteral("liftoff-devserver did not start: %1 %2")
                      .arg(m_output, m_log + QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        return true;
    }

    QString url() const { return m_url; }
    // The port it listens on, as given on the command line ("--port", port()).
    QString port() const { return m_port; }
    // With --tls: the certificate's SHA-256 fingerprint, AA:BB:… as it printed it.
    QString fingerprint() const { return m_fingerprint; }
    QString errorString() const { return m_error; }
    QString output() const { return m_output; }
    // What it logged on stderr so far (frames and logins with --verbose).
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }

    // The latest code printed as "E-mail code for <user>: <code>", waiting up to timeoutMs for
    // one to appear after `after` characters of output.
    QString waitForEmailCode(const QString &user, qsizetype after = 0, int timeoutMs = 10000)
    {
        const QRegularExpression line(
            QStringLiteral("E-mail code for %1: (\\S+)").arg(QRegularExpression::escape(user)));
        QString code;
        const bool found = QTest::qWaitFor(
            [&] {
                QRegularExpressionMatchIterator it = line.globalMatch(m_output.mid(after));
                while (it.hasNext())
                    code = it.next().captured(1);
                return !code.isEmpty();
            },
            timeoutMs);
        return found ? code : QString();
    }

private:
    // Whether the output so far holds the address (and, with TLS, the fingerprint); keeps them.
    bool readFirstLines()
    {
        static const QRegularExpression lines(
            QStringLiteral("^Listening on ((https?)://127\\.0\\.0\\.1:(\\d+))\\r?\\n"
                           "(?:Certificate SHA-256: ([0-9A-F:]{95})\\r?\\n)?"));
        const QRegularExpressionMatch match = lines.match(m_output);
        if (!match.hasMatch() || (match.captured(2) == u"https" && match.captured(4).isEmpty()))
            return false;
        m_url = match.captured(1);
        m_port = match.captured(3);
        m_fingerprint = match.captured(4);
        return true;
    }

    QProcess m_process;
    QString m_output;
    QString m_log;
    QString m_url;
    QString m_port;
    QString m_fingerprint;
    QString m_error;
};
