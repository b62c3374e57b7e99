#include "tls/certificatetrust.h"

#include "core/logging.h"
#include "core/settings.h"
#include "tls/fingerprint.h"

#include <QSettings>
#include <QUrl>

namespace {

const QString trustGroup = QStringLiteral("TrustedCertificates");
// The certificate the system's authorities vouched for, for a server whose exception that
// replaced (CertificateTrust::verifiedBySystem()).
const QString verifiedGroup = QStringLiteral("VerifiedCertificates");

// One key per server under "TrustedCertificates". QSettings splits keys at '/', which every
// origin has, so the key is the origin percent-encoded.
QString keyFor(const ServerAddress &server, const QString &group = trustGroup)
{
    return group + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(server.origin().toString()));
}

// Errors that no decision of the person's makes acceptable.
bool isNeverIgnorable(const QSslError &error)
{
    return error.error() == QSslError::CertificateRevoked
        || error.error() == QSslError::CertificateBlacklisted
        || error.error() == QSslError::NoPeerCertificate || error.certificate().isNull();
}

} // namespace

CertificateTrust::CertificateTrust()
    : m_ownSettings(Settings::open()), m_settings(m_ownSettings.get())
{ }

CertificateTrust::CertificateTrust(QSettings *settings) : m_settings(settings)
{
    Q_ASSERT(settings);
}

CertificateTrust::~CertificateTrust() = default;

QByteArray CertificateTrust::trustedFingerprint(const ServerAddress &server) const
{
    if (!server.isValid())
        return {};
    const QString stored = m_settings->value(keyFor(server)).toString();
    if (stored.isEmpty())
        return {};
    const QByteArray parsed = Fingerprint::parse(stored);
    if (parsed.isEmpty())
        qCWarning(lcServer) << "ignoring an unreadable trusted certificate for"
                            << server.displayString() << "in" << m_settings->fileName();
    return parsed;
}

bool CertificateTrust::trust(const ServerAddress &server, const QByteArray &fingerprint)
{
    if (!server.isValid() || fingerprint.size() != Fingerprint::Sha256Bytes)
        return false;
    qCInfo(lcServer) << "trusting the certificate" << Fingerprint::format(fingerprint) << "for"
                     << server.displayString();
    m_settings->setValue(keyFor(server), Fingerprint::format(fingerprint));
    m_settings->remove(keyFor(server, verifiedGroup));
    Settings::prepareToWrite(*m_settings);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool CertificateTrust::forget(const ServerAddress &server)
{
    if (!server.isValid() || !m_settings->contains(keyFor(server)))
        return false;
    m_settings->remove(keyFor(server));
    m_settings->remove(keyFor(server, verifiedGroup));
    Settings::prepareToWrite(*m_settings);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void CertificateTrust::verifiedBySystem(const ServerAddress &server, const QSslCertificate &leaf)
{
    const QByteArray presented = Fingerprint::of(leaf);
    if (!server.isValid() || presented.isEmpty() || !m_settings->contains(keyFor(server)))
        return; // nothing the person trusted to drop (and nothing written on every connection)
    qCInfo(lcServer) << "the system's authorities vouch for the certificate"
                     << Fingerprint::format(presented) << "of" << server.displayString()
                     << "- dropping the certificate the person had trusted for it";
    m_settings->remove(keyFor(server));
    m_settings->setValue(keyFor(server, verifiedGroup), Fingerprint::format(presented));
    Settings::prepareToWrite(*m_settings);
    m_settings->sync();
}

QByteArray CertificateTrust::verifiedFingerprint(const ServerAddress &server) const
{
    if (!server.isValid())
        return {};
    return Fingerprint::parse(m_settings->value(keyFor(server, verifiedGroup)).toString());
}

void CertificateTrust::trustForThisRun(const ServerAddress &server, const QByteArray &fingerprint,
                                       bool remember)
{
    if (!server.isValid() || fingerprint.size() != Fingerprint::Sha256Bytes)
        return;
    m_runTrust.insert(server.origin().toString(), RunTrust { fingerprint, remember });
}

CertificateTrust::Decision CertificateTrust::decide(CertificateTrust *trust,
                                                    const ServerAddress &server,
                                                    const QSslCertificate &leaf,
                                                    const QList<QSslError> &errors)
{
    if (trust)
        return trust->decide(server, leaf, errors);
    Decision decision;
    decision.accepted = errors.isEmpty();
    if (!decision.accepted)
        decision.refusal = refusal(server, leaf, errors);
    return decision;
}

UntrustedCertificate CertificateTrust::refusal(const ServerAddress &server,
                                               const QSslCertificate &leaf,
                                               const QList<QSslError> &errors)
{
    return UntrustedCertificate(server.origin().toString(), server.host(), leaf, errors);
}

CertificateTrust::Decision CertificateTrust::decide(const ServerAddress &server,
                                                    const QSslCertificate &leaf,
                                                    const QList<QSslError> &errors)
{
    Decision decision;
    if (errors.isEmpty()) {
        decision.accepted = true; // the system's authorities vouch for it
        return decision;
    }
    const QString origin = server.origin().toString();
    const QByteArray presented = Fingerprint::of(leaf);
    const QByteArray stored = trustedFingerprint(server);
    const RunTrust run = m_runTrust.value(origin);
    const bool matches
        = !presented.isEmpty() && (presented == stored || presented == run.fingerprint);
    bool ignorable = matches;
    for (const QSslError &error : errors)
        ignorable = ignorable && !isNeverIgnorable(error);
    if (ignorable) {
        qCInfo(lcServer) << "accepting the certificate" << Fingerprint::format(presented) << "of"
                         << server.displayString() << "trusted by the person";
        if (presented != stored && run.remember)
            trust(server, presented);
        decision.accepted = true;
        decision.errorsToIgnore = errors;
        return decision;
    }
    // After the authorities vouched for the server, anything else is a changed certificate too.
    QByteArray previous = stored;
    if (previous.isEmpty()) {
        previous = verifiedFingerprint(server);
        if (previous == presented)
            previous.clear(); // the very certificate, now with a problem (expired…): no change
    }
    decision.refusal = UntrustedCertificate(origin, server.host(), leaf, errors, previous);
    qCInfo(lcServer) << "refusing the certificate" << Fingerprint::format(presented) << "of"
                     << server.displayString() << decision.refusal.problems()
                     << (decision.refusal.isChanged() ? "- it CHANGED since it was trusted" : "");
    return decision;
}
