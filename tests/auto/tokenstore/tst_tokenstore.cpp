// KeychainTokenStore against the real Secret Service that scripts/with-session.sh starts (an
// unlocked gnome-keyring in a throw-away HOME), plus the faults: no session bus and no Secret
// Service (a child process with another bus address), and a locked keyring (a child process in a
// session of its own, so that the keyring other tests share is never locked).
//
// The test binary is its own child: "tst_tokenstore --child <scenario>" runs one scenario and
// prints one "RESULT <step> <kind> <cause>" line per step.

#include "../shared/filescan.h"
#include "../shared/memorytokenstore.h"
#include "../shared/secretservice.h"
#include "core/serveraddress.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <cstring>

using Kind = KeychainError::Kind;
using Cause = KeychainError::Cause;
using Operation = KeychainError::Operation;

namespace {

const int keychainTimeoutMs = 30000;

struct Outcome
{
    bool finished = false;
    KeychainError error;
    QString token;
};

// Waits for the job's answer (test code: spinning the event loop here is fine).
Outcome await(TokenJob *job, int timeoutMs = keychainTimeoutMs)
{
    Outcome outcome;
    QObject::connect(job, &TokenJob::finished, job, [&outcome](TokenJob *j) {
        outcome.finished = true;
        outcome.error = j->error();
        outcome.token = j->token();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        qWarning().noquote() << "No answer for" << job->key() << "within" << timeoutMs << "ms";
    return outcome;
}

QString uniqueKey(const char *what)
{
    return QStringLiteral("tst-%1-%2@https://chat.example.com")
        .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString uniqueToken()
{
    return QStringLiteral("token-") + QUuid::createUuid().toString(QUuid::Id128);
}

template<typename Enum> QString name(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

using SecretService::itemProperty;
using SecretService::searchItems;

// ---- The child side -------------------------------------------------------------------------

void report(const char *step, const Outcome &outcome)
{
    QTextStream out(stdout);
    if (!outcome.finished)
        out << "RESULT " << step << " Unfinished Unspecified\n";
    else
        out << "RESULT " << step << ' ' << name(outcome.error.kind()) << ' '
            << name(outcome.error.cause()) << '\n'
            << "MESSAGE " << step << ' ' << outcome.error.message() << '\n';
    out.flush();
}

// No bus, or a bus without a Secret Service: every operation says NoBackend.
int runWithoutBackend()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Liftoff"));
    QCoreApplication::setApplicationName(QStringLiteral("liftoff"));
    KeychainTokenStore store;
    store.setTimeout(std::chrono::seconds(20));
    const QString key = uniqueKey("nobackend");
    report("write", await(store.write(key, qEnvironmentVariable("LIFTOFF_TEST_TOKEN"))));
    report("read", await(store.read(key)));
    report("remove", await(store.remove(key)));
    return 0;
}

// In a session of its own: save a token, lock the keyring, then read, write and remove.
int runLockedKeyring()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return 2;
    // Unlocking then fails at once, as for a person who cancels.
    if (!SecretService::startPromptsWithoutDisplay(bus))
        return 3;

    KeychainTokenStore store;
    store.setTimeout(std::chrono::seconds(20));
    const QString key = uniqueKey("locked");
    const QString token = uniqueToken();
    report("write-unlocked", await(store.write(key, token)));

    switch (SecretService::lockDefaultCollection(bus)) {
    case SecretService::Lock::NoDefaultCollection:
        return 4;
    case SecretService::Lock::Refused:
        return 5;
    case SecretService::Lock::Locked:
        break;
    }

    report("read", await(store.read(key)));
    report("write", await(store.write(uniqueKey("locked-new"), token)));
    report("remove", await(store.remove(key)));
    report("read-never-written", await(store.read(uniqueKey("locked-never"))));
    // The entry is still there (locked), and nothing was removed.
    QTextStream(stdout) << "LOCKED-ITEMS " << searchItems(key).second.size() << '\n';
    return 0;
}

int runChild(const QString &scenario)
{
    if (scenario == QLatin1String("no-backend"))
        return runWithoutBackend();
    if (scenario == QLatin1String("locked"))
        return runLockedKeyring();
    return 1;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    struct ChildRun
    {
        bool ok = false;
        QHash<QString, QPair<QString, QString>> results; // step → (kind, cause)
        QHash<QString, QString> messages;
        QString output;
    };

    static ChildRun runChildProcess(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment, int timeoutMs);

    bool m_haveSecretService = false;

private Q_SLOTS:
    void initTestCase();

    // MemoryTokenStore: the double other tests use behaves like the real one.
    void memoryStoreRoundTrip();
    void memoryStoreFailures();
    void memoryStoreHeldJobs();

    // KeychainTokenStore against the session's gnome-keyring.
    void entryKeyFormat();
    void roundTrip();
    void entryAsTheSecretServiceSeesIt();
    void overwrite();
    void readMissing();
    void removeMissing();
    void answersComeFromTheEventLoop();
    void emptyKeyOrTokenRefused();
    void storeDestroyedWhileJobsRun_data();
    void storeDestroyedWhileJobsRun();
    void jobDeletedWhileRunning();
    void keychainJobsAreNotOwnedByTheStore();
    void timeout();
    void tokenNeverInAFile();

    // Faults, in child processes.
    void noSessionBus();
    void noSecretService();
    void lockedKeyring();
};

TestTokenStore::ChildRun TestTokenStore::runChildProcess(const QString &program,
                                                         const QStringList &arguments,
                                                         const QProcessEnvironment &environment,
                                                         int timeoutMs)
{
    ChildRun run;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, arguments);
    if (!QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, timeoutMs)) {
        child.kill();
        child.waitForFinished();
    }
    run.output = QString::fromUtf8(child.readAllStandardOutput());
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    run.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!run.ok)
        qWarning().noquote() << "child failed:" << child.exitCode() << run.output << errors;
    const QStringList lines = run.output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() == 4 && words.at(0) == QLatin1String("RESULT"))
            run.results.insert(words.at(1), { words.at(2), words.at(3) });
        else if (words.size() > 2 && words.at(0) == QLatin1String("MESSAGE"))
            run.messages.insert(words.at(1), line.section(QLatin1Char(' '), 2));
    }
    return run;
}

void TestTokenStore::initTestCase()
{
    // Never against someone's own keyring: this test writes to one and locks one.
    m_haveSecretService = !qEnvironmentVariableIsEmpty("LIFTOFF_IN_SESSION")
        && QDBusConnection::sessionBus().isConnected();
    if (!m_haveSecretService)
        qWarning("Not inside scripts/with-session.sh: keychain tests are skipped");
}

#define REQUIRE_SESSION()                                                                          \
    do {                                                                                           \
        if (!m_haveSecretService)                                                                  \
            QSKIP("needs the private session of scripts/with-session.sh");                         \
    } while (false)

void TestTokenStore::memoryStoreRoundTrip()
{
    MemoryTokenStore store;
    const QString key = uniqueKey("memory");
    QCOMPARE(await(store.read(key)).error.kind(), Kind::NotFound);
    QVERIFY(!await(store.write(key, QStringLiteral("t1"))).error.isError());
    QCOMPARE(store.token(key), QStringLiteral("t1"));
    const Outcome read = await(store.read(key));
    QVERIFY(!read.error.isError());
    QCOMPARE(read.token, QStringLiteral("t1"));
    QVERIFY(!await(store.write(key, QStringLiteral("t2"))).error.isError());
    QCOMPARE(await(store.read(key)).token, QStringLiteral("t2"));
    QVERIFY(!await(store.remove(key)).error.isError());
    QVERIFY(!store.contains(key));
    QVERIFY(!await(store.remove(key)).error.isError());
    QCOMPARE(store.operationCount(), 7);
}

void TestTokenStore::memoryStoreFailures()
{
    MemoryTokenStore store;
    const QString key = uniqueKey("memory");
    QVERIFY(!await(store.write(key, QStringLiteral("kept"))).error.isError());

    store.setFailure(Operation::Write, Kind::NoBackend, Cause::NoSecretService);
    const Outcome failedWrite = await(store.write(key, QStringLiteral("lost")));
    QCOMPARE(failedWrite.error,
             KeychainError(Kind::NoBackend, Operation::Write, Cause::NoSecretService));
    QCOMPARE(store.token(key), QStringLiteral("kept"));
    QCOMPARE(await(store.read(key)).token, QStringLiteral("kept")); // reads still work

    store.setFailure(Operation::Read, Kind::Locked, Cause::KeyringLocked);
    const Outcome failedRead = await(store.read(key));
    QCOMPARE(failedRead.error.kind(), Kind::Locked);
    QVERIFY(failedRead.error.isTransient());
    QVERIFY(failedRead.token.isEmpty());

    store.setFailure(Operation::Remove, Kind::Other);
    QCOMPARE(await(store.remove(key)).error.kind(), Kind::Other);
    QVERIFY(store.contains(key));

    store.setFailure(Operation::Read, Kind::None);
    QCOMPARE(await(store.read(key)).token, QStringLiteral("kept"));
}

void TestTokenStore::memoryStoreHeldJobs()
{
    MemoryTokenStore store;
    store.setPaused(true);
    const QString key = uniqueKey("memory");
    TokenJob *kept = store.write(key, QStringLiteral("t"));
    QPointer<TokenJob> dropped = store.read(key);
    QSignalSpy finished(kept, &TokenJob::finished);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!kept->isFinished());
    delete dropped.data(); // the caller gives up on one job
    store.release();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(store.contains(key));
}

void TestTokenStore::entryKeyFormat()
{
    const ServerAddress server = ServerAddress::parse(QStringLiteral("Chat.Example.com/team/"));
    QCOMPARE(TokenStore::entryKey(QStringLiteral("uid42"), server),
             QStringLiteral("uid42@https://chat.example.com/team"));
    QCOMPARE(KeychainTokenStore::serviceName(), QStringLiteral("Liftoff"));
}

void TestTokenStore::roundTrip()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const QString key = uniqueKey("roundtrip");
    const QString token = uniqueToken();

    const Outcome written = await(store.write(key, token));
    QVERIFY(written.finished);
    QVERIFY2(!written.error.isError(), qPrintable(written.error.toLogString()));

    const Outcome read = await(store.read(key));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.toLogString()));
    QCOMPARE(read.token, token);

    // Another store (another run of the app) finds it too.
    KeychainTokenStore other;
    QCOMPARE(await(other.read(key)).token, token);

    const Outcome removed = await(store.remove(key));
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.toLogString()));
    const Outcome gone = await(store.read(key));
    QCOMPARE(gone.error.kind(), Kind::NotFound);
    QVERIFY(gone.token.isEmpty());
}

void TestTokenStore::entryAsTheSecretServiceSeesIt()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const ServerAddress server = ServerAddress::parse(QStringLiteral("https://chat.example.com"));
    const QString key = TokenStore::entryKey(QUuid::createUuid().toString(QUuid::Id128), server);
    QVERIFY(!await(store.write(key, uniqueToken())).error.isError());

    const auto [unlocked, locked] = searchItems(key);
    QCOMPARE(unlocked.size(), 1);
    QCOMPARE(locked.size(), 0);
    const auto attributes = qdbus_cast<QMap<QString, QString>>(
        itemProperty(unlocked.first(), QStringLiteral("Attributes")));
    QCOMPARE(attributes.value(QStringLiteral("user")), key); // <userId>@<origin>
    QCOMPARE(attributes.value(QStringLiteral("server")), QStringLiteral("Liftoff"));
    QCOMPARE(itemProperty(unlocked.first(), QStringLiteral("Label")).toString(),
             QStringLiteral("Liftoff"));

    QVERIFY(!await(store.remove(key)).error.isError());
    QCOMPARE(searchItems(key).first.size(), 0);
}

void TestTokenStore::overwrite()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const QString key = uniqueKey("overwrite");
    const QString first = uniqueToken();
    const QString second = uniqueToken();
    QVERIFY(!await(store.write(key, first)).error.isError());
    QVERIFY(!await(store.write(key, second)).error.isError());
    QCOMPARE(await(store.read(key)).token, second);
    QCOMPARE(searchItems(key).first.size(), 1); // replaced, not added
    QVERIFY(!await(store.remove(key)).error.isError());
}

void TestTokenStore::readMissing()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const Outcome outcome = await(store.read(uniqueKey("missing")));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::NotFound);
    QCOMPARE(outcome.error.operation(), Operation::Read);
    QVERIFY(!outcome.error.isTransient());
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY(outcome.token.isEmpty());
}

void TestTokenStore::removeMissing()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const Outcome outcome = await(store.remove(uniqueKey("missing")));
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toLogString()));
}

void TestTokenStore::answersComeFromTheEventLoop()
{
    KeychainTokenStore store;
    TokenJob *job = store.read(uniqueKey("async"));
    QVERIFY(!job->isFinished());
    QCOMPARE(job->operation(), Operation::Read);
    // Connected after the call and still told.
    QSignalSpy finished(job, &TokenJob::finished);
    QVERIFY(finished.wait(keychainTimeoutMs));
    QCOMPARE(finished.count(), 1);
    // And deleted after that.
    QPointer<TokenJob> guard(job);
    QTRY_VERIFY(!guard);
}

void TestTokenStore::emptyKeyOrTokenRefused()
{
    KeychainTokenStore store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("empty key or token")));
    QCOMPARE(await(store.read(QString())).error.kind(), Kind::Other);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("empty key or token")));
    QCOMPARE(await(store.write(uniqueKey("empty"), QString())).error.kind(), Kind::Other);
}

void TestTokenStore::storeDestroyedWhileJobsRun_data()
{
    QTest::addColumn<int>("eventLoopPasses");
    QTest::addColumn<bool>("written");
    // Before the job reached QtKeychain nothing happens; after, the write completes on its own.
    QTest::newRow("before start") << 0 << false;
    QTest::newRow("just started") << 1 << true;
    QTest::newRow("queued in QtKeychain") << 2 << true;
    QTest::newRow("talking to the bus") << 5 << true;
    QTest::newRow("later") << 20 << true;
}

void TestTokenStore::storeDestroyedWhileJobsRun()
{
    REQUIRE_SESSION();
    QFETCH(int, eventLoopPasses);
    QFETCH(bool, written);
    const QString key = uniqueKey("destroyed");
    const QString token = uniqueToken();

    auto *store = new KeychainTokenStore;
    TokenJob *write = store->write(key, token);
    QPointer<TokenJob> guard(write);
    bool told = false;
    connect(write, &TokenJob::finished, this, [&told] { told = true; });
    for (int i = 0; i < eventLoopPasses && !told; ++i)
        QCoreApplication::processEvents();
    if (told)
        QSKIP("the keychain answered before the store could be destroyed");
    delete store;
    QVERIFY(!guard); // the job went with its store, without a word
    QVERIFY(!told);

    // QtKeychain runs one job at a time: this read comes after the orphaned write is done.
    KeychainTokenStore other;
    const Outcome read = await(other.read(key));
    QVERIFY(read.finished);
    QVERIFY(!told);
    if (written) {
        QCOMPARE(read.token, token);
        QVERIFY(!await(other.remove(key)).error.isError());
    } else {
        QCOMPARE(read.error.kind(), Kind::NotFound);
    }
}

void TestTokenStore::jobDeletedWhileRunning()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    const QString key = uniqueKey("deleted");
    const QString token = uniqueToken();
    TokenJob *write = store.write(key, token);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    delete write; // the caller no longer cares; the keychain write goes on
    QCOMPARE(await(store.read(key)).token, token);
    QVERIFY(!await(store.remove(key)).error.isError());
}

void TestTokenStore::keychainJobsAreNotOwnedByTheStore()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    TokenJob *job = store.read(uniqueKey("owner"));
    QSignalSpy finished(job, &TokenJob::finished);
    QCoreApplication::processEvents(); // QtKeychain job created and started
    QVERIFY(store.findChildren<QKeychain::Job *>().isEmpty());
    QVERIFY(job->findChildren<QKeychain::Job *>().isEmpty());
    QVERIFY(finished.wait(keychainTimeoutMs));
}

void TestTokenStore::timeout()
{
    REQUIRE_SESSION();
    KeychainTokenStore store;
    QCOMPARE(store.timeout(), KeychainTokenStore::defaultTimeout);
    store.setTimeout(std::chrono::milliseconds(0)); // nothing answers that fast
    const QString key = uniqueKey("timeout");
    const QString token = uniqueToken();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not answer")));
    const Outcome outcome = await(store.write(key, token));
    QCOMPARE(outcome.error.kind(), Kind::Timeout);
    QCOMPARE(outcome.error.operation(), Operation::Write);
    QVERIFY(outcome.error.isTransient());

    // The keychain went on with the write; its late answer was dropped without harm.
    store.setTimeout(KeychainTokenStore::defaultTimeout);
    QCOMPARE(await(store.read(key)).token, token);
    QVERIFY(!await(store.remove(key)).error.isError());
}

// With a token saved and an account recorded, the token is in no file of the session's HOME:
// not in the settings, not in a QtKeychain plaintext fallback (the keyring file is encrypted).
void TestTokenStore::tokenNeverInAFile()
{
    REQUIRE_SESSION();
    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QLatin1String("liftoff-home")), qPrintable(home));

    KeychainTokenStore tokens;
    AccountStore accounts; // the real location, inside the throw-away HOME
    SavedAccount account;
    account.server = ServerAddress::parse(QStringLiteral("https://chat.example.com"));
    account.userId = QUuid::createUuid().toString(QUuid::Id128);
    account.username = QStringLiteral("someone");
    account.lastUsed = QDateTime::currentDateTimeUtc();
    const QString token = uniqueToken();
    QVERIFY(!await(tokens.write(account.key(), token)).error.isError());
    QVERIFY(accounts.save(account));

    QCOMPARE(await(tokens.read(account.key())).token, token);
    QVERIFY(QFileInfo::exists(accounts.fileName()));
    QCOMPARE(filesContaining(home, token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(home, token.toUtf8().toBase64()), QStringList());
    QVERIFY(filesContaining(home, account.userId.toUtf8()).contains(accounts.fileName()));

    QVERIFY(!await(tokens.remove(account.key())).error.isError());
    QVERIFY(accounts.remove(account.key()));
}

void TestTokenStore::noSessionBus()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const QString token = uniqueToken();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("TMPDIR"), home);
    environment.insert(QStringLiteral("LIFTOFF_TEST_TOKEN"), token);

    const ChildRun run = runChildProcess(
        QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("no-backend") }, environment, 60000);
    QVERIFY2(run.ok, qPrintable(run.output));
    for (const char *step : { "write", "read", "remove" }) {
        const auto result = run.results.value(QLatin1String(step));
        QCOMPARE(result.first, QStringLiteral("NoBackend"));
        QCOMPARE(result.second, QStringLiteral("NoSessionBus"));
        QVERIFY(run.messages.value(QLatin1String(step)).contains(QLatin1String("session bus")));
    }
    QVERIFY(run.messages.value(QStringLiteral("write")).contains(QLatin1String("restart")));
    // No plaintext fallback: not a single file, let alone one with the token.
    QCOMPARE(allFiles(home), QStringList());
    QCOMPARE(filesContaining(dir.path(), token.toUtf8()), QStringList());
}

void TestTokenStore::noSecretService()
{
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (dbusDaemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));

    // A session bus that knows no services at all, so nothing can provide org.freedesktop.secrets.
    const QString config = dir.filePath(QStringLiteral("bus.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir=");
        file.write(QFile::encodeName(dir.path()));
        file.write("</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n");
    }
    QProcess daemon;
    daemon.start(dbusDaemon,
                 { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                   QStringLiteral("--print-address=1") });
    QTRY_VERIFY_WITH_TIMEOUT(daemon.canReadLine() || daemon.state() == QProcess::NotRunning, 10000);
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

    const QString token = uniqueToken();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("TMPDIR"), home);
    environment.insert(QStringLiteral("LIFTOFF_TEST_TOKEN"), token);
    const ChildRun run = runChildProcess(
        QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("no-backend") }, environment, 60000);
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(10000));

    QVERIFY2(run.ok, qPrintable(run.output));
    for (const char *step : { "write", "read", "remove" }) {
        const auto result = run.results.value(QLatin1String(step));
        QCOMPARE(result.first, QStringLiteral("NoBackend"));
        QCOMPARE(result.second, QStringLiteral("NoSecretService"));
        QVERIFY(run.messages.value(QLatin1String(step)).contains(QLatin1String("Secret Service")));
    }
    QCOMPARE(allFiles(home), QStringList());
    QCOMPARE(filesContaining(dir.path(), token.toUtf8()), QStringList());
}

void TestTokenStore::lockedKeyring()
{
    REQUIRE_SESSION();
    // A session of its own (bus, HOME, keyring): the keyring the other tests use stays unlocked.
    const QString script = SecretService::sessionScript();
    if (script.isEmpty())
        QSKIP("scripts/with-session.sh not found next to the sources");
    const QProcessEnvironment environment = SecretService::environmentForOwnSession();

    const ChildRun run = runChildProcess(QStringLiteral("bash"),
                                         { script, QCoreApplication::applicationFilePath(),
                                           QStringLiteral("--child"), QStringLiteral("locked") },
                                         environment, 120000);
    QVERIFY2(run.ok, qPrintable(run.output));
    QCOMPARE(run.results.value(QStringLiteral("write-unlocked")).first, QStringLiteral("None"));

    // libsecret answers this read with "not found": the store must not believe it.
    for (const char *step : { "read", "write", "remove", "read-never-written" }) {
        const auto result = run.results.value(QLatin1String(step));
        QCOMPARE(result.first, QStringLiteral("Locked"));
        QCOMPARE(result.second, QStringLiteral("KeyringLocked"));
        QVERIFY(run.messages.value(QLatin1String(step)).contains(QLatin1String("locked")));
    }
    QVERIFY(run.messages.value(QStringLiteral("write")).contains(QLatin1String("restart")));
    // "Removed" by libsecret, still there in truth.
    QVERIFY2(run.output.contains(QLatin1String("LOCKED-ITEMS 1")), qPrintable(run.output));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
