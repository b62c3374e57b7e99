// CertificateTrust on its own: fingerprints as people type them, the trust kept per server, and
// the decision for a presented certificate (never more than the errors of that certificate).

#include "rocketchat/signinerror.h"
#include "servercertificate.h"
#include "tls/certificatetrust.h"
#include "tls/fingerprint.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using Problem = UntrustedCertificate::Problem;

namespace {
const QString sample = QStringLiteral("3A:7F:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:"
                                      "EE:FF:01:23:45:67:89:AB:CD:EF:10:32:54:76:98:BA");
}

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificateTrust> m_trust;
    QSslCertificate m_certificate;
    QSslCertificate m_other;
    const ServerAddress m_server = ServerAddress::parse(QStringLiteral("https://chat.example.com"));

    QList<QSslError> selfSigned(const QSslCertificate &certificate) const
    {
        return { QSslError(QSslError::SelfSignedCertificate, certificate),
                 QSslError(QSslError::HostNameMismatch, certificate) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ServerCertificate one = ServerCertificate::generate();
        const ServerCertificate two = ServerCertificate::generate();
        QVERIFY2(one.isValid(), qPrintable(one.errorString()));
        QVERIFY(two.isValid());
        m_certificate = one.certificate();
        m_other = two.certificate();
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("%1.conf").arg(
                                                     QLatin1String(QTest::currentTestFunction()))),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_trust = std::make_unique<CertificateTrust>(m_settings.get());
    }

    void parseFingerprint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QString bare = sample;
        bare.remove(u':');
        QTest::newRow("colons") << sample << true;
        QTest::newRow("no colons") << bare << true;
        QTest::newRow("lower case") << sample.toLower() << true;
        QTest::newRow("lower, no colons") << bare.toLower() << true;
        QTest::newRow("spaces around") << QStringLiteral("  %1\n").arg(sample) << true;
        QTest::newRow("two lines") << sample.left(47) + u'\n' + sample.mid(48) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one pair short") << sample.left(sample.size() - 3) << false;
        QTest::newRow("one digit more") << sample + u'0' << false;
        QTest::newRow("SHA-1 length") << bare.left(40) << false;
        QTest::newRow("not hex") << QString(sample).replace(0, 1, u'G') << false;
        QTest::newRow("sha256 prefix") << QStringLiteral("sha256:") + bare << false;
    }

    void parseFingerprint()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString problem;
        const QByteArray parsed = Fingerprint::parse(text, &problem);
        if (valid) {
            QCOMPARE(parsed.size(), 32);
            QCOMPARE(Fingerprint::format(parsed), sample);
            QVERIFY(problem.isEmpty());
        } else {
            QVERIFY(parsed.isEmpty());
            QVERIFY(problem.contains(QStringLiteral("SHA-256")));
        }
    }

    void fingerprintOfCertificate()
    {
        const QByteArray digest = Fingerprint::of(m_certificate);
        QCOMPARE(digest.size(), 32);
        QCOMPARE(digest, m_certificate.digest(QCryptographicHash::Sha256));
        QVERIFY(Fingerprint::of(QSslCertificate()).isEmpty());
        const QString formatted = Fingerprint::format(digest);
        QCOMPARE(formatted.size(), 32 * 3 - 1);
        QCOMPARE(formatted, formatted.toUpper());
    }

    void systemTrustedNeedsNothing()
    {
        const CertificateTrust::Decision decision = m_trust->decide(m_server, m_certificate, {});
        QVERIFY(decision.accepted);
        QVERIFY(decision.errorsToIgnore.isEmpty());
    }

    void untrustedIsRefused()
    {
        const CertificateTrust::Decision decision
            = m_trust->decide(m_server, m_certificate, selfSigned(m_certificate));
        QVERIFY(!decision.accepted);
        QVERIFY(decision.errorsToIgnore.isEmpty());
        const UntrustedCertificate refusal = decision.refusal;
        QCOMPARE(refusal.origin(), QStringLiteral("https://chat.example.com"));
        QCOMPARE(refusal.host(), QStringLiteral("chat.example.com"));
        QCOMPARE(refusal.problems(),
                 (QList<Problem> { Problem::SelfSigned, Problem::HostNameMismatch }));
        QCOMPARE(refusal.fingerprint(), Fingerprint::of(m_certificate));
        QVERIFY(!refusal.isChanged());
        QVERIFY(refusal.canBeTrusted());
        QVERIFY(refusal.explanation().contains(refusal.formattedFingerprint()));
        QVERIFY(refusal.explanation().contains(QStringLiteral("chat.example.com")));
        QVERIFY(refusal.problemText().contains(QStringLiteral("self-signed")));
    }

    void trustedIgnoresExactlyItsErrors()
    {
        QVERIFY(m_trust->trust(m_server, Fingerprint::of(m_certificate)));
        const QList<QSslError> errors = selfSigned(m_certificate);
        const CertificateTrust::Decision decision
            = m_trust->decide(m_server, m_certificate, errors);
        QVERIFY(decision.accepted);
        QCOMPARE(decision.errorsToIgnore, errors);
        for (const QSslError &error : decision.errorsToIgnore)
            QCOMPARE(error.certificate(), m_certificate);
        // Another server is not trusted by it.
        const ServerAddress other
            = ServerAddress::parse(QStringLiteral("https://chat.example.com:8443"));
        QVERIFY(!m_trust->decide(other, m_certificate, errors).accepted);
    }

    void changedCertificateIsRefusedLoudly()
    {
        QVERIFY(m_trust->trust(m_server, Fingerprint::of(m_certificate)));
        const CertificateTrust::Decision decision
            = m_trust->decide(m_server, m_other, selfSigned(m_other));
        QVERIFY(!decision.accepted);
        QVERIFY(decision.refusal.isChanged());
        QCOMPARE(decision.refusal.previousFingerprint(), Fingerprint::of(m_certificate));
        QVERIFY(decision.refusal.explanation().contains(QStringLiteral("CHANGED")));
        QCOMPARE(SignInError::fromUntrustedCertificate(decision.refusal).kind(),
                 SignInError::Kind::CertificateChanged);
        // The trusted one stays.
        QCOMPARE(m_trust->trustedFingerprint(m_server), Fingerprint::of(m_certificate));
    }

    void trustedLeafDoesNotCoverAnotherCertificate()
    {
        // The trusted certificate somewhere in the chain is not enough: the leaf decides.
        QVERIFY(m_trust->trust(m_server, Fingerprint::of(m_certificate)));
        const QList<QSslError> errors = {
            QSslError(QSslError::CertificateSignatureFailed, m_other),
            QSslError(QSslError::SelfSignedCertificateInChain, m_certificate),
        };
        QVERIFY(!m_trust->decide(m_server, m_other, errors).accepted);
    }

    void revokedIsNeverTrusted()
    {
        QVERIFY(m_trust->trust(m_server, Fingerprint::of(m_certificate)));
        const QList<QSslError> errors = { QSslError(QSslError::CertificateRevoked, m_certificate) };
        const CertificateTrust::Decision decision
            = m_trust->decide(m_server, m_certificate, errors);
        QVERIFY(!decision.accepted);
        QVERIFY(!decision.refusal.canBeTrusted());
    }

    void runTrust()
    {
        const QByteArray fingerprint = Fingerprint::of(m_certificate);
        m_trust->trustForThisRun(m_server, fingerprint, false);
        QVERIFY(m_trust->decide(m_server, m_certificate, selfSigned(m_certificate)).accepted);
        QVERIFY(!m_trust->decide(m_server, m_other, selfSigned(m_other)).accepted);
        QVERIFY(m_trust->trustedFingerprint(m_server).isEmpty()); // not remembered

        m_trust->trustForThisRun(m_server, fingerprint, true);
        QVERIFY(m_trust->decide(m_server, m_certificate, selfSigned(m_certificate)).accepted);
        QCOMPARE(m_trust->trustedFingerprint(m_server), fingerprint); // remembered once used
    }

    void storedPerOrigin()
    {
        const QByteArray fingerprint = Fingerprint::of(m_certificate);
        QVERIFY(m_trust->trust(m_server, fingerprint));
        QCOMPARE(m_settings
                     ->value(QStringLiteral("TrustedCertificates/")
                             + QString::fromLatin1(QUrl::toPercentEncoding(
                                 QStringLiteral("https://chat.example.com"))))
                     .toString(),
                 Fingerprint::format(fingerprint));
        QVERIFY(m_trust->forget(m_server));
        QVERIFY(m_trust->trustedFingerprint(m_server).isEmpty());
        QVERIFY(!m_trust->forget(m_server));
        QVERIFY(!m_trust->trust(m_server, QByteArray("short")));
    }
};

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
