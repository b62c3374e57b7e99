// The stored session from the command line: `liftoff login` keeps it, `resume`, `status`, `token`
// and `logout` use it, each a process of its own (LIFTOFF_APP), against liftoff-devserver processes
// (LIFTOFF_DEVSERVER) and the real Secret Service of scripts/with-session.sh (an unlocked
// gnome-keyring on the session bus). Every test gives `liftoff` a HOME of its own (the account
// list), while the keychain is the session's: entries never collide, since every dev server has
// a port, and so an origin, of its own.
//
// The faults: no Secret Service (a private dbus-daemon that offers no services) and no session
// bus at all; a locked keyring (the test binary is its own child, "--child locked", in a session
// of its own, so that the keyring the other tests share is never locked).

#include "../shared/devserverprocess.h"
#include "../shared/filescan.h"
#include "../shared/liftoffprocess.h"
#include "../shared/secretservice.h"
#include "../shared/testservers.h"
#include "core/serveraddress.h"
#include "core/version.h"
#include "ddp/ddpconnection.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstring>
#include <memory>

namespace {

// Items of the Secret Service for a Liftoff entry: (unlocked, locked); (-1, -1) without an answer.
QPair<int, int> countItems(const QString &key)
{
    bool answered = false;
    const auto items = SecretService::searchItems(key, &answered);
    if (!answered)
        return { -1, -1 };
    return { int(items.first.size()), int(items.second.size()) };
}

// The users fixture of a dev server (see tests/devserver/README.md).
QByteArray usersFixture(const QList<QPair<QString, QString>> &users)
{
    QJsonArray array;
    for (const auto &[name, password] : users) {
        const QJsonObject email { { QStringLiteral("address"),
                                    name + QStringLiteral("@example.com") },
                                  { QStringLiteral("verified"), true } };
        array.append(QJsonObject { { QStringLiteral("username"), name },
                                   { QStringLiteral("password"), password },
                                   { QStringLiteral("emails"), QJsonArray { email } } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("users"), array } }).toJson();
}

// ---- The child side (a session of its own) ----------------------------------------------------

void report(const char *step, const Run &run)
{
    QTextStream out(stdout);
    out << "RESULT " << step << ' ' << run.exitCode << '\n'
        << "STDOUT " << step << ' ' << run.out.simplified() << '\n'
        << "STDERR " << step << ' ' << run.err.simplified() << '\n';
    out.flush();
}

// Signs in (stored), locks the keyring, then tries every command.
int runLockedKeyring()
{
    const QString app = qEnvironmentVariable("LIFTOFF_APP");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || app.isEmpty())
        return 2;
    // Unlocking then fails at once, as for a person who cancels.
    if (!SecretService::startPromptsWithoutDisplay(bus))
        return 3;

    DevServerProcess server;
    if (!server.start())
        return 4;
    QTemporaryDir root;
    const QProcessEnvironment env = environmentIn(root.path());
    const Run login
        = runProcess(app,
                     { QStringLiteral("login"), QStringLiteral("--server"), server.url(),
                       QStringLiteral("--username"), QStringLiteral("alice"),
                       QStringLiteral("--password-stdin"), QStringLiteral("--json") },
                     env, "wonderland\n");
    report("login-unlocked", login);
    const QString key = QJsonDocument::fromJson(login.out.toUtf8())
                            .object()
                            .value(QLatin1String("userId"))
                            .toString()
        + u'@' + server.url();

    switch (SecretService::lockDefaultCollection(bus)) {
    case SecretService::Lock::NoDefaultCollection:
        return 5;
    case SecretService::Lock::Refused:
        return 6;
    case SecretService::Lock::Locked:
        break;
    }

    report("token", runProcess(app, { QStringLiteral("token") }, env));
    report("resume", runProcess(app, { QStringLiteral("resume") }, env));
    report("status", runProcess(app, { QStringLiteral("status") }, env));
    report("logout", runProcess(app, { QStringLiteral("logout") }, env));
    report("login-locked",
           runProcess(app,
                      { QStringLiteral("login"), QStringLiteral("--server"), server.url(),
                        QStringLiteral("--username"), QStringLiteral("alice"),
                        QStringLiteral("--password-stdin") },
                      env, "wonderland\n"));
    // The account is still listed, its token still there (locked).
    const QSettings settings(env.value(QStringLiteral("XDG_CONFIG_HOME"))
                                 + QStringLiteral("/" LIFTOFF_APP_ID "/liftoff.conf"),
                             QSettings::IniFormat);
    QTextStream(stdout) << "ACCOUNTS "
                        << int(settings.childGroups().contains(QLatin1String("Accounts"))) << '\n'
                        << "LOCKED-ITEMS " << countItems(key).second << '\n';
    return 0;
}

} // namespace

class TestCommandLineSession : public QObject
{
    Q_OBJECT

private:
    // A HOME of its own for the `liftoff` processes of one test.
    class Profile
    {
    public:
        Profile()
        {
            QDir(m_dir.path()).mkpath(QStringLiteral("home"));
            QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
            m_env = environmentIn(m_dir.path());
        }
        bool isValid() const { return m_dir.isValid(); }
        QString root() const { return m_dir.path(); }
        QProcessEnvironment environment() const { return m_env; }
        QString settingsFile() const
        {
            return m_env.value(QStringLiteral("XDG_CONFIG_HOME"))
                + QStringLiteral("/" LIFTOFF_APP_ID "/liftoff.conf");
        }

    private:
        QTemporaryDir m_dir;
        QProcessEnvironment m_env;
    };

    QString m_app;
    bool m_inSession = false;

    Run liftoff(const Profile &profile, const QStringList &args, const QByteArray &input = {})
    {
        return runProcess(m_app, args, profile.environment(), input);
    }

    Run liftoff(const QProcessEnvironment &env, const QStringList &args,
                const QByteArray &input = {})
    {
        return runProcess(m_app, args, env, input);
    }

    static QStringList loginArgs(const QString &server, const QString &user)
    {
        return { QStringLiteral("login"),
                 QStringLiteral("--server"),
                 server,
                 QStringLiteral("--username"),
                 user,
                 QStringLiteral("--password-stdin"),
                 QStringLiteral("--json") };
    }

    // Signs in (stored) and returns the keychain entry's key, "<userId>@<origin>"; empty on
    // failure (the test then fails with the run described).
    QString signIn(const Profile &profile, const QString &server, const QString &user,
                   const QString &password)
    {
        const Run run = liftoff(profile, loginArgs(server, user), password.toUtf8() + '\n');
        if (run.exitCode != 0) {
            qWarning().noquote() << "login failed:" << describe(run);
            return {};
        }
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        if (object.value(QLatin1String("stored")) != QJsonValue(true)) {
            qWarning().noquote() << "login did not store:" << describe(run);
            return {};
        }
        return object.value(QLatin1String("userId")).toString() + u'@'
            + object.value(QLatin1String("server")).toString();
    }

    // An account as login would have stored it, without a login: the account data in the
    // profile's list, the token (unless empty) in the keychain. Returns the key.
    static QString storeAccount(const Profile &profile, const QString &url, const QString &username,
                                const QString &token)
    {
        SavedAccount account;
        account.server = ServerAddress::parse(url);
        account.userId = QUuid::createUuid().toString(QUuid::Id128).left(17);
        account.username = username;
        account.displayName = username;
        account.tokenExpires = QDateTime::currentDateTimeUtc().addDays(30);
        account.lastUsed = QDateTime::currentDateTimeUtc();
        QSettings settings(profile.settingsFile(), QSettings::IniFormat);
        AccountStore accounts(&settings);
        if (!accounts.save(account))
            return {};
        if (!token.isEmpty()) {
            KeychainTokenStore tokens;
            TokenJob *job = tokens.write(account.key(), token);
            QSignalSpy written(job, &TokenJob::finished);
            if (!written.wait(30000) || !job->succeeded())
                return {};
        }
        return account.key();
    }

    // What the keychain holds under key, read by another client (secret-tool, libsecret), with
    // QtKeychain's attributes: {user: key, server: "Liftoff"}. Empty when nothing.
    static QString keychainToken(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   { QStringLiteral("lookup"), QStringLiteral("user"), key,
                     QStringLiteral("server"), QStringLiteral("Liftoff") });
        if (!tool.waitForFinished(30000) || tool.exitCode() != 0)
            return {};
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    // Whether the server accepts a `login` with {resume: token}: the error, or None.
    static DdpError resumeOnServer(const QString &url, const QString &token)
    {
        DdpConnection connection;
        connection.setAutoReconnect(false);
        connection.open(ServerAddress::parse(url));
        DdpMethodCall *call
            = connection.call(QStringLiteral("login"),
                              { QJsonObject { { QStringLiteral("resume"), token } } }, 10000);
        QSignalSpy finished(call, &DdpMethodCall::finished);
        if (!finished.wait(15000))
            return DdpError();
        const DdpError error = call->error();
        connection.close();
        return error;
    }

    // Signs out of the session elsewhere, as another device of the same person would.
    static bool logoutElsewhere(const QString &url, const QString &token)
    {
        DdpConnection connection;
        connection.setAutoReconnect(false);
        connection.open(ServerAddress::parse(url));
        DdpMethodCall *login
            = connection.call(QStringLiteral("login"),
                              { QJsonObject { { QStringLiteral("resume"), token } } }, 10000);
        DdpMethodCall *logout = connection.call(QStringLiteral("logout"), {}, 10000);
        // The calls delete themselves once answered: read the outcome when it comes.
        int loginOk = -1;
        int logoutOk = -1;
        QObject::connect(login, &DdpMethodCall::finished, login,
                         [&loginOk, login] { loginOk = login->hasError() ? 0 : 1; });
        QObject::connect(logout, &DdpMethodCall::finished, logout,
                         [&logoutOk, logout] { logoutOk = logout->hasError() ? 0 : 1; });
        if (!QTest::qWaitFor([&] { return logoutOk >= 0; }, 15000))
            return false;
        const bool ok = loginOk == 1 && logoutOk == 1;
        connection.close();
        return ok;
    }

    // Resume logins the dev server saw (started with --verbose), accepted or not.
    static int resumeAttempts(DevServerProcess &server)
    {
        static const QRegularExpression attempt(
            QStringLiteral("(logged in \\S+ by \"?resume|login failed: \"?resume)"));
        return int(server.log().count(attempt));
    }

    // A session bus of our own that offers no services at all: no org.freedesktop.secrets.
    static QString startBusWithoutServices(QProcess &daemon, const QString &dir)
    {
        const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (dbusDaemon.isEmpty())
            return {};
        const QString config = dir + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir=");
        file.write(QFile::encodeName(dir));
        file.write("</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        daemon.start(dbusDaemon,
                     { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                       QStringLiteral("--print-address=1") });
        if (!QTest::qWaitFor(
                [&] { return daemon.canReadLine() || daemon.state() == QProcess::NotRunning; },
                10000))
            return {};
        return QString::fromUtf8(daemon.readLine()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
        // Never against someone's own keyring: these tests write to one and lock one.
        m_inSession = !qEnvironmentVariableIsEmpty("LIFTOFF_IN_SESSION")
            && QDBusConnection::sessionBus().isConnected();
        if (!m_inSession)
            QSKIP("needs the private session of scripts/with-session.sh");
    }

    // login stores; other processes resume, list, print and end the session.
    void loginStoresAndOtherProcessesUseIt()
    {
        Profile profile;
        DevServerProcess server({ QStringLiteral("--verbose") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());

        // The token is in the keychain, as another client of the Secret Service sees it, and
        // not in the account list, which names the account.
        const QString stored = keychainToken(key);
        QVERIFY2(stored.size() >= 20, qPrintable(stored));
        QFile settings(profile.settingsFile());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(profile.settingsFile()));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains("alice"));
        QVERIFY(!settingsText.contains(stored.toUtf8()));

        // token: exactly what the keychain holds, and nothing over the network.
        const int attemptsBefore = resumeAttempts(server);
        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 0, qPrintable(describe(token)));
        QCOMPARE(token.out, stored + u'\n');
        QVERIFY2(token.err.isEmpty(), qPrintable(token.err));
        QCOMPARE(resumeAttempts(server), attemptsBefore);

        // resume, from another process, with the stored token.
        const Run resume = liftoff(profile, { QStringLiteral("resume"), QStringLiteral("--json") });
        QVERIFY2(resume.exitCode == 0, qPrintable(describe(resume)));
        const QJsonObject object = QJsonDocument::fromJson(resume.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(object.value(QLatin1String("type")).toString(), QStringLiteral("resume"));
        QCOMPARE(object.value(QLatin1String("server")).toString(), server.url());
        QVERIFY(!resume.out.contains(stored));
        QTRY_COMPARE(resumeAttempts(server), attemptsBefore + 1);

        const Run sentence
            = liftoff(profile,
                      { QStringLiteral("resume"), QStringLiteral("--server"), server.url(),
                        QStringLiteral("--username"), QStringLiteral("ALICE") });
        QVERIFY2(sentence.exitCode == 0, qPrintable(describe(sentence)));
        QVERIFY2(sentence.out.startsWith(QLatin1String("Signed in to ")), qPrintable(sentence.out));

        // status: one line, valid; the JSON says the same, without the token.
        const Run status = liftoff(profile, { QStringLiteral("status") });
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\S+\\s+alice\\s+valid\\n$"))
                     .match(status.out)
                     .hasMatch(),
                 qPrintable(status.out));
        const Run statusJson
            = liftoff(profile, { QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(statusJson.exitCode == 0, qPrintable(describe(statusJson)));
        const QJsonArray array = QJsonDocument::fromJson(statusJson.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(array.at(0).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("alice"));
        QVERIFY(!statusJson.out.contains(stored));
        QCOMPARE(keychainToken(key), stored); // status never logs out

        // The session is still the one login made.
        QCOMPARE(resumeOnServer(server.url(), stored).kind(), DdpError::Kind::None);
    }

    void logoutEndsTheSessionEverywhere()
    {
        Profile profile;
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());
        const QString stored = keychainToken(key);
        QVERIFY(!stored.isEmpty());

        const Run logout = liftoff(profile, { QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, qPrintable(describe(logout)));
        QVERIFY2(logout.out.contains(QLatin1String("alice")), qPrintable(logout.out));
        QVERIFY2(logout.err.isEmpty(), qPrintable(logout.err));

        // Gone from the keychain and the list …
        QCOMPARE(keychainToken(key), QString());
        QCOMPARE(countItems(key), qMakePair(0, 0));
        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 3, qPrintable(describe(token)));
        QVERIFY(token.out.isEmpty());
        const Run status = liftoff(profile, { QStringLiteral("status") });
        QVERIFY2(status.exitCode == 3, qPrintable(describe(status)));
        QVERIFY(status.out.isEmpty());
        const Run again = liftoff(profile, { QStringLiteral("logout") });
        QVERIFY2(again.exitCode == 3, qPrintable(describe(again)));
        const Run all = liftoff(profile, { QStringLiteral("logout"), QStringLiteral("--all") });
        QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));

        // … and the server no longer accepts it.
        const DdpError refused = resumeOnServer(server.url(), stored);
        QCOMPARE(refused.kind(), DdpError::Kind::ServerError);
        QVERIFY2(refused.numericCode() == 403 || refused.numericCode() == 401,
                 qPrintable(refused.toLogString()));
    }

    void expiredTokenIsNotSent()
    {
        Profile profile;
        DevServerProcess server({ QStringLiteral("--verbose"),
                                  QStringLiteral("--token-lifetime-ms"), QStringLiteral("1500") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());
        QTest::qWait(2000);

        // token does not print what cannot work any more (and keeps it: it only reads).
        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 3, qPrintable(describe(token)));
        QVERIFY(token.out.isEmpty());
        QVERIFY2(token.err.contains(QLatin1String("expired")), qPrintable(token.err));

        const Run resume = liftoff(profile, { QStringLiteral("resume") });
        QVERIFY2(resume.exitCode == 3, qPrintable(describe(resume)));
        QVERIFY(resume.out.isEmpty());
        QCOMPARE(resume.err.count(u'\n'), 1);
        QVERIFY2(resume.err.contains(QLatin1String("expired"), Qt::CaseInsensitive),
                 qPrintable(resume.err));
        QVERIFY2(resume.err.contains(QLatin1String("liftoff login")), qPrintable(resume.err));
        QCOMPARE(resumeAttempts(server), 0); // never sent
        // Forgotten, as the window forgets it.
        QCOMPARE(keychainToken(key), QString());
        QVERIFY2(liftoff(profile, { QStringLiteral("token") }).exitCode == 3, "still listed");
    }

    void rejectedTokenIsDeleted()
    {
        Profile profile;
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());
        const QString stored = keychainToken(key);
        QVERIFY(logoutElsewhere(server.url(), stored));

        const Run status = liftoff(profile, { QStringLiteral("status") });
        QVERIFY2(status.exitCode == 3, qPrintable(describe(status)));
        QVERIFY2(status.out.contains(QLatin1String("rejected")), qPrintable(status.out));
        QVERIFY(status.err.contains(QLatin1String("alice")));

        // status found it rejected, so it is gone: sign in again, then reject once more.
        QCOMPARE(keychainToken(key), QString());
        const QString key2
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QCOMPARE(key2, key);
        QVERIFY(logoutElsewhere(server.url(), keychainToken(key)));
        const Run resume = liftoff(profile, { QStringLiteral("resume") });
        QVERIFY2(resume.exitCode == 3, qPrintable(describe(resume)));
        QVERIFY(resume.out.isEmpty());
        QCOMPARE(resume.err.count(u'\n'), 1);
        QVERIFY2(resume.err.contains(QLatin1String("liftoff login")), qPrintable(resume.err));
        QCOMPARE(keychainToken(key), QString());
        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 3, qPrintable(describe(token)));

        // logout of a session that ended elsewhere: done, and says so.
        QCOMPARE(
            signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland")),
            key);
        QVERIFY(logoutElsewhere(server.url(), keychainToken(key)));
        const Run logout = liftoff(profile, { QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, qPrintable(describe(logout)));
        QVERIFY2(logout.err.contains(QLatin1String("already ended")), qPrintable(logout.err));
        QCOMPARE(keychainToken(key), QString());
    }

    void networkErrorKeepsTheToken()
    {
        Profile profile;
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());
        const QString stored = keychainToken(key);
        server.stop();

        const Run resume = liftoff(
            profile,
            { QStringLiteral("resume"), QStringLiteral("--timeout"), QStringLiteral("5") });
        QVERIFY2(resume.exitCode == 5, qPrintable(describe(resume)));
        QVERIFY(resume.out.isEmpty());
        QCOMPARE(resume.err.count(u'\n'), 1);
        QVERIFY2(resume.err.contains(QLatin1String("kept")), qPrintable(resume.err));

        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 0, qPrintable(describe(token)));
        QCOMPARE(token.out, stored + u'\n');

        const Run status = liftoff(profile,
                                   { QStringLiteral("status"), QStringLiteral("--json"),
                                     QStringLiteral("--timeout"), QStringLiteral("5") });
        QVERIFY2(status.exitCode == 5, qPrintable(describe(status)));
        const QJsonArray array = QJsonDocument::fromJson(status.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("unreachable"));
        QVERIFY(!array.at(0).toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(keychainToken(key), stored);

        // logout: forgotten here all the same, and stderr says what that means.
        const Run logout = liftoff(
            profile,
            { QStringLiteral("logout"), QStringLiteral("--timeout"), QStringLiteral("5") });
        QVERIFY2(logout.exitCode == 0, qPrintable(describe(logout)));
        QVERIFY2(logout.err.contains(QLatin1String("may still be valid")), qPrintable(logout.err));
        QCOMPARE(keychainToken(key), QString());
        QVERIFY2(liftoff(profile, { QStringLiteral("token") }).exitCode == 3, "still listed");
    }

    // A server that accepts the connection and then says nothing: each check gives up after
    // --timeout, all accounts are checked at once, and the silent server's session is kept.
    void statusTimesOut()
    {
        Profile profile;
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestServers::SilentServer silent;
        QVERIFY(silent.isListening());
        const QString token = QStringLiteral("t-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString stuck = storeAccount(profile, silent.url(), QStringLiteral("sam"), token);
        QVERIFY(!stuck.isEmpty());
        const QString alice
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!alice.isEmpty());

        QElapsedTimer timer;
        timer.start();
        const Run status = liftoff(
            profile,
            { QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("2") });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(status.exitCode == 5, qPrintable(describe(status)));
        QVERIFY2(elapsed >= 2000, qPrintable(QString::number(elapsed))); // never early
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        const QStringList lines = status.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QLatin1String("alice"))
                     && lines.at(0).endsWith(QLatin1String(" valid")),
                 qPrintable(status.out));
        QVERIFY2(lines.at(1).contains(QLatin1String("sam"))
                     && lines.at(1).endsWith(QLatin1String(" unreachable")),
                 qPrintable(status.out));
        QVERIFY2(status.err.contains(QLatin1String("sam")), qPrintable(status.err));
        QCOMPARE(keychainToken(stuck), token);

        timer.restart();
        const Run resume
            = liftoff(profile,
                      { QStringLiteral("resume"), QStringLiteral("--server"), silent.url(),
                        QStringLiteral("--timeout"), QStringLiteral("1") });
        QVERIFY2(resume.exitCode == 5, qPrintable(describe(resume)));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(keychainToken(stuck), token);
        QVERIFY(liftoff(profile,
                        { QStringLiteral("logout"), QStringLiteral("--all"),
                          QStringLiteral("--timeout"), QStringLiteral("1") })
                    .exitCode
                == 0);
        QCOMPARE(keychainToken(stuck), QString());
    }

    // Listed, but its token is not in the keychain (removed by hand, say): sign in again (3),
    // and logout forgets what is left.
    void accountWithoutToken()
    {
        Profile profile;
        DevServerProcess server({ QStringLiteral("--verbose") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString key = storeAccount(profile, server.url(), QStringLiteral("alice"), {});
        QVERIFY(!key.isEmpty());
        for (const QString &command :
             { QStringLiteral("token"), QStringLiteral("resume"), QStringLiteral("status") }) {
            const Run run = liftoff(profile, { command });
            QVERIFY2(run.exitCode == 3, qPrintable(command + u' ' + describe(run)));
            QVERIFY2(run.err.contains(QLatin1String("alice")) || command == u"resume",
                     qPrintable(run.err));
        }
        QCOMPARE(resumeAttempts(server), 0);
        const Run logout = liftoff(profile, { QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, qPrintable(describe(logout)));
        QVERIFY2(liftoff(profile, { QStringLiteral("status") }).exitCode == 3, "still listed");
    }

    // Several accounts: --server and --username pick one, else the one used last.
    void severalAccounts()
    {
        Profile profile;
        QTemporaryDir fixtureDir;
        const QString fixture = fixtureDir.filePath(QStringLiteral("users.json"));
        {
            QFile file(fixture);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(usersFixture({ { QStringLiteral("ann"), QStringLiteral("ann-password") },
                                      { QStringLiteral("ben"), QStringLiteral("ben-password") } }));
        }
        DevServerProcess first({ QStringLiteral("--users"), fixture });
        DevServerProcess second;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(second.start(), qPrintable(second.errorString()));

        const QString ann
            = signIn(profile, first.url(), QStringLiteral("ann"), QStringLiteral("ann-password"));
        const QString alice
            = signIn(profile, second.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        const QString ben
            = signIn(profile, first.url(), QStringLiteral("ben"), QStringLiteral("ben-password"));
        QVERIFY(!ann.isEmpty() && !alice.isEmpty() && !ben.isEmpty());

        auto tokenOf = [&](const QStringList &selection) {
            const Run run = liftoff(profile, QStringList { QStringLiteral("token") } + selection);
            return run.exitCode == 0 ? run.out.trimmed() : QString::number(run.exitCode);
        };
        QCOMPARE(tokenOf({}), keychainToken(ben)); // used last
        QCOMPARE(tokenOf({ QStringLiteral("--server"), second.url() }), keychainToken(alice));
        QCOMPARE(tokenOf({ QStringLiteral("--server"), first.url() }), keychainToken(ben));
        QCOMPARE(tokenOf({ QStringLiteral("--server"), first.url(), QStringLiteral("--username"),
                           QStringLiteral("ann") }),
                 keychainToken(ann));
        QCOMPARE(tokenOf({ QStringLiteral("--username"), QStringLiteral("ann") }),
                 keychainToken(ann));
        QCOMPARE(tokenOf({ QStringLiteral("--server"), second.url(), QStringLiteral("--username"),
                           QStringLiteral("ann") }),
                 QStringLiteral("3"));

        // resume makes an account the last used one; status leaves that order alone.
        const Run resume = liftoff(
            profile, { QStringLiteral("resume"), QStringLiteral("--server"), second.url() });
        QVERIFY2(resume.exitCode == 0, qPrintable(describe(resume)));
        QCOMPARE(tokenOf({}), keychainToken(alice));
        const Run status = liftoff(profile, { QStringLiteral("status") });
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const QStringList lines = status.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QLatin1String("alice")), qPrintable(status.out));
        for (const QString &line : lines)
            QVERIFY2(line.endsWith(QLatin1String(" valid")), qPrintable(line));
        QCOMPARE(tokenOf({}), keychainToken(alice));

        const Run logoutAnn = liftoff(
            profile,
            { QStringLiteral("logout"), QStringLiteral("--username"), QStringLiteral("ann") });
        QVERIFY2(logoutAnn.exitCode == 0, qPrintable(describe(logoutAnn)));
        QCOMPARE(keychainToken(ann), QString());
        QVERIFY(!keychainToken(ben).isEmpty());
        QVERIFY(!keychainToken(alice).isEmpty());

        const Run all = liftoff(profile, { QStringLiteral("logout"), QStringLiteral("--all") });
        QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
        QCOMPARE(all.out.trimmed().count(u'\n'), 1); // two lines
        QCOMPARE(keychainToken(ben), QString());
        QCOMPARE(keychainToken(alice), QString());
        QVERIFY2(liftoff(profile, { QStringLiteral("status") }).exitCode == 3, "still listed");
    }

    // Without a Secret Service, or without a session bus: exit code 7, a message that says
    // what to do, and no file at all (there is no plaintext fallback).
    void noKeychain_data()
    {
        QTest::addColumn<bool>("withBus");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no Secret Service") << true << QStringLiteral("Secret Service");
        QTest::newRow("no session bus") << false << QStringLiteral("session bus");
    }

    void noKeychain()
    {
        QFETCH(bool, withBus);
        QFETCH(QString, mentions);
        QTemporaryDir busDir;
        QVERIFY(busDir.isValid());
        QProcess daemon;
        QString address = QStringLiteral("unix:path=") + busDir.filePath(QStringLiteral("no-bus"));
        if (withBus) {
            address = startBusWithoutServices(daemon, busDir.path());
            if (address.isEmpty())
                QSKIP("dbus-daemon is not available");
        }
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        // A fresh HOME: login signs in, says the session is not kept, and writes nothing.
        Profile fresh;
        QProcessEnvironment env = fresh.environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        const Run login
            = liftoff(env, loginArgs(server.url(), QStringLiteral("alice")), "wonderland\n");
        QVERIFY2(login.exitCode == 7, qPrintable(describe(login)));
        QCOMPARE(
            QJsonDocument::fromJson(login.out.toUtf8()).object().value(QLatin1String("stored")),
            QJsonValue(false));
        QCOMPARE(login.err.count(u'\n'), 1);
        QVERIFY2(login.err.contains(mentions), qPrintable(login.err));
        QVERIFY2(login.err.contains(QLatin1String("not stored")), qPrintable(login.err));
        QCOMPARE(allFiles(fresh.root()), QStringList());
        // Nothing stored, so nothing to find, and the keychain is not even asked.
        QCOMPARE(liftoff(env, { QStringLiteral("token") }).exitCode, 3);
        QCOMPARE(liftoff(env, { QStringLiteral("status") }).exitCode, 3);
        QCOMPARE(allFiles(fresh.root()), QStringList());

        // A stored account whose keychain went away: 7 for all, and nothing is lost.
        Profile profile;
        const QString key
            = signIn(profile, server.url(), QStringLiteral("alice"), QStringLiteral("wonderland"));
        QVERIFY(!key.isEmpty());
        const QString stored = keychainToken(key);
        const QStringList files = allFiles(profile.root());
        env = profile.environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        for (const QString &command : { QStringLiteral("token"), QStringLiteral("resume"),
                                        QStringLiteral("status"), QStringLiteral("logout") }) {
            const Run run = liftoff(env, { command });
            QVERIFY2(run.exitCode == 7, qPrintable(command + u' ' + describe(run)));
            QVERIFY2(run.err.contains(mentions), qPrintable(command + u' ' + run.err));
            if (command != u"status")
                QVERIFY2(run.out.isEmpty(), qPrintable(command + u' ' + run.out));
            else
                QVERIFY2(run.out.contains(QLatin1String("keychain-problem")), qPrintable(run.out));
            QCOMPARE(allFiles(profile.root()), files);
        }
        QCOMPARE(keychainToken(key), stored);
        const Run token = liftoff(profile, { QStringLiteral("token") });
        QVERIFY2(token.exitCode == 0, qPrintable(describe(token)));
        QCOMPARE(token.out, stored + u'\n');
        QVERIFY(liftoff(profile, { QStringLiteral("logout") }).exitCode == 0);

        if (withBus) {
            daemon.terminate();
            QVERIFY(daemon.waitForFinished(10000));
        }
    }

    void lockedKeyring()
    {
        const QString script = SecretService::sessionScript();
        if (script.isEmpty())
            QSKIP("scripts/with-session.sh not found next to the sources");
        QProcess child;
        child.setProcessEnvironment(SecretService::environmentForOwnSession());
        child.start(QStringLiteral("bash"),
                    { script, QCoreApplication::applicationFilePath(), QStringLiteral("--child"),
                      QStringLiteral("locked") });
        QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 240000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0,
                 qPrintable(output + QString::fromUtf8(child.readAllStandardError())));

        auto line = [&output](const QString &what, const char *step) {
            const QRegularExpression pattern(
                QStringLiteral("^%1 %2 (.*)$").arg(what, QLatin1String(step)),
                QRegularExpression::MultilineOption);
            return pattern.match(output).captured(1);
        };
        QCOMPARE(line(QStringLiteral("RESULT"), "login-unlocked"), QStringLiteral("0"));
        for (const char *step : { "token", "resume", "status", "logout", "login-locked" }) {
            QVERIFY2(line(QStringLiteral("RESULT"), step) == u"7", qPrintable(output));
            QVERIFY2(line(QStringLiteral("STDERR"), step).contains(QLatin1String("locked")),
                     qPrintable(output));
        }
        QVERIFY2(line(QStringLiteral("STDOUT"), "token").isEmpty(), qPrintable(output));
        QVERIFY2(line(QStringLiteral("STDOUT"), "status").contains(QLatin1String("keychain")),
                 qPrintable(output));
        // Signed in all the same, only not kept.
        QVERIFY2(line(QStringLiteral("STDOUT"), "login-locked").contains(QLatin1String("alice")),
                 qPrintable(output));
        // Nothing was forgotten: the account is listed and its token still there.
        QVERIFY2(output.contains(QLatin1String("ACCOUNTS 1")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("LOCKED-ITEMS 1")), qPrintable(output));
    }

    // Every flow, with every log category on and stderr in a log file; then neither the
    // password, nor its digest, nor the token is in any file of HOME, the temp dir or the logs
    // (the keyring file included: it is encrypted).
    void noSecretInAnyFile()
    {
        const QString home = QDir::homePath();
        QVERIFY2(home.contains(QLatin1String("liftoff-home")), qPrintable(home));
        Profile profile;
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString fixture = profile.root() + QStringLiteral("/users.json");
        {
            QFile file(fixture);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(usersFixture({ { QStringLiteral("lena"), password } }));
        }
        DevServerProcess server({ QStringLiteral("--users"), fixture });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(QFile::remove(fixture)); // read at start; the password is in memory only now

        const QString log = profile.root() + QStringLiteral("/tmp/liftoff.log");
        QProcessEnvironment env = profile.environment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("liftoff.*=true"));
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            return runProcess(m_app, args, env, input, log);
        };
        const QByteArray typed = password.toUtf8() + '\n';
        const QStringList login { QStringLiteral("login"),
                                  QStringLiteral("--server"),
                                  server.url(),
                                  QStringLiteral("--username"),
                                  QStringLiteral("lena"),
                                  QStringLiteral("--password-stdin") };

        QCOMPARE(run(login + QStringList { QStringLiteral("--no-store") }, typed).exitCode, 0);
        QCOMPARE(run(login + QStringList { QStringLiteral("--json") }, typed).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("resume") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("resume"), QStringLiteral("--json") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("status") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("status"), QStringLiteral("--json") }).exitCode, 0);
        const Run token = run({ QStringLiteral("token") }); // stdout: in memory only
        QCOMPARE(token.exitCode, 0);
        const QString tokenText = token.out.trimmed();
        QVERIFY(tokenText.size() >= 20);
        QCOMPARE(run({ QStringLiteral("logout") }).exitCode, 0);
        QCOMPARE(run(login, typed).exitCode, 0); // a second session, left stored
        QCOMPARE(run({ QStringLiteral("logout"), QStringLiteral("--all") }).exitCode, 0);

        // The logs were on, and the keyring file is among what is searched.
        QVERIFY2(QFileInfo(log).size() > 1000, qPrintable(log));
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logText = logFile.readAll();
        QVERIFY2(logText.contains("liftoff.keychain") || logText.contains("liftoff.auth"),
                 logText.left(2000).constData());
        const QString keyrings
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/keyrings");
        QVERIFY2(!QDir(keyrings).entryList({ QStringLiteral("*.keyring") }).isEmpty(),
                 qPrintable(keyrings));
        QVERIFY(keyrings.startsWith(home));

        const QByteArray digest
            = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QList<QByteArray> secrets { password.toUtf8(), digest, digest.toUpper(),
                                          tokenText.toUtf8(), tokenText.toUtf8().toBase64() };
        QStringList places { home, QDir::tempPath() };
        places.removeDuplicates();
        for (const QString &place : places) {
            for (const QByteArray &secret : secrets)
                QCOMPARE(filesContaining(place, secret), QStringList());
        }
        // The search does look into the logs: the user name is there.
        QVERIFY2(filesContaining(QDir::tempPath(), "lena").contains(log),
                 qPrintable(filesContaining(QDir::tempPath(), "lena").join(u' ')));
        QVERIFY(!logText.contains(tokenText.toUtf8()));
        QVERIFY(!logText.contains(password.toUtf8()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0 && std::strcmp(argv[2], "locked") == 0) {
        QCoreApplication app(argc, argv);
        return runLockedKeyring();
    }
    QCoreApplication app(argc, argv);
    TestCommandLineSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commandlinesession.moc"
