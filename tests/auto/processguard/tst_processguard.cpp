// ProcessGuard, in this process and in a real `liftoff` started the way the operating system
// starts it for a sign-in link: no core dumps, and the link's token not in its command line.

#include "core/processguard.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {

const char kSecret[] = "SecretTokenInArgv4242";

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProcessGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipesAnArgumentInPlace()
    {
        char argument[] = "rocketchat://auth?host=x&token=abc&userId=u";
        const std::size_t length = sizeof argument - 1;
        ProcessGuard::wipeArgument(argument);
        for (std::size_t i = 0; i < length; ++i)
            QCOMPARE(argument[i], '\0');
        ProcessGuard::wipeArgument(nullptr); // harmless
    }

    void noCoreDumps()
    {
#if defined(Q_OS_LINUX)
        QVERIFY(ProcessGuard::disableCoreDumps());
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit limit;
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#else
        QSKIP("Linux only");
#endif
    }

    // The window started with a session-token link, no other Liftoff running: the process lives on
    // with the window, and its command line must not hold the token for all that time.
    void windowStartedWithALinkHidesIt()
    {
#if defined(Q_OS_LINUX)
        const QString app = qEnvironmentVariable("LIFTOFF_APP");
        if (app.isEmpty())
            QSKIP("LIFTOFF_APP is not set (run through CTest)");
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QVERIFY(QFile::setPermissions(runtime.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QProcess liftoff;
        liftoff.setProcessEnvironment(environment);
        const QString link = QStringLiteral("rocketchat://auth?host=127.0.0.1%3A9&token=")
            + QLatin1String(kSecret) + QStringLiteral("&userId=u1");
        liftoff.start(app, { link });
        QVERIFY(liftoff.waitForStarted());
        const auto stop = qScopeGuard([&liftoff] {
            liftoff.terminate();
            if (!liftoff.waitForFinished(5000)) {
                liftoff.kill();
                liftoff.waitForFinished();
            }
        });
        const qint64 pid = liftoff.processId();
        // Once the process runs liftoff (not the test's fork before exec) and has set itself up,
        // the command line is the program name and zero bytes where the link was.
        QTRY_VERIFY_WITH_TIMEOUT(readProcFile(pid, "cmdline").startsWith(QFile::encodeName(app)),
                                 10000);
        QTest::qWait(1000); // the window is up by now
        QCOMPARE(liftoff.state(), QProcess::Running);
        const QByteArray cmdline = readProcFile(pid, "cmdline");
        QVERIFY(!cmdline.isEmpty());
        QVERIFY(!cmdline.contains(kSecret));
        QVERIFY(!cmdline.contains("token"));
        QVERIFY(cmdline.startsWith(QFile::encodeName(app)));
        // No core file either.
        const QString limits = QString::fromLatin1(readProcFile(pid, "limits"));
        const QRegularExpression coreLimit(
            QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = coreLimit.match(limits);
        QVERIFY2(match.hasMatch(), qPrintable(limits));
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(2), QStringLiteral("0"));
#else
        QSKIP("reads /proc: Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessGuard)
#include "tst_processguard.moc"
