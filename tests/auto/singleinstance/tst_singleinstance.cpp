// SingleInstance over real local sockets in a runtime directory of the test's own.

#include "sso/singleinstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_runtime;

private Q_SLOTS:
    void init()
    {
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
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
