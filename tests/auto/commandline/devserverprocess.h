#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// liftoff-devserver run as its own process on a free port, as a person runs it next to
// `liftoff login`. LIFTOFF_DEVSERVER (set by CTest) points at it. Its stdout is kept: the first
// line gives the address, later lines the e-mailed two-factor codes. Its stderr (the log, with
// --verbose) is kept too.
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

    // Starts it and waits for "Listening on http://127.0.0.1:<port>". False (with errorString())
    // when it did not come up.
    bool start()
    {
        if (m_process.program().isEmpty()) {
            m_error = QStringLiteral("LIFTOFF_DEVSERVER must point at liftoff-devserver");
            return false;
        }
        m_process.start();
        static const QRegularExpression listening(
            QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"),
            QRegularExpression::MultilineOption);
        const bool up = QTest::qWaitFor(
            [this] {
                return listening.match(m_output).hasMatch()
                    || m_process.state() == QProcess::NotRunning;
            },
            20000);
        const QRegularExpressionMatch match = listening.match(m_output);
        if (!up || !match.hasMatch()) {
            m_error
                = QStringLiteral("liftoff-devserver did not start: %1 %2")
                      .arg(m_output, m_log + QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_url = match.captured(1);
        return true;
    }

    QString url() const { return m_url; }
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
    QProcess m_process;
    QString m_output;
    QString m_log;
    QString m_url;
    QString m_error;
};
