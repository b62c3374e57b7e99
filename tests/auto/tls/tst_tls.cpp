// TLS end to end, over real sockets: the dev server with a self-signed certificate (HTTPS and WSS
// on one port), the server check and the DDP connection deciding through one CertificateTrust,
// the controller's untrusted certificate and trustCertificate(), trust kept across a restart, a
// changed certificate on the same host and port, and a stored account resumed on a trusted host.

#include "../shared/memorytokenstore.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "cli/exitcode.h"
#include "ddp/ddpconnection.h"
#include "devserver.h"
#include "servercertificate.h"
#include "storage/accountstore.h"
#include "tls/certificatetrust.h"
#include "tls/fingerprint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = SignInController::State;
using Kind = SignInError::Kind;
using Problem = UntrustedCertificate::Problem;

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificateTrust> m_trust;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<SignInController> m_controller;
    int m_logins = 0;

    void startServer(quint16 port = 0)
    {
        m_server = std::make_unique<DevServer>();
        QVERIFY2(m_server->setGeneratedTls(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->listen(port), qPrintable(m_server->errorString()));
        connect(m_server.get(), &DevServer::frameReceived, this,
                [this](int, const QJsonObject &frame, const QString &) {
                    if (frame.value(u"method").toString() == u"login")
                        ++m_logins;
                });
    }

    std::unique_ptr<SignInController> newController()
    {
        auto controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*controller)->setCertificateTrust(m_trust.get());
        SignInControllerPrivate::get(*controller)->setServerCheckDelayMs(0);
        return controller;
    }

    ServerAddress address() const { return ServerAddress::parse(m_server->httpUrl().toString()); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("%1.conf").arg(
                                                     QLatin1String(QTest::currentTestFunction()))),
                                                 QSettings::IniFormat);
        m_trust = std::make_unique<CertificateTrust>(m_settings.get());
        m_logins = 0;
        startServer();
        m_controller = newController();
    }

    void cleanup()
    {
        m_controller.reset();
        m_server.reset();
        m_trust.reset();
        m_settings.reset();
    }

    void devServerSpeaksTls()
    {
        QCOMPARE(m_server->httpUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_server->webSocketUrl().scheme(), QStringLiteral("wss"));
        QCOMPARE(m_server->certificateFingerprint(),
                 Fingerprint::format(Fingerprint::of(m_server->certificate())));
        QCOMPARE(m_server->certificate().subjectAlternativeNames().values(QSsl::IpAddressEntry),
                 QStringList { QStringLiteral("127.0.0.1") });
        // Each server makes its own certificate.
        DevServer other;
        QVERIFY(other.setGeneratedTls());
        QVERIFY(other.certificateFingerprint() != m_server->certificateFingerprint());
    }

    void untrustedFailsWithFingerprint()
    {
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), Kind::TlsUntrusted);
        QCOMPARE(ExitCode::of(m_controller->error()), 5);
        const UntrustedCertificate certificate = m_controller->untrustedCertificate();
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.formattedFingerprint(), m_server->certificateFingerprint());
        QCOMPARE(certificate.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(certificate.problems().contains(Problem::SelfSigned));
        QVERIFY(!certificate.isChanged());
        QVERIFY(certificate.canBeTrusted());
        QVERIFY2(m_controller->errorMessage().contains(m_server->certificateFingerprint()),
                 qPrintable(m_controller->errorMessage()));
        QVERIFY(m_controller->errorMessage().contains(QStringLiteral("self-signed")));
        // Nothing was trusted by failing, and no credentials can go out.
        QVERIFY(m_trust->trustedFingerprint(address()).isEmpty());
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_logins, 0);
    }

    void trustThenSignIn()
    {
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QVERIFY(m_controller->trustCertificate());
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(address())),
                 m_server->certificateFingerprint());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QVERIFY(m_controller->untrustedCertificate().isNull());
        QCOMPARE(m_controller->connection()->state(), DdpConnection::State::Connected);
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        QCOMPARE(m_controller->user().account.username, QStringLiteral("alice"));
        // Nothing more to trust.
        QVERIFY(!m_controller->trustCertificate());
    }

    void trustSurvivesRestart()
    {
        QVERIFY(m_trust->trust(address(), Fingerprint::of(m_server->certificate())));
        // Another process: new settings object on the same file, new trust, new controller.
        m_controller.reset();
        m_trust.reset();
        m_settings->sync();
        m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
        m_trust = std::make_unique<CertificateTrust>(m_settings.get());
        m_controller = newController();
        QSignalSpy states(m_controller.get(), &SignInController::stateChanged);
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QVERIFY(!states.contains(QVariantList { QVariant::fromValue(State::Failed) }));
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
    }

    void trustIsPerServer()
    {
        // Trusting it for another port (another origin) does not trust it here.
        const ServerAddress elsewhere = ServerAddress::parse(
            QStringLiteral("https://127.0.0.1:%1").arg(m_server->port() == 1 ? 2 : 1));
        QVERIFY(m_trust->trust(elsewhere, Fingerprint::of(m_server->certificate())));
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), Kind::TlsUntrusted);
    }

    void changedCertificateIsNotAccepted()
    {
        const quint16 port = m_server->port();
        const QString trusted = m_server->certificateFingerprint();
        QVERIFY(m_trust->trust(address(), Fingerprint::of(m_server->certificate())));
        // Another server, with another certificate, on the same host and port.
        m_server.reset();
        startServer(port);
        QCOMPARE(m_server->port(), port);
        QVERIFY(m_server->certificateFingerprint() != trusted);

        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), Kind::CertificateChanged);
        QCOMPARE(ExitCode::of(m_controller->error()), 5);
        const UntrustedCertificate certificate = m_controller->untrustedCertificate();
        QVERIFY(certificate.isChanged());
        QCOMPARE(certificate.formattedFingerprint(), m_server->certificateFingerprint());
        QCOMPARE(Fingerprint::format(certificate.previousFingerprint()), trusted);
        const QString message = m_controller->errorMessage();
        QVERIFY2(message.contains(QStringLiteral("CHANGED")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("intercepting")));
        QVERIFY(message.contains(trusted));
        QVERIFY(message.contains(m_server->certificateFingerprint()));
        // Not silently accepted: the old trust stays, nothing was sent.
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(address())), trusted);
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_logins, 0);

        // The person confirms the new one.
        QVERIFY(m_controller->trustCertificate());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(address())),
                 m_server->certificateFingerprint());
    }

    // A certificate the system's authorities vouch for is accepted (that is what they are for),
    // and the certificate the person had trusted for that server is then dropped: a later
    // certificate the authorities do not vouch for is refused as a CHANGED one, never accepted
    // silently, even the one the person had trusted.
    void authorityVouchedCertificateReplacesTheTrusted()
    {
        const quint16 port = m_server->port();
        const ServerCertificate pinned = ServerCertificate::generate();
        const ServerCertificate vouched = ServerCertificate::generate();
        QVERIFY(pinned.isValid() && vouched.isValid());
        const QByteArray pinnedFingerprint = Fingerprint::of(pinned.certificate());
        const QByteArray vouchedFingerprint = Fingerprint::of(vouched.certificate());
        QVERIFY(m_trust->trust(address(), pinnedFingerprint));
        const auto restartWith = [this, port](const ServerCertificate &certificate) {
            m_controller.reset();
            m_server.reset();
            m_server = std::make_unique<DevServer>();
            m_server->setTls(certificate.certificate(), certificate.privateKey());
            connect(m_server.get(), &DevServer::frameReceived, this,
                    [this](int, const QJsonObject &frame, const QString &) {
                        if (frame.value(u"method").toString() == u"login")
                            ++m_logins;
                    });
            m_controller = newController();
            return m_server->listen(port);
        };

        // The server now has a certificate the system trusts (made an authority here).
        const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
        const auto restore
            = qScopeGuard([system] { QSslConfiguration::setDefaultConfiguration(system); });
        QSslConfiguration withAuthority = system;
        withAuthority.addCaCertificate(vouched.certificate());
        QSslConfiguration::setDefaultConfiguration(withAuthority);
        QVERIFY(restartWith(vouched));
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QVERIFY(m_controller->untrustedCertificate().isNull());
        // The person's exception is gone; what the authorities vouched for is remembered.
        QVERIFY(m_trust->trustedFingerprint(address()).isEmpty());
        QCOMPARE(m_trust->verifiedFingerprint(address()), vouchedFingerprint);

        // The certificate the person had trusted comes back (its key may have leaked): refused
        // loudly as a changed one, nothing sent.
        QSslConfiguration::setDefaultConfiguration(system);
        QVERIFY(restartWith(pinned));
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), Kind::CertificateChanged);
        QVERIFY(m_controller->untrustedCertificate().isChanged());
        QCOMPARE(m_controller->untrustedCertificate().previousFingerprint(), vouchedFingerprint);
        QVERIFY2(m_controller->errorMessage().contains(QStringLiteral("CHANGED")),
                 qPrintable(m_controller->errorMessage()));
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_logins, 0);

        // Trusting one again, after the second confirmation, is the person's choice as before.
        QVERIFY(m_controller->trustCertificate());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QCOMPARE(m_trust->trustedFingerprint(address()), pinnedFingerprint);
        QVERIFY(m_trust->verifiedFingerprint(address()).isEmpty());
    }

    void resumeOnTrustedHost()
    {
        MemoryTokenStore tokens;
        QSettings accountSettings(m_dir.filePath(QStringLiteral("accounts.conf")),
                                  QSettings::IniFormat);
        accountSettings.clear();
        AccountStore accounts(&accountSettings);
        m_controller->setStores(&tokens, &accounts);
        m_controller->setServer(m_server->httpUrl().toString());
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QVERIFY(m_controller->trustCertificate());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        const QString key = m_controller->accountKey();
        QVERIFY(!key.isEmpty());

        // Next start: the stored account signs in again without a question.
        m_controller = newController();
        m_controller->setStores(&tokens, &accounts);
        QSignalSpy states(m_controller.get(), &SignInController::stateChanged);
        QVERIFY(m_controller->resumeAccount(key));
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        QCOMPARE(m_controller->user().loginType, QStringLiteral("resume"));
        QVERIFY(!states.contains(QVariantList { QVariant::fromValue(State::Failed) }));

        // Without the trust, resuming stops at the certificate; trusting resumes it.
        QVERIFY(m_trust->forget(address()));
        m_controller = newController();
        m_controller->setStores(&tokens, &accounts);
        QVERIFY(m_controller->resumeAccount(key));
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), Kind::TlsUntrusted);
        QCOMPARE(m_controller->untrustedCertificate().formattedFingerprint(),
                 m_server->certificateFingerprint());
        QVERIFY(accounts.contains(key)); // the session is kept
        QVERIFY(m_controller->trustCertificate());
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        QCOMPARE(m_controller->accountKey(), key);
    }

    void ddpConnectionDecidesThroughTrust()
    {
        // The WebSocket on its own, held to the same trust as the server check.
        DdpConnection connection;
        connection.setCertificateTrust(m_trust.get());
        connection.setAutoReconnect(false);
        QSignalSpy lost(&connection, &DdpConnection::disconnected);
        connection.open(address());
        QTRY_COMPARE(lost.size(), 1);
        const DdpError error = lost.first().first().value<DdpError>();
        QCOMPARE(error.kind(), DdpError::Kind::TlsError);
        QCOMPARE(error.certificate().formattedFingerprint(), m_server->certificateFingerprint());
        QCOMPARE(SignInError::fromDdpError(error).kind(), Kind::TlsUntrusted);

        QVERIFY(m_trust->trust(address(), Fingerprint::of(m_server->certificate())));
        connection.open(address());
        QTRY_COMPARE(connection.state(), DdpConnection::State::Connected);
        QCOMPARE(m_server->sessionCount(), 1);
    }

    void ddpConnectionWithoutTrustRefuses()
    {
        // Without a trust to ask, a certificate the system does not vouch for is refused.
        DdpConnection connection;
        connection.setAutoReconnect(false);
        QVERIFY(m_trust->trust(address(), Fingerprint::of(m_server->certificate())));
        QSignalSpy lost(&connection, &DdpConnection::disconnected);
        connection.open(address());
        QTRY_COMPARE(lost.size(), 1);
        QCOMPARE(lost.first().first().value<DdpError>().kind(), DdpError::Kind::TlsError);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
