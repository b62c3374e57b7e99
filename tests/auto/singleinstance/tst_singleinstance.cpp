// SingleInstance over real local sockets in a runtime directory of the test's own. As root, it
// also attacks the channel the way another local user would: a listener run as `nobody` (through
// runuser, or a forked process that drops to that user) squats the place or answers on it, and
// the link must never reach it.

#include "sso/singleinstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

const char kSecretLink[] = "rocketchat://auth?host=localhost&token=SECRET-TOKEN&userId=u1";

#if defined(Q_OS_UNIX)
// A listening Unix socket at `path`; -1 on failure. Raw system calls only: it also runs in a
// forked child.
int bindSocket(const char *path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (std::strlen(path) >= sizeof(address.sun_path))
        return -1;
    std::strcpy(address.sun_path, path);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        return -1;
    return fd;
}

// Accepts one connection and writes what it sent to `out`, answering "ok" as Liftoff does.
void acceptOne(int listener, const char *out)
{
    const int client = ::accept(listener, nullptr, nullptr);
    if (client < 0)
        return;
    char buffer[4096];
    const ssize_t got = ::read(client, buffer, sizeof buffer);
    if (got > 0) {
        const int file = ::open(out, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (file >= 0) {
            (void)!::write(file, buffer, size_t(got));
            ::close(file);
        }
    }
    (void)!::write(client, "ok\n", 3);
    ::close(client);
}

// `tst_singleinstance --squat MODE PLACE OUT`, run as another user: takes PLACE (where Liftoff
// would make its own directory) before Liftoff does. MODE: "directory" (a directory open to all,
// with a listener in it), "file" (a plain file), "symlink" (a link to a directory with a
// listener). The listener keeps what it is sent in OUT.
int squat(const char *mode, const char *place, const char *out)
{
    ::umask(0);
    ::alarm(20); // never outlives the test
    const QByteArray placeBytes(place);
    QByteArray directory = placeBytes;
    if (std::strcmp(mode, "file") == 0) {
        const int fd = ::open(place, O_WRONLY | O_CREAT | O_EXCL, 0666);
        return fd >= 0 ? 0 : 1;
    }
    if (std::strcmp(mode, "symlink") == 0)
        directory += ".real";
    if (::mkdir(directory.constData(), 0777) != 0)
        return 1;
    if (std::strcmp(mode, "symlink") == 0 && ::symlink(directory.constData(), place) != 0)
        return 1;
    const QByteArray socketPath = directory + "/chat.liftoff.Liftoff.links";
    const int listener = bindSocket(socketPath.constData());
    if (listener < 0 || ::chmod(socketPath.constData(), 0777) != 0 || ::listen(listener, 4) != 0)
        return 1;
    acceptOne(listener, out);
    return 0;
}

uid_t nobodyUid()
{
    const passwd *entry = ::getpwnam("nobody");
    return entry ? entry->pw_uid : uid_t(65534);
}

// Waits up to `ms` for a child to end (events keep being processed meanwhile).
bool reap(pid_t child, int *status, int ms = 10000)
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (::waitpid(child, status, WNOHANG) == child)
            return true;
        QTest::qWait(20);
    }
    return false;
}

// Waits up to `ms` for one byte on `fd`.
bool readByte(int fd, int ms)
{
    pollfd wanted { fd, POLLIN, 0 };
    char byte = 0;
    return ::poll(&wanted, 1, ms) == 1 && ::read(fd, &byte, 1) == 1;
}
#endif

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_runtime;
    QByteArray m_tmpdir = qgetenv("TMPDIR");

    // Hands the secret link over and expects it kept back: noInstance(), never delivered();
    // *problem says why.
    void deliverRefused(QString *problem)
    {
        SingleInstance client;
        QSignalSpy delivered(&client, &SingleInstance::delivered);
        QSignalSpy none(&client, &SingleInstance::noInstance);
        client.deliver(QString::fromLatin1(kSecretLink));
        QTRY_COMPARE(none.size(), 1);
        QCOMPARE(delivered.size(), 0);
        *problem = client.problem();
    }

    // As root, with the runtime directory unset and TMPDIR a shared, sticky directory as /tmp is.
    // Returns that directory ("" and skipped when not root).
    QString sharedTmp(QTemporaryDir &shared)
    {
#if defined(Q_OS_UNIX)
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            return {};
        if (!shared.isValid() || ::chmod(QFile::encodeName(shared.path()).constData(), 01777) != 0)
            return {};
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", QFile::encodeName(shared.path()));
        return shared.path();
#else
        Q_UNUSED(shared)
        return {};
#endif
    }

private Q_SLOTS:
    void init()
    {
        // Some tests unset the runtime directory or move TMPDIR: each starts from the same place.
        if (m_tmpdir.isEmpty())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_tmpdir);
        m_runtime = std::make_unique<QTemporaryDir>();
        QFile::setPermissions(m_runtime->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime->path().toUtf8());
    }

    void socketInRuntimeDirectory()
    {
        QVERIFY(SingleInstance::socketName().startsWith(m_runtime->path()));
        QVERIFY(SingleInstance::socketName().contains(QStringLiteral("chat.liftoff.Liftoff")));
    }

    void handsOver()
    {
        SingleInstance first;
        QVERIFY(first.listen());
        // The socket is this user's only.
        const QFileInfo info(SingleInstance::socketName());
        QVERIFY(!(info.permissions() & (QFile::ReadOther | QFile::WriteOther)));
        QSignalSpy received(&first, &SingleInstance::linkReceived);

        SingleInstance second;
        QVERIFY(!second.listen()); // one receives links
        QVERIFY(!second.problem().isEmpty());
        QSignalSpy delivered(&second, &SingleInstance::delivered);
        second.deliver(QStringLiteral("rocketchat://auth?host=x&token=t&userId=u"));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toString(),
                 QStringLiteral("rocketchat://auth?host=x&token=t&userId=u"));
    }

    void noneRunning()
    {
        SingleInstance lonely;
        QSignalSpy none(&lonely, &SingleInstance::noInstance);
        lonely.deliver(QStringLiteral("rocketchat://auth?x"));
        QTRY_COMPARE(none.size(), 1);
    }

    void staleSocketIsReplaced()
    {
#if defined(Q_OS_UNIX)
        // A socket file nobody listens on any more, as a crashed instance leaves it.
        const QByteArray path = QFile::encodeName(SingleInstance::socketName());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(SingleInstance::socketName()));
#endif
        SingleInstance fresh;
        QVERIFY2(fresh.listen(), qPrintable(fresh.problem()));
        QSignalSpy received(&fresh, &SingleInstance::linkReceived);
        SingleInstance client;
        QSignalSpy delivered(&client, &SingleInstance::delivered);
        client.deliver(QStringLiteral("rocketchat://auth?y"));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(received.size(), 1);
    }

    // No runtime directory (ssh, su, containers): a directory of Liftoff's own, private.
    void ownDirectoryWithoutRuntimeDirectory()
    {
#if defined(Q_OS_UNIX)
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const QString name = SingleInstance::socketName();
        QVERIFY(QFileInfo(name).isAbsolute());
        const QString directory = tmp.path() + QStringLiteral("/liftoff-%1").arg(::geteuid());
        QCOMPARE(QFileInfo(name).absolutePath(), directory);
        struct stat info;
        QCOMPARE(::lstat(QFile::encodeName(directory).constData(), &info), 0);
        QVERIFY(S_ISDIR(info.st_mode));
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        SingleInstance first;
        QVERIFY2(first.listen(), qPrintable(first.problem()));
        QSignalSpy received(&first, &SingleInstance::linkReceived);
        SingleInstance second;
        QSignalSpy delivered(&second, &SingleInstance::delivered);
        second.deliver(QString::fromLatin1(kSecretLink));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(received.size(), 1);
#else
        QSKIP("Unix only");
#endif
    }

    // A runtime directory others can enter is not used.
    void runtimeDirectoryOpenToOthersRefused()
    {
#if defined(Q_OS_UNIX)
        QVERIFY(::chmod(QFile::encodeName(m_runtime->path()).constData(), 0755) == 0);
        QString problem;
        QVERIFY(SingleInstance::socketName(&problem).isEmpty());
        QVERIFY2(problem.contains(QStringLiteral("other users can open it")), qPrintable(problem));
        SingleInstance server;
        QVERIFY(!server.listen());
        QCOMPARE(server.problem(), problem);
#else
        QSKIP("Unix only");
#endif
    }

    void squattedPlace_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pre-created directory")
            << QStringLiteral("directory") << QStringLiteral("it belongs to another user");
        QTest::newRow("a file in its place")
            << QStringLiteral("file") << QStringLiteral("it is not a directory");
        QTest::newRow("a symbolic link")
            << QStringLiteral("symlink") << QStringLiteral("it is a symbolic link");
    }

    // Another local user takes the place of Liftoff's own directory first and listens there:
    // neither side of Liftoff uses it, and the link never reaches the squatter.
    void squattedPlace()
    {
#if defined(Q_OS_UNIX)
        QFETCH(QString, mode);
        QFETCH(QString, reason);
        QTemporaryDir shared(QStringLiteral("/tmp/liftoff-squat-XXXXXX"));
        if (sharedTmp(shared).isEmpty())
            QSKIP("needs root and runuser, to run a listener as another user");
        const QString place = shared.path() + QStringLiteral("/liftoff-%1").arg(::geteuid());
        const QString out = shared.path() + QStringLiteral("/received");
        // The test binary, where the other user can run it.
        const QString squatter = shared.path() + QStringLiteral("/squatter");
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), squatter));
        QVERIFY(QFile::setPermissions(squatter,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        QProcess listener;
        listener.start(QStringLiteral("runuser"),
                       { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                         squatter, QStringLiteral("--squat"), mode, place, out });
        QVERIFY(listener.waitForStarted());
        if (mode == u"file") {
            QVERIFY(listener.waitForFinished(10000));
            QCOMPARE(listener.exitCode(), 0);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo::exists(place + QStringLiteral("/chat.liftoff.Liftoff.links")), 10000);
        }
        struct stat info;
        QCOMPARE(::lstat(QFile::encodeName(place).constData(), &info), 0);
        QCOMPARE(info.st_uid, nobodyUid()); // the other user's, as in the attack

        QString problem;
        deliverRefused(&problem);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY(problem.contains(place));

        SingleInstance server;
        QVERIFY(!server.listen());
        QVERIFY2(server.problem().contains(reason), qPrintable(server.problem()));

        listener.kill();
        listener.waitForFinished();
        QFile received(out);
        QVERIFY(!received.exists()
                || (received.open(QIODevice::ReadOnly)
                    && !received.readAll().contains("SECRET-TOKEN")));
        QVERIFY(!received.exists());
#else
        QSKIP("Unix only");
#endif
    }

    // A listener of another user on the very socket name (the place checks passed): the client
    // asks the kernel who listens, and sends nothing.
    void serverOfAnotherUserGetsNothing()
    {
#if defined(Q_OS_UNIX)
        if (::geteuid() != 0)
            QSKIP("needs root, to answer as another user");
        const QByteArray path = QFile::encodeName(SingleInstance::socketName());
        const int listener = bindSocket(path.constData());
        QVERIFY(listener >= 0);
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        QTemporaryDir outDir(QStringLiteral("/tmp/liftoff-peer-XXXXXX"));
        QVERIFY(::chmod(QFile::encodeName(outDir.path()).constData(), 01777) == 0);
        const QByteArray out = QFile::encodeName(outDir.path() + QStringLiteral("/received"));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::alarm(20);
            if (::setgid(nobodyUid()) != 0 || ::setuid(nobodyUid()) != 0)
                ::_exit(1);
            // listen() as the other user: that is whom the kernel reports to the client.
            if (::listen(listener, 4) != 0)
                ::_exit(1);
            (void)!::write(ready[1], "L", 1);
            acceptOne(listener, out.constData());
            ::_exit(0);
        }
        ::close(listener);
        QVERIFY(readByte(ready[0], 10000));

        QString problem;
        deliverRefused(&problem);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(problem.contains(QStringLiteral("another user")), qPrintable(problem));
        int status = 0;
        QVERIFY(reap(child, &status, 25000));
        QVERIFY(!QFile::exists(QFile::decodeName(out))); // it read nothing
        ::close(ready[0]);
        ::close(ready[1]);
#else
        QSKIP("Unix only");
#endif
    }

    // A process of another user that reaches the socket: its link is not taken.
    void clientOfAnotherUserIsRefused()
    {
#if defined(Q_OS_UNIX)
        if (::geteuid() != 0)
            QSKIP("needs root, to connect as another user");
        // A runtime directory the other user can reach once it is opened up below.
        m_runtime = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/liftoff-peer-XXXXXX"));
        QVERIFY(m_runtime->isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
        SingleInstance server;
        QVERIFY2(server.listen(), qPrintable(server.problem()));
        QSignalSpy received(&server, &SingleInstance::linkReceived);
        // Opened up on purpose, as if the other user had got through.
        const QByteArray path = QFile::encodeName(SingleInstance::socketName());
        QCOMPARE(::chmod(QFile::encodeName(m_runtime->path()).constData(), 0711), 0);
        QCOMPARE(::chmod(path.constData(), 0777), 0);
        int answer[2];
        QCOMPARE(::pipe(answer), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::alarm(20);
            if (::setgid(nobodyUid()) != 0 || ::setuid(nobodyUid()) != 0)
                ::_exit(1);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            std::strcpy(address.sun_path, path.constData());
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
                ::_exit(2);
            const char link[] = "rocketchat://auth?host=localhost&token=FORGED&userId=u\n";
            (void)!::write(fd, link, sizeof link - 1);
            char reply[8] = {};
            const ssize_t got = ::read(fd, reply, sizeof reply);
            (void)!::write(answer[1], got > 0 ? "A" : "N", 1); // A: answered, N: not
            ::_exit(0);
        }
        int status = 0;
        QVERIFY(reap(child, &status));
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // it did connect
        char reply = 0;
        QCOMPARE(::read(answer[0], &reply, 1), ssize_t(1));
        QCOMPARE(reply, 'N');
        QTest::qWait(100);
        QCOMPARE(received.size(), 0);
        ::close(answer[0]);
        ::close(answer[1]);
#else
        QSKIP("Unix only");
#endif
    }
};

int main(int argc, char **argv)
{
#if defined(Q_OS_UNIX)
    if (argc == 5 && std::strcmp(argv[1], "--squat") == 0)
        return squat(argv[2], argv[3], argv[4]);
#endif
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_singleinstance.moc"
