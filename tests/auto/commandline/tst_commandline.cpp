#include "../shared/devserverprocess.h"
#include "../shared/liftoffprocess.h"
#include "fakeserver.h"
#include "totp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The `liftoff` binary as a user or a script runs it: LIFTOFF_APP (set by CTest) against
// liftoff-devserver processes (LIFTOFF_DEVSERVER) on free ports, with no display and with
// standard input a pipe, never a terminal (tst_commandlineterminal covers the terminal).
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static constexpr auto bobSecret = "JBSWY3DPEHPK3PXP";

    QString m_app;
    std::unique_ptr<DevServerProcess> m_server; // demo accounts, LDAP on

    // An environment with no display at all, as on a server or in CI.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return env;
    }

    // A run, and what it must never show, described (empty when clean).
    struct Run : ::Run
    {
        QString leak;
    };

    // Runs liftoff with `input` on its standard input (then closed). The event loop keeps
    // running meanwhile, for the in-process fake servers and the dev server's output.
    Run run(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = withoutDisplay())
    {
        Run result;
        static_cast<::Run &>(result) = runProcess(m_app, args, env, input);

        // What every run must keep to itself: the password it was given, and anything shaped
        // like a login token (43 characters of [A-Za-z0-9_-]) or a password digest on stdout.
        const QString password = QString::fromUtf8(input).trimmed();
        static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_-]{40,}"));
        if (password.size() >= 4 && result.out.contains(password))
            result.leak = QStringLiteral("the password is on stdout");
        else if (password.size() >= 4 && result.err.contains(password))
            result.leak = QStringLiteral("the password is on stderr");
        else if (tokenLike.match(result.out).hasMatch())
            result.leak = QStringLiteral("something token-like is on stdout: ") + result.out;
        return result;
    }

    // `liftoff login --server <url> <args> --password-stdin --no-store` with the password piped
    // in. Sessions are not kept here: keeping them needs the private keychain of
    // scripts/with-session.sh, and tst_commandlinesession tests it there.
    Run login(const QString &server, const QStringList &args, const QString &password)
    {
        return run(
            QStringList { QStringLiteral("login"), QStringLiteral("--server"), server } + args
                + QStringList { QStringLiteral("--password-stdin"), QStringLiteral("--no-store") },
            password.toUtf8() + '\n');
    }

    static QString describe(const Run &result)
    {
        return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
            .arg(result.exitCode)
            .arg(result.elapsedMs)
            .arg(result.out, result.err);
    }

    static int lineCount(const QString &text) { return int(text.trimmed().count(u'\n')) + 1; }

    // A 6-digit code that is not bob's code now, nor just before or after.
    static QString wrongTotpCode()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList valid;
        for (int step = -2; step <= 2; ++step)
            valid << Totp::codeForSecret(QLatin1String(bobSecret), now.addSecs(30 * step));
        for (char digit = '0'; digit <= '9'; ++digit) {
            const QString candidate(6, QChar::fromLatin1(digit));
            if (!valid.contains(candidate))
                return candidate;
        }
        return QStringLiteral("123456");
    }

    // A port on 127.0.0.1 that nothing listens on.
    static QString closedPortUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
        m_server = std::make_unique<DevServerProcess>(QStringList { QStringLiteral("--ldap") });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    // --- The binary without a command ----------------------------------------------------

    void versionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void versionWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run result = run({ option });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("liftoff ")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void helpWithoutDisplay()
    {
        const Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Usage:")));
        QVERIFY(result.out.contains(QLatin1String("--server")));
        QVERIFY(result.out.contains(QLatin1String("Rocket.Chat")));
        QVERIFY2(result.out.contains(QLatin1String("login")), qPrintable(result.out));
    }

    void unknownOptionIsAUsageError()
    {
        const Run result = run({ QStringLiteral("--no-such-option") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("no-such-option")));
    }

    void argumentWithoutCommandIsAUsageError()
    {
        // A command goes first; anywhere else a word is a mistake, not a window.
        const Run result = run({ QStringLiteral("--allow-insecure"), QStringLiteral("login") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("command")), qPrintable(result.err));
    }

    // --- The dispatcher ------------------------------------------------------------------

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList { QStringLiteral("help") }
                              << QStringLiteral("liftoff <command>");
        QTest::newRow("help help") << QStringList { QStringLiteral("help"), QStringLiteral("help") }
                                   << QStringLiteral("liftoff <command>");
        QTest::newRow("help login")
            << QStringList { QStringLiteral("help"), QStringLiteral("login") }
            << QStringLiteral("--password-stdin");
        QTest::newRow("login --help")
            << QStringList { QStringLiteral("login"), QStringLiteral("--help") }
            << QStringLiteral("--password-stdin");
        QTest::newRow("login -h") << QStringList { QStringLiteral("login"), QStringLiteral("-h") }
                                  << QStringLiteral("Exit codes");
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run result = run(args);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void loginHelpDocumentsEveryExitCode()
    {
        const Run result = run({ QStringLiteral("login"), QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        for (int code = 0; code <= 7; ++code) {
            QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("^  %1  ").arg(code),
                                                            QRegularExpression::MultilineOption)),
                     qPrintable(QString::number(code)));
        }
        for (const char *option :
             { "--server", "--username", "--email", "--password-stdin", "--ldap", "--totp-code",
               "--no-store", "--json", "--allow-insecure", "--timeout" })
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }

    void helpListsEveryCommand()
    {
        const Run result = run({ QStringLiteral("help") });
        QCOMPARE(result.exitCode, 0);
        for (const char *command : { "login", "resume", "status", "token", "logout", "help" }) {
            QVERIFY2(result.out.contains(
                         QRegularExpression(QStringLiteral("^  %1 ").arg(QLatin1String(command)),
                                            QRegularExpression::MultilineOption)),
                     command);
        }
        // The window's --help lists them too.
        const Run window = run({ QStringLiteral("--help") });
        QVERIFY2(window.out.contains(QLatin1String("logout")), qPrintable(window.out));
    }

    // Each command's --help: its options and every exit code it can end with.
    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("resume") << QStringLiteral("resume") << QList<int> { 0, 1, 2, 3, 5, 7 }
                                << QStringList { QStringLiteral("--server"),
                                                 QStringLiteral("--username"),
                                                 QStringLiteral("--json"),
                                                 QStringLiteral("--timeout") };
        QTest::newRow("status") << QStringLiteral("status") << QList<int> { 0, 1, 2, 3, 5, 7 }
                                << QStringList { QStringLiteral("--json"),
                                                 QStringLiteral("--timeout"),
                                                 QStringLiteral("valid"),
                                                 QStringLiteral("expired"),
                                                 QStringLiteral("rejected"),
                                                 QStringLiteral("unreachable"),
                                                 QStringLiteral("keychain-problem") };
        QTest::newRow("token") << QStringLiteral("token") << QList<int> { 0, 1, 2, 3, 7 }
                               << QStringList { QStringLiteral("--server"),
                                                QStringLiteral("--username") };
        QTest::newRow("logout") << QStringLiteral("logout") << QList<int> { 0, 1, 2, 3, 7 }
                                << QStringList { QStringLiteral("--server"),
                                                 QStringLiteral("--username"),
                                                 QStringLiteral("--all"),
                                                 QStringLiteral("--timeout"),
                                                 QStringLiteral("may still be valid") };
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QList<int>, codes);
        QFETCH(QStringList, options);
        for (const QStringList &args : { QStringList { command, QStringLiteral("--help") },
                                         QStringList { QStringLiteral("help"), command } }) {
            const Run result = run(args);
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: liftoff ") + command),
                     qPrintable(result.out));
            for (int code : codes) {
                QVERIFY2(
                    result.out.contains(QRegularExpression(QStringLiteral("^  %1  ").arg(code),
                                                           QRegularExpression::MultilineOption)),
                    qPrintable(QString::number(code) + u'\n' + result.out));
            }
            // Help fits a terminal.
            for (const QString &line : result.out.split(u'\n'))
                QVERIFY2(line.size() <= 100, qPrintable(line));
            const QString text = QString(result.out).replace(u'\n', u' ').simplified();
            for (const QString &option : options)
                QVERIFY2(text.contains(option), qPrintable(option));
        }
    }

    void unknownCommand()
    {
        const Run result = run({ QStringLiteral("frobnicate") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("frobnicate")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("liftoff help")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // --- Exit code 2: usage --------------------------------------------------------------

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");

        const QString server = m_server->url();
        const QByteArray password = "wonderland\n";
        auto login = [&server](const QStringList &rest) {
            return QStringList { QStringLiteral("login"), QStringLiteral("--server"), server }
            + rest;
        };
        const QString alice = QStringLiteral("alice");
        const QString stdinOption = QStringLiteral("--password-stdin");

        QTest::newRow("missing --server")
            << QStringList { QStringLiteral("login"), QStringLiteral("--username"), alice,
                             stdinOption }
            << password << QStringLiteral("--server");
        QTest::newRow("--username and --email")
            << login({ QStringLiteral("--username"), alice, QStringLiteral("--email"),
                       QStringLiteral("alice@example.com"), stdinOption })
            << password << QStringLiteral("--email");
        QTest::newRow("neither --username nor --email")
            << login({ stdinOption }) << password << QStringLiteral("--username");
        QTest::newRow("--password VALUE")
            << login({ QStringLiteral("--username"), alice, QStringLiteral("--password"),
                       QStringLiteral("wonderland") })
            << QByteArray() << QStringLiteral("--password-stdin");
        QTest::newRow("--password=VALUE") << login(
            { QStringLiteral("--username"), alice, QStringLiteral("--password=wonderland") })
                                          << QByteArray() << QStringLiteral("--password-stdin");
        QTest::newRow("-p VALUE") << login({ QStringLiteral("--username"), alice,
                                             QStringLiteral("-p"), QStringLiteral("wonderland") })
                                  << QByteArray() << QStringLiteral("--password-stdin");
        QTest::newRow("--token VALUE")
            << login({ QStringLiteral("--username"), alice, QStringLiteral("--token"),
                       QStringLiteral("wonderland") })
            << QByteArray() << QStringLiteral("argument");
        QTest::newRow("password as a plain argument")
            << login({ QStringLiteral("--username"), alice, QStringLiteral("wonderland") })
            << QByteArray() << QStringLiteral("--password-stdin");
        QTest::newRow("unknown option") << login(
            { QStringLiteral("--username"), alice, stdinOption, QStringLiteral("--frobnicate") })
                                        << password << QStringLiteral("frobnicate");
        QTest::newRow("no terminal and no --password-stdin")
            << login({ QStringLiteral("--username"), alice }) << password
            << QStringLiteral("--password-stdin");
        QTest::newRow("not a server address")
            << QStringList { QStringLiteral("login"),
                             QStringLiteral("--server"),
                             QStringLiteral("ftp://chat.example.com"),
                             QStringLiteral("--username"),
                             alice,
                             stdinOption }
            << password << QStringLiteral("ftp");
        QTest::newRow("plain http to another computer")
            << QStringList { QStringLiteral("login"),
                             QStringLiteral("--server"),
                             QStringLiteral("http://chat.example.com"),
                             QStringLiteral("--username"),
                             alice,
                             stdinOption }
            << password << QStringLiteral("--allow-insecure");
        QTest::newRow("--email without an address")
            << login({ QStringLiteral("--email"), alice, stdinOption }) << password
            << QStringLiteral("--username");
        QTest::newRow("empty --totp-code")
            << login({ QStringLiteral("--username"), alice, stdinOption,
                       QStringLiteral("--totp-code"), QString() })
            << password << QStringLiteral("--totp-code");
        QTest::newRow("--timeout not a number")
            << login({ QStringLiteral("--username"), alice, stdinOption,
                       QStringLiteral("--timeout"), QStringLiteral("soon") })
            << password << QStringLiteral("--timeout");
        // Numbers that are no number of seconds: NaN passes every "out of range" comparison,
        // and converting it (or anything beyond int) to int would be undefined behaviour.
        for (const char *seconds : { "nan", "-nan", "NaN", "inf", "-inf", "1e300", "-1", "0",
                                     "86401", "99999999999999999999" }) {
            QTest::newRow(qPrintable(QStringLiteral("--timeout ") + QLatin1String(seconds)))
                << login({ QStringLiteral("--username"), alice, stdinOption,
                           QStringLiteral("--timeout"), QLatin1String(seconds) })
                << password << QStringLiteral("--timeout");
            QTest::newRow(qPrintable(QStringLiteral("--sso-timeout ") + QLatin1String(seconds)))
                << login({ QStringLiteral("--sso"), QStringLiteral("github"),
                           QStringLiteral("--sso-timeout"), QLatin1String(seconds) })
                << QByteArray() << QStringLiteral("--sso-timeout");
        }
        QTest::newRow("--totp-code-stdin without --password-stdin")
            << login({ QStringLiteral("--username"), alice, QStringLiteral("--totp-code-stdin") })
            << password << QStringLiteral("--password-stdin");
        QTest::newRow("--totp-code and --totp-code-stdin")
            << login({ QStringLiteral("--username"), alice, stdinOption,
                       QStringLiteral("--totp-code"), QStringLiteral("123456"),
                       QStringLiteral("--totp-code-stdin") })
            << password << QStringLiteral("--totp-code-stdin");
        QTest::newRow("empty password on stdin")
            << login({ QStringLiteral("--username"), alice, stdinOption }) << QByteArray("\n")
            << QStringLiteral("password");
        QTest::newRow("nothing on stdin")
            << login({ QStringLiteral("--username"), alice, stdinOption }) << QByteArray()
            << QStringLiteral("password");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const Run result = run(args, input);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        // A password typed where it does not belong is not repeated back.
        QVERIFY2(!result.err.contains(QLatin1String("wonderland")), qPrintable(result.err));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    // The other commands check their options before they look at any stored account.
    void otherUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString server = QStringLiteral("--server");
        QTest::newRow("resume --frobnicate")
            << QStringList { QStringLiteral("resume"), QStringLiteral("--frobnicate") }
            << QStringLiteral("frobnicate");
        QTest::newRow("resume with an argument")
            << QStringList { QStringLiteral("resume"), QStringLiteral("alice") }
            << QStringLiteral("options only");
        QTest::newRow("resume --timeout soon")
            << QStringList { QStringLiteral("resume"), QStringLiteral("--timeout"),
                             QStringLiteral("soon") }
            << QStringLiteral("--timeout");
        QTest::newRow("resume --server ftp://")
            << QStringList { QStringLiteral("resume"), server,
                             QStringLiteral("ftp://chat.example.com") }
            << QStringLiteral("ftp");
        QTest::newRow("resume --username ''")
            << QStringList { QStringLiteral("resume"), QStringLiteral("--username"), QString() }
            << QStringLiteral("--username");
        QTest::newRow("status --server")
            << QStringList { QStringLiteral("status"), server, QStringLiteral("chat.example.com") }
            << QStringLiteral("server");
        QTest::newRow("status --timeout 0")
            << QStringList { QStringLiteral("status"), QStringLiteral("--timeout"),
                             QStringLiteral("0") }
            << QStringLiteral("--timeout");
        for (const char *seconds : { "nan", "inf", "1e300", "-5" }) {
            for (const char *command : { "resume", "status", "logout" }) {
                QTest::newRow(qPrintable(QLatin1String(command) + QStringLiteral(" --timeout ")
                                         + QLatin1String(seconds)))
                    << QStringList { QLatin1String(command), QStringLiteral("--timeout"),
                                     QLatin1String(seconds) }
                    << QStringLiteral("--timeout");
            }
        }
        QTest::newRow("token --json")
            << QStringList { QStringLiteral("token"), QStringLiteral("--json") }
            << QStringLiteral("json");
        QTest::newRow("token --token VALUE")
            << QStringList { QStringLiteral("token"), QStringLiteral("--token"),
                             QStringLiteral("wonderland") }
            << QStringLiteral("argument");
        QTest::newRow("logout --all --server")
            << QStringList { QStringLiteral("logout"), QStringLiteral("--all"), server,
                             QStringLiteral("chat.example.com") }
            << QStringLiteral("--all");
        QTest::newRow("logout --password=VALUE")
            << QStringList { QStringLiteral("logout"), QStringLiteral("--password=wonderland") }
            << QStringLiteral("argument");
    }

    void otherUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run result = run(args);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("liftoff ") + args.first() + u':'),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1String("wonderland")), qPrintable(result.err));
    }

    // --- Exit code 0: signed in ----------------------------------------------------------

    void signedIn_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("type");
        QTest::newRow("username") << QStringList { QStringLiteral("--username"),
                                                   QStringLiteral("alice") }
                                  << QStringLiteral("wonderland") << QStringLiteral("password");
        QTest::newRow("email") << QStringList { QStringLiteral("--email"),
                                                QStringLiteral("alice@example.com") }
                               << QStringLiteral("wonderland") << QStringLiteral("password");
        QTest::newRow("ldap") << QStringList { QStringLiteral("--username"), QStringLiteral("erin"),
                                               QStringLiteral("--ldap") }
                              << QStringLiteral("directory") << QStringLiteral("ldap");
    }

    void signedIn()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        const Run result = login(m_server->url(), args, password);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(lineCount(result.out), 1);
        QVERIFY2(result.out.contains(args.at(1).section(u'@', 0, 0)), qPrintable(result.out));
    }

    void signedInJson_data() { signedIn_data(); }

    void signedInJson()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        QFETCH(QString, type);
        const Run result
            = login(m_server->url(), args + QStringList { QStringLiteral("--json") }, password);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        QCOMPARE(lineCount(result.out), 1);

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({ QStringLiteral("server"), QStringLiteral("stored"),
                               QStringLiteral("tokenExpires"), QStringLiteral("type"),
                               QStringLiteral("userId"), QStringLiteral("username") }));
        QCOMPARE(object.value(QLatin1String("stored")), QJsonValue(false)); // --no-store
        QCOMPARE(object.value(QLatin1String("server")).toString(), m_server->url());
        QCOMPARE(object.value(QLatin1String("username")).toString(),
                 args.at(1).section(u'@', 0, 0));
        QCOMPARE(object.value(QLatin1String("type")).toString(), type);
        QVERIFY(!object.value(QLatin1String("userId")).toString().isEmpty());

        // ISO 8601 in UTC, about 90 days ahead (the dev server's default lifetime).
        const QString expiresText = object.value(QLatin1String("tokenExpires")).toString();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"))
                     .match(expiresText)
                     .hasMatch(),
                 qPrintable(expiresText));
        const QDateTime expires = QDateTime::fromString(expiresText, Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(expires > now.addDays(89));
        QVERIFY(expires < now.addDays(91));
    }

    // --- Exit code 3: credentials or account ---------------------------------------------

    void rejected_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("wonderlnd");
        QTest::newRow("unknown user") << QStringLiteral("mallory") << QStringLiteral("whatever");
        QTest::newRow("deactivated") << QStringLiteral("dave") << QStringLiteral("deactivated");
    }

    void rejected()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const Run result
            = login(m_server->url(), { QStringLiteral("--username"), username }, password);
        QVERIFY2(result.exitCode == 3, qPrintable(describe(result)));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QCOMPARE(lineCount(result.err), 1);
        // dave's password is the very word the message uses for his account.
        if (password != u"deactivated")
            QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    // --- Exit code 4: two-factor ---------------------------------------------------------

    void totpRequiredWithoutTerminal()
    {
        const Run result
            = login(m_server->url(), { QStringLiteral("--username"), QStringLiteral("bob") },
                    QStringLiteral("builder"));
        QVERIFY2(result.exitCode == 4, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.err.contains(QLatin1String("--totp-code")), qPrintable(result.err));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    void totpWrongCode()
    {
        const Run result = login(m_server->url(),
                                 { QStringLiteral("--username"), QStringLiteral("bob"),
                                   QStringLiteral("--totp-code"), wrongTotpCode() },
                                 QStringLiteral("builder"));
        QVERIFY2(result.exitCode == 4, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    void totpRightCode()
    {
        const QString code = Totp::codeForSecret(QLatin1String(bobSecret));
        const Run result = login(m_server->url(),
                                 { QStringLiteral("--username"), QStringLiteral("bob"),
                                   QStringLiteral("--totp-code"), code, QStringLiteral("--json") },
                                 QStringLiteral("builder"));
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    }

    // --totp-code-stdin: the code is the line after the password, read once the server asks
    // for it (and not needed when it does not).
    void totpCodeFromStdin_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        const QByteArray code = Totp::codeForSecret(QLatin1String(bobSecret)).toUtf8();
        QTest::newRow("right code") << QStringLiteral("bob") << "builder\n" + code + '\n' << 0;
        QTest::newRow("right code, no last line break")
            << QStringLiteral("bob") << "builder\n" + code << 0;
        QTest::newRow("CRLF") << QStringLiteral("bob") << "builder\r\n" + code + "\r\n" << 0;
        QTest::newRow("wrong code")
            << QStringLiteral("bob") << "builder\n" + wrongTotpCode().toUtf8() + '\n'
            << 4;
        QTest::newRow("no code line") << QStringLiteral("bob") << QByteArray("builder\n") << 4;
        QTest::newRow("empty code line") << QStringLiteral("bob") << QByteArray("builder\n\n") << 2;
        QTest::newRow("no code needed")
            << QStringLiteral("alice") << QByteArray("wonderland\n") << 0;
    }

    void totpCodeFromStdin()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        const Run result
            = run({ QStringLiteral("login"), QStringLiteral("--server"), m_server->url(),
                    QStringLiteral("--username"), user, QStringLiteral("--password-stdin"),
                    QStringLiteral("--totp-code-stdin"), QStringLiteral("--json"),
                    QStringLiteral("--no-store") },
                  input);
        QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        const QList<QByteArray> lines = input.split('\n');
        QVERIFY2(!result.err.contains(QString::fromUtf8(lines.value(0).trimmed())),
                 qPrintable(result.err)); // the password
        if (exitCode == 0) {
            const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
            QCOMPARE(object.value(QLatin1String("username")).toString(), user);
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        } else {
            QCOMPARE(lineCount(result.err), 1);
            QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        }
    }

    void totpCodeStdinIsDocumented()
    {
        const Run result = run({ QStringLiteral("login"), QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("--totp-code-stdin")), qPrintable(result.out));
    }

    void emailCode()
    {
        // carol gets her code by e-mail: the dev server prints it. Without a terminal the first
        // run can only say so; the second passes the code.
        DevServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList carol { QStringLiteral("--username"), QStringLiteral("carol") };
        const qsizetype before = server.output().size();
        const Run first = login(server.url(), carol, QStringLiteral("caroline"));
        QVERIFY2(first.exitCode == 4, qPrintable(describe(first)));
        QVERIFY2(first.err.contains(QLatin1String("--totp-code")), qPrintable(first.err));
        QVERIFY2(first.leak.isEmpty(), qPrintable(first.leak));
        const QString code = server.waitForEmailCode(QStringLiteral("carol"), before);
        QVERIFY2(!code.isEmpty(), qPrintable(server.output()));

        const Run wrong = login(server.url(),
                                carol
                                    + QStringList { QStringLiteral("--totp-code"),
                                                    code == u"000000" ? QStringLiteral("111111")
                                                                      : QStringLiteral("000000") },
                                QStringLiteral("caroline"));
        QVERIFY2(wrong.exitCode == 4, qPrintable(describe(wrong)));

        const Run second
            = login(server.url(), carol + QStringList { QStringLiteral("--totp-code"), code },
                    QStringLiteral("caroline"));
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QVERIFY2(second.leak.isEmpty(), qPrintable(second.leak));
        QVERIFY2(second.out.contains(QLatin1String("carol")), qPrintable(second.out));
    }

    // --- Exit code 5: the server ---------------------------------------------------------

    void serverUnreachable()
    {
        const Run result
            = login(closedPortUrl(), { QStringLiteral("--username"), QStringLiteral("alice") },
                    QStringLiteral("wonderland"));
        QVERIFY2(result.exitCode == 5, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    void notRocketChat_data()
    {
        QTest::addColumn<QByteArray>("apiInfo");
        QTest::newRow("a web page") << QByteArray();
        QTest::newRow("too old") << QByteArray("{\"version\":\"3.18.0\",\"success\":true}");
    }

    void notRocketChat()
    {
        QFETCH(QByteArray, apiInfo);
        FakeServer server({ apiInfo, {} });
        QVERIFY(server.listen());
        const Run result
            = login(server.url(), { QStringLiteral("--username"), QStringLiteral("alice") },
                    QStringLiteral("wonderland"));
        QVERIFY2(result.exitCode == 5, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    void serverNeverAnswersLogin()
    {
        DevServerProcess server({ QStringLiteral("--fault"), QStringLiteral("ignore-login") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Run result = login(server.url(),
                                 { QStringLiteral("--username"), QStringLiteral("alice"),
                                   QStringLiteral("--timeout"), QStringLiteral("1") },
                                 QStringLiteral("wonderland"));
        QVERIFY2(result.exitCode == 5, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.elapsedMs >= 1000, qPrintable(describe(result))); // never early
        QVERIFY2(result.elapsedMs < 10000, qPrintable(describe(result)));
    }

    // --- Exit code 6: throttled ----------------------------------------------------------

    void rateLimited()
    {
        // One login per connection: bob's second attempt (with his code) is one too many.
        DevServerProcess server({ QStringLiteral("--login-rate-limit"), QStringLiteral("1") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Run result = login(server.url(),
                                 { QStringLiteral("--username"), QStringLiteral("bob"),
                                   QStringLiteral("--totp-code"),
                                   Totp::codeForSecret(QLatin1String(bobSecret)) },
                                 QStringLiteral("builder"));
        QVERIFY2(result.exitCode == 6, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    void blockedAfterFailedLogins()
    {
        DevServerProcess server({ QStringLiteral("--block-failed-logins"), QStringLiteral("1") });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList alice { QStringLiteral("--username"), QStringLiteral("alice") };
        const Run wrong = login(server.url(), alice, QStringLiteral("wonderlnd"));
        QVERIFY2(wrong.exitCode == 3, qPrintable(describe(wrong)));
        const Run blocked = login(server.url(), alice, QStringLiteral("wonderland"));
        QVERIFY2(blocked.exitCode == 6, qPrintable(describe(blocked)));
        QCOMPARE(lineCount(blocked.err), 1);
        QVERIFY2(blocked.leak.isEmpty(), qPrintable(blocked.leak));
    }

    // --- Exit code 1: anything else ------------------------------------------------------

    void unexpectedServerError()
    {
        const QJsonObject error {
            { QStringLiteral("isClientSafe"), true },
            { QStringLiteral("error"), QStringLiteral("error-nobody-expects-this") },
            { QStringLiteral("reason"), QStringLiteral("Nobody expects this") },
            { QStringLiteral("message"),
              QStringLiteral("Nobody expects this [error-nobody-expects-this]") },
            { QStringLiteral("errorType"), QStringLiteral("Meteor.Error") },
        };
        FakeServer server({ QByteArray("{\"version\":\"7.4.0\",\"success\":true}"), error });
        QVERIFY(server.listen());
        const Run result
            = login(server.url(), { QStringLiteral("--username"), QStringLiteral("alice") },
                    QStringLiteral("wonderland"));
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
    }

    // --- Text from outside never drives the terminal -------------------------------------

    // A server's reason with an OSC (set the window title), a clear-screen, a bidi override and
    // a line break ahead of a fake prompt: printed escaped, on the one line of the error.
    void serverReasonIsShownEscaped()
    {
        const QString reason = QStringLiteral("Nope\x1b]0;pwned\x07\x1b[2J\u202e.gnp\n"
                                              "liftoff$ \u2066x\u0085y\u007f");
        const QJsonObject error {
            { QStringLiteral("isClientSafe"), true },
            { QStringLiteral("error"), QStringLiteral("error-nobody-expects-this") },
            { QStringLiteral("reason"), reason },
            { QStringLiteral("message"), reason + QStringLiteral(" [error-nobody-expects-this]") },
            { QStringLiteral("errorType"), QStringLiteral("Meteor.Error") },
        };
        FakeServer server({ QByteArray("{\"version\":\"7.4.0\",\"success\":true}"), error });
        QVERIFY(server.listen());
        const Run result
            = login(server.url(), { QStringLiteral("--username"), QStringLiteral("alice") },
                    QStringLiteral("wonderland"));
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QCOMPARE(lineCount(result.err), 1);
        for (const QChar hidden :
             { QChar(0x1b), QChar(0x07), QChar(0x202e), QChar(0x2066), QChar(0x85), QChar(0x7f) })
            QVERIFY2(!result.err.contains(hidden), qPrintable(QString::number(hidden.unicode())));
        QVERIFY2(result.err.contains(
                     QLatin1String("Nope\\x1b]0;pwned\\x07\\x1b[2J\\u202e.gnp\\x0aliftoff$ "
                                   "\\u2066x\\u0085y\\x7f")),
                 qPrintable(result.err));
    }

    // A user name with controls in it, from the server: the sentence shows them escaped; --json
    // stays JSON that reads back as the very name, with nothing raw that a terminal would act on.
    void userNameIsShownEscaped()
    {
        const QString name = QStringLiteral("eve\x1b[31m\u202egro\u0085\u007f");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile users(dir.filePath(QStringLiteral("users.json")));
        QVERIFY(users.open(QIODevice::WriteOnly));
        const QJsonObject email { { QStringLiteral("address"), QStringLiteral("eve@example.com") },
                                  { QStringLiteral("verified"), true } };
        const QJsonObject user { { QStringLiteral("username"), name },
                                 { QStringLiteral("password"), QStringLiteral("evening") },
                                 { QStringLiteral("emails"), QJsonArray { email } } };
        users.write(QJsonDocument(QJsonObject { { QStringLiteral("users"), QJsonArray { user } } })
                        .toJson());
        users.close();
        DevServerProcess server({ QStringLiteral("--users"), users.fileName() });
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        const Run plain = login(server.url(), { QStringLiteral("--username"), name },
                                QStringLiteral("evening"));
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QVERIFY2(plain.out.contains(QLatin1String("eve\\x1b[31m\\u202egro\\u0085\\x7f")),
                 qPrintable(plain.out));
        const Run json
            = login(server.url(), { QStringLiteral("--username"), name, QStringLiteral("--json") },
                    QStringLiteral("evening"));
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        for (const Run &result : { plain, json }) {
            for (const QChar hidden : { QChar(0x1b), QChar(0x202e), QChar(0x85), QChar(0x7f) })
                QVERIFY2(!result.out.contains(hidden), qPrintable(result.out));
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
        QCOMPARE(document.object().value(QLatin1String("username")).toString(), name);
    }

    // --- Secrets -------------------------------------------------------------------------

    void verboseLoggingKeepsSecrets()
    {
        // With every log category on, stderr is long, but still without the password, its
        // digest or the token.
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("liftoff.*=true"));
        const Run result = run({ QStringLiteral("login"), QStringLiteral("--server"),
                                 m_server->url(), QStringLiteral("--username"),
                                 QStringLiteral("alice"), QStringLiteral("--password-stdin"),
                                 QStringLiteral("--json"), QStringLiteral("--no-store") },
                               "wonderland\n", env);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        QVERIFY2(lineCount(result.err) > 1, "the logging rules should have switched logs on");
        const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_-]{40,}"));
        QVERIFY2(!tokenLike.match(result.err).hasMatch(),
                 qPrintable(tokenLike.match(result.err).captured()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
