// `liftoff login --sso SERVICE` as a real process, end to end: the dev server (in this process)
// as Rocket.Chat and identity provider, the test "browser" (BROWSER = liftoff-testbrowser %s)
// walking provider → dev server → rocketchat://auth?…, and the link delivered as the operating
// system does: by a second `liftoff <link>` process, which hands it to the waiting command
// through the instance socket. The session lands in the session's real keychain (checked with
// `liftoff token`).

#include "../shared/liftoffprocess.h"
#include "devserver.h"
#include "totp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int FlowTimeoutMs = 60000;

} // namespace

class TestSsoCommandLine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<DevServer> m_server;
    QProcessEnvironment m_env;

    QString app() const { return qEnvironmentVariable("LIFTOFF_APP"); }
    QString testBrowser() const { return qEnvironmentVariable("LIFTOFF_TESTBROWSER"); }
    QString serverUrl() const { return m_server->httpUrl().toString(QUrl::FullyEncoded); }

    void startServer(const DevServerOptions &options = {})
    {
        DevServerOptions o = options;
        o.ssoDemoServices = true;
        m_server = std::make_unique<DevServer>(o);
        QVERIFY(m_server->listen());
    }

    // Runs a process to its end with this test's event loop running (the dev server lives
    // here). Returns the exit code, -1 on a time-out.
    int run(const QString &program, const QStringList &args, QString *out = nullptr,
            QString *err = nullptr)
    {
        const Run result = runProcess(program, args, m_env);
        if (out)
            *out = result.out;
        if (err)
            *err = result.err;
        return result.exitCode;
    }

    QJsonObject loginJson(const QString &service, int expectedExit, QString *err = nullptr,
                          const QStringList &extra = {})
    {
        QString out;
        QString errText;
        const int code
            = run(app(),
                  QStringList { QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                                QStringLiteral("--sso"), service, QStringLiteral("--json") }
                      + extra,
                  &out, &errText);
        if (err)
            *err = errText;
        if (code != expectedExit)
            qWarning("exit %d, stderr: %s", code, qPrintable(errText));
        [&] { QCOMPARE(code, expectedExit); }();
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    void checkTokenStored()
    {
        QString token;
        QCOMPARE(run(app(), { QStringLiteral("token"), QStringLiteral("--server"), serverUrl() },
                     &token),
                 0);
        QVERIFY(token.trimmed().size() >= 20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!testBrowser().isEmpty(), "LIFTOFF_TESTBROWSER is not set");
        QVERIFY2(!app().isEmpty(), "LIFTOFF_APP is not set");
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        const QString root = m_root->path();
        QDir(root).mkpath(QStringLiteral("home"));
        QDir(root).mkpath(QStringLiteral("tmp"));
        QDir(root).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(root + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // No display: the command line needs none, nor does the hand-over of a link.
        m_env = environmentIn(root);
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
        m_env.insert(QStringLiteral("BROWSER"), testBrowser() + QStringLiteral(" %s"));
    }

    void cleanup()
    {
        m_server.reset();
        m_root.reset();
    }

    void oauth()
    {
        startServer();
        const QJsonObject result = loginJson(QStringLiteral("keycloak"), 0);
        QCOMPARE(result.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("keycloak"));
        QCOMPARE(result.value(QLatin1String("stored")).toBool(), true);
        QVERIFY(!result.contains(QLatin1String("token")));
        checkTokenStored();
    }

    void oauthWithTwoFactor()
    {
        DevServerOptions options;
        options.idpUser = QStringLiteral("bob");
        startServer(options);
        const QJsonObject result
            = loginJson(QStringLiteral("gitlab"), 0, nullptr,
                        { QStringLiteral("--totp-code"),
                          Totp::codeForSecret(QStringLiteral("JBSWY3DPEHPK3PXP")) });
        QCOMPARE(result.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
        checkTokenStored();
    }

    void saml()
    {
        startServer();
        const QJsonObject result = loginJson(QStringLiteral("saml"), 0);
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("saml"));
        checkTokenStored();
    }

    void cas()
    {
        startServer();
        const QJsonObject result = loginJson(QStringLiteral("cas"), 0);
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("cas"));
        checkTokenStored();
    }

    void providerDenies()
    {
        DevServerOptions options;
        options.idpDeny = true;
        startServer(options);
        QString err;
        // SAML's refusal names the sign-in (its credential token): it ends it, in our words
        // (never the link's text, such as "access_denied").
        // (The test browser's own lines on stderr show the link; Liftoff's never do.)
        const auto liftoffLines = [&err] {
            return err.split(u'\n').filter(QRegularExpression(QStringLiteral("^liftoff login:")));
        };
        loginJson(QStringLiteral("saml"), 3, &err);
        QVERIFY2(!liftoffLines().join(u'\n').contains(QStringLiteral("access_denied")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("identity provider did not sign you in")),
                 qPrintable(err));
        // Said once: the refusal that ends the sign-in is the command's failure, not also a
        // "link refused" line before it.
        QCOMPARE(liftoffLines().join(u'\n').count(
                     QStringLiteral("identity provider did not sign you in")),
                 1);
        QCOMPARE(run(app(), { QStringLiteral("token"), QStringLiteral("--server"), serverUrl() }),
                 3);
        // Rocket.Chat's OAuth refusal names none: said, and the command waits on (here until
        // --sso-timeout).
        err.clear();
        loginJson(QStringLiteral("keycloak"), 3, &err,
                  { QStringLiteral("--sso-timeout"), QStringLiteral("4") });
        QVERIFY2(!liftoffLines().join(u'\n').contains(QStringLiteral("access_denied")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("identity provider did not sign you in")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("no longer waiting")), qPrintable(err));
    }

    void unknownService()
    {
        startServer();
        QString err;
        loginJson(QStringLiteral("facebook"), 2, &err);
        QVERIFY2(err.contains(QStringLiteral("keycloak")), qPrintable(err));
    }

    // No browser starts: the address is printed; a forged link is refused while the command
    // waits, and the address opened by hand signs in.
    void noBrowserForgedLinkThenByHand()
    {
        startServer();
        m_env.insert(QStringLiteral("BROWSER"), QStringLiteral("/nonexistent/browser %s"));
        QProcess login;
        login.setProcessEnvironment(m_env);
        QString err;
        connect(&login, &QProcess::readyReadStandardError, this,
                [&] { err += QString::fromUtf8(login.readAllStandardError()); });
        login.start(app(),
                    { QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                      QStringLiteral("--sso"), QStringLiteral("keycloak") });
        static const QRegularExpression urlLine(
            QStringLiteral("^(http://\\S+/idp/authorize\\?\\S+)$"),
            QRegularExpression::MultilineOption);
        QTRY_VERIFY2_WITH_TIMEOUT(urlLine.match(err).hasMatch(), qPrintable(err), 20000);
        const QString url = urlLine.match(err).captured(1);

        const QString forged = QStringLiteral("rocketchat://auth?host=%1&type=oauth"
                                              "&credentialToken=forged-token&credentialSecret=x")
                                   .arg(serverUrl());
        QCOMPARE(run(app(), { forged }), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(QStringLiteral("did not start that sign-in")),
                                  qPrintable(err), 20000);
        QCOMPARE(login.state(), QProcess::Running);

        QCOMPARE(run(testBrowser(), { url }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(login.state(), QProcess::NotRunning, FlowTimeoutMs);
        QCOMPARE(login.exitCode(), 0);
        QVERIFY(QString::fromUtf8(login.readAllStandardOutput()).contains(QStringLiteral("alice")));
        checkTokenStored();
    }

    // What the desktop file runs for a link, `liftoff -- %u`, and `liftoff open -- URL` hand the
    // link over as `liftoff URL` does; after `--` nothing is an option: `open -- -x` is no link.
    void linkAfterDoubleDash()
    {
        startServer();
        m_env.insert(QStringLiteral("BROWSER"), QStringLiteral("/nonexistent/browser %s"));
        QProcess login;
        login.setProcessEnvironment(m_env);
        QString err;
        connect(&login, &QProcess::readyReadStandardError, this,
                [&] { err += QString::fromUtf8(login.readAllStandardError()); });
        login.start(app(),
                    { QStringLiteral("login"), QStringLiteral("--server"), serverUrl(),
                      QStringLiteral("--sso"), QStringLiteral("keycloak") });
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(QStringLiteral("/idp/authorize")), qPrintable(err),
                                  20000);

        const QString forged = QStringLiteral("rocketchat://auth?host=%1&type=oauth"
                                              "&credentialToken=forged-token&credentialSecret=x")
                                   .arg(serverUrl());
        const QString refused = QStringLiteral("did not start that sign-in");
        QCOMPARE(run(app(), { QStringLiteral("--"), forged }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(err.count(refused), 1, 20000);
        QCOMPARE(run(app(), { QStringLiteral("open"), QStringLiteral("--"), forged }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(err.count(refused), 2, 20000);

        for (const QStringList &args :
             { QStringList { QStringLiteral("open"), QStringLiteral("--"), QStringLiteral("-x") },
               QStringList { QStringLiteral("open"), QStringLiteral("--"),
                             QStringLiteral("--help") },
               QStringList { QStringLiteral("--"), QStringLiteral("-x") },
               QStringList { QStringLiteral("--"), QStringLiteral("--server=x") } }) {
            QString out;
            QString usage;
            QCOMPARE(run(app(), args, &out, &usage), 2);
            QVERIFY2(out.isEmpty(), qPrintable(out));
            QVERIFY2(usage.startsWith(QLatin1String("liftoff")), qPrintable(usage));
        }
        QCOMPARE(login.state(), QProcess::Running);
        login.kill();
        login.waitForFinished();
    }

    void expired()
    {
        startServer();
        m_env.insert(QStringLiteral("BROWSER"), QStringLiteral("/nonexistent/browser %s"));
        QString err;
        loginJson(QStringLiteral("saml"), 3, &err,
                  { QStringLiteral("--sso-timeout"), QStringLiteral("1") });
        QVERIFY2(err.contains(QStringLiteral("no longer waiting")), qPrintable(err));
    }
};

QTEST_MAIN(TestSsoCommandLine)
#include "tst_ssocommandline.moc"
