// `liftoff login` and `liftoff resume` against `liftoff-devserver --tls` (each a process of its
// own, LIFTOFF_APP and LIFTOFF_DEVSERVER): a certificate the system does not trust ends with exit
// code 5 and its fingerprint on stderr, unless --trust-fingerprint names it (any case, colons or
// not); a matching one is remembered for the server (not with --no-store). Then the system proxy:
// with https_proxy/http_proxy set, the server check and the WebSocket both go through a proxy.
// The keychain is the session's (scripts/with-session.sh); every test has a HOME of its own.

#include "../shared/connectproxy.h"
#include "../shared/devserverprocess.h"
#include "../shared/liftoffprocess.h"
#include "core/version.h"
#include "servercertificate.h"
#include "tls/fingerprint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCommandLineTls : public QObject
{
    Q_OBJECT

private:
    QString m_app;
    std::unique_ptr<QTemporaryDir> m_root;
    QProcessEnvironment m_env;

    Run liftoff(const QStringList &args, const QByteArray &input = {},
                const QProcessEnvironment &env = {})
    {
        return runProcess(m_app, args, env.isEmpty() ? m_env : env, input);
    }

    Run login(const QString &server, const QStringList &extra = {},
              const QProcessEnvironment &env = {})
    {
        return liftoff(QStringList { QStringLiteral("login"), QStringLiteral("--server"), server,
                                     QStringLiteral("--username"), QStringLiteral("alice"),
                                     QStringLiteral("--password-stdin"),
                                     QStringLiteral("--timeout"), QStringLiteral("20") }
                           + extra,
                       "wonderland\n", env);
    }

    QString trustedInSettings(const QString &origin) const
    {
        const QSettings settings(m_env.value(QStringLiteral("XDG_CONFIG_HOME"))
                                     + QStringLiteral("/" LIFTOFF_APP_ID "/liftoff.conf"),
                                 QSettings::IniFormat);
        return settings
            .value(QStringLiteral("TrustedCertificates/")
                   + QString::fromLatin1(QUrl::toPercentEncoding(origin)))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
        QVERIFY2(!qEnvironmentVariableIsEmpty("LIFTOFF_DEVSERVER"),
                 "LIFTOFF_DEVSERVER must point at liftoff-devserver");
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        QVERIFY(QDir(m_root->path()).mkpath(QStringLiteral("tmp")));
        m_env = environmentIn(m_root->path());
        // The proxy test sets its own; every other run goes direct.
        for (const char *name : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                  "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
            m_env.remove(QLatin1String(name));
    }

    void untrustedExitsFive()
    {
        DevServerProcess server({ QStringLiteral("--tls") });
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Run run = login(server.url());
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.isEmpty());
        // One line: what is wrong, the fingerprint, and how to trust it.
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(server.fingerprint()), qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("self-signed")));
        QVERIFY(run.err.contains(QStringLiteral("--trust-fingerprint ") + server.fingerprint()));
        QVERIFY(trustedInSettings(server.url()).isEmpty());
    }

    void wrongFingerprintExitsFive()
    {
        DevServerProcess server({ QStringLiteral("--tls") });
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString wrong
            = Fingerprint::format(Fingerprint::of(ServerCertificate::generate().certificate()));
        const Run run = login(server.url(), { QStringLiteral("--trust-fingerprint"), wrong });
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("not this certificate's")),
                 qPrintable(describe(run)));
        QVERIFY(run.err.contains(server.fingerprint()));
        QVERIFY(trustedInSettings(server.url()).isEmpty());
    }

    void malformedFingerprintIsUsage_data()
    {
        QTest::addColumn<QString>("fingerprint");
        QTest::newRow("too short") << QStringLiteral("AB:CD:EF");
        QTest::newRow("not hex") << QString(64, u'x');
        QTest::newRow("empty") << QString();
    }

    void malformedFingerprintIsUsage()
    {
        QFETCH(QString, fingerprint);
        const Run run = login(QStringLiteral("https://127.0.0.1:1"),
                              { QStringLiteral("--trust-fingerprint"), fingerprint });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("SHA-256")), qPrintable(describe(run)));
    }

    void matchingFingerprintSignsIn_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("colons") << 0;
        QTest::newRow("no colons") << 1;
        QTest::newRow("lower case") << 2;
    }

    void matchingFingerprintSignsIn()
    {
        QFETCH(int, form);
        DevServerProcess server({ QStringLiteral("--tls") });
        QVERIFY2(server.start(), qPrintable(server.output()));
        QString fingerprint = server.fingerprint();
        if (form == 1)
            fingerprint.remove(u':');
        if (form == 2)
            fingerprint = fingerprint.toLower();
        const Run run = login(server.url(), { QStringLiteral("--trust-fingerprint"), fingerprint });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("Signed in to")));
        // Remembered for this server: resume (and the window) need no option.
        QCOMPARE(trustedInSettings(server.url()), server.fingerprint());
        const Run resumed = liftoff({ QStringLiteral("resume") });
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        liftoff({ QStringLiteral("logout"), QStringLiteral("--all") });
    }

    void noStoreRemembersNothing()
    {
        DevServerProcess server({ QStringLiteral("--tls") });
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Run run = login(server.url(),
                              { QStringLiteral("--no-store"), QStringLiteral("--trust-fingerprint"),
                                server.fingerprint() });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(trustedInSettings(server.url()).isEmpty());
        QCOMPARE(login(server.url(), { QStringLiteral("--no-store") }).exitCode, 5);
    }

    void resumeWithChangedCertificate()
    {
        // A certificate and key of our own, so that the server can come back with another one on
        // the same port.
        const ServerCertificate first = ServerCertificate::generate();
        QVERIFY(first.isValid());
        QFile cert(m_root->filePath(QStringLiteral("cert.pem")));
        QFile key(m_root->filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        cert.write(first.certificate().toPem());
        key.write(first.privateKey().toPem());
        cert.close();
        key.close();
        QString port;
        {
            DevServerProcess server({ QStringLiteral("--tls"), QStringLiteral("--tls-cert"),
                                      cert.fileName(), QStringLiteral("--tls-key"),
                                      key.fileName() });
            QVERIFY2(server.start(), qPrintable(server.output()));
            QCOMPARE(server.fingerprint(),
                     Fingerprint::format(Fingerprint::of(first.certificate())));
            const Run run = login(server.url(),
                                  { QStringLiteral("--trust-fingerprint"), server.fingerprint() });
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            port = server.port();
        }
        // Same port, fresh certificate.
        DevServerProcess changed({ QStringLiteral("--tls"), QStringLiteral("--port"), port });
        QVERIFY2(changed.start(), qPrintable(changed.output()));
        QCOMPARE(changed.port(), port);
        const Run run = liftoff({ QStringLiteral("resume") });
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("CHANGED")), qPrintable(describe(run)));
        QVERIFY(run.err.contains(changed.fingerprint()));
        QVERIFY(run.err.contains(QStringLiteral("session of alice")));
        // The person confirms the new certificate. (This server is another process: it does
        // not know the stored session, so it is a new login.)
        const Run trusted = login(changed.url(),
                                  { QStringLiteral("--trust-fingerprint"), changed.fingerprint() });
        QVERIFY2(trusted.exitCode == 0, qPrintable(describe(trusted)));
        QCOMPARE(trustedInSettings(changed.url()), changed.fingerprint());
        liftoff({ QStringLiteral("logout"), QStringLiteral("--all") });
    }

    void systemProxyIsUsed()
    {
        DevServerProcess server({ QStringLiteral("--tls") });
        QVERIFY2(server.start(), qPrintable(server.output()));
        ConnectProxy proxy;
        QVERIFY(proxy.isListening());
        // A name that resolves nowhere: only the proxy can reach the server by it. (Qt goes
        // direct to localhost and 127/8 whatever the proxy settings say.)
        const QString viaProxy
            = QStringLiteral("https://liftoff-proxy-test.invalid:%1").arg(server.port());
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("https_proxy"), proxy.url());
        env.insert(QStringLiteral("http_proxy"), proxy.url());
        env.insert(QStringLiteral("no_proxy"), QString());
        // The environment, not a desktop's settings, is the system configuration here.
        for (const char *name : { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                  "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION" })
            env.remove(QLatin1String(name));

        // Without the proxy the name does not resolve.
        const Run direct = login(viaProxy, { QStringLiteral("--no-store") });
        QCOMPARE(direct.exitCode, 5);
        QVERIFY(proxy.tunnels().isEmpty());

        // Through it, the check (HTTPS) and the DDP WebSocket (WSS) both work: signing in needs
        // both. The certificate is the dev server's, made for 127.0.0.1, trusted by fingerprint.
        const Run run = login(viaProxy,
                              { QStringLiteral("--no-store"), QStringLiteral("--trust-fingerprint"),
                                server.fingerprint() },
                              env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run) + proxy.refused().join(u'\n')));
        QVERIFY2(proxy.tunnels().size() >= 2, qPrintable(proxy.tunnels().join(u' ')));
        for (const QString &tunnel : proxy.tunnels())
            QCOMPARE(tunnel, QStringLiteral("liftoff-proxy-test.invalid:") + server.port());
        QVERIFY(proxy.refused().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineTls)
#include "tst_commandlinetls.moc"
