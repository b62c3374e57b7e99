#pragma once

// Running the real `liftoff` binary (LIFTOFF_APP, set by CTest) as a person or a script would:
// a HOME of its own, no display, its output and exit code. The event loop runs while it does, so
// an in-process dev server keeps answering it.

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0; // from start to exit
};

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

// An environment for `liftoff` with no display, no logging rules, and HOME (and XDG_*, TMPDIR)
// in `root`; the session bus, and so the keychain, stay the session's.
inline QProcessEnvironment environmentIn(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES" })
        env.remove(QLatin1String(name));
    const QString home = root + QStringLiteral("/home");
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
    return env;
}

// Runs `app` with `input` on stdin (then closed); stdout and stderr into memory, or stderr
// appended to errFile.
inline Run runProcess(const QString &app, const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &input = {}, const QString &errFile = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!errFile.isEmpty())
        process.setStandardErrorFile(errFile, QIODevice::Append);
    QElapsedTimer timer;
    timer.start();
    process.start(app, args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("did not start: ") + process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 90000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
