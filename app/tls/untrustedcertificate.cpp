#include "tls/untrustedcertificate.h"

#include "tls/fingerprint.h"

#include <algorithm>

namespace {

UntrustedCertificate::Problem problemOf(QSslError::SslError error)
{
    using Problem = UntrustedCertificate::Problem;
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Problem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return Problem::UnknownIssuer;
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::HostNameMismatch:
        return Problem::HostNameMismatch;
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
        return Problem::Revoked;
    default:
        return Problem::Other;
    }
}

} // namespace

UntrustedCertificate::UntrustedCertificate(const QString &origin, const QString &host,
                                           const QSslCertificate &certificate,
                                           const QList<QSslError> &errors,
                                           const QByteArray &previousFingerprint)
    : m_origin(origin), m_host(host), m_fingerprint(Fingerprint::of(certificate))
{
    for (const QSslError &error : errors) {
        const Problem problem = problemOf(error.error());
        if (!m_problems.contains(problem))
            m_problems.append(problem);
    }
    if (m_problems.isEmpty())
        m_problems.append(Problem::Other);
    std::sort(m_problems.begin(), m_problems.end());
    // Only a different certificate is a change; the same one refused again (e.g. revoked since)
    // is not.
    if (previousFingerprint != m_fingerprint)
        m_previousFingerprint = previousFingerprint;
}

QString UntrustedCertificate::formattedFingerprint() const
{
    return Fingerprint::format(m_fingerprint);
}

bool UntrustedCertificate::canBeTrusted() const
{
    return !isNull() && !m_fingerprint.isEmpty() && !m_problems.contains(Problem::Revoked);
}

QString UntrustedCertificate::problemText() const
{
    QStringList parts;
    for (const Problem problem : m_problems) {
        switch (problem) {
        case Problem::SelfSigned:
            parts << tr("it is self-signed, not issued by an authority this computer trusts");
            break;
        case Problem::UnknownIssuer:
            parts << tr("it was issued by an authority this computer does not know");
            break;
        case Problem::Expired:
            parts << tr("it has expired");
            break;
        case Problem::NotYetValid:
            parts << tr("it is not valid yet (check this computer's date and time)");
            break;
        case Problem::HostNameMismatch:
            parts << tr("it was made for another server name than %1").arg(m_host);
            break;
        case Problem::Revoked:
            parts << tr("its authority has revoked it");
            break;
        case Problem::Other:
            parts << tr("it could not be verified");
            break;
        }
    }
    return parts.join(tr("; ", "between two certificate problems"));
}

QString UntrustedCertificate::summary() const
{
    if (isNull() || m_fingerprint.isEmpty() || m_problems.contains(Problem::Revoked))
        return explanation();
    if (isChanged())
        return tr("The security certificate of %1 has changed since you trusted it. Someone "
                  "may be intercepting your connection to read your password. Liftoff did not "
                  "connect. What is wrong with it: %2.")
            .arg(m_host, problemText());
    return tr("The security certificate of %1 is not trusted: %2. Liftoff did not connect.")
        .arg(m_host, problemText());
}

QString UntrustedCertificate::explanation() const
{
    if (isNull())
        return {};
    if (m_fingerprint.isEmpty())
        return tr("The server %1 sent no security certificate, so Liftoff did not connect.")
            .arg(m_host);
    if (m_problems.contains(Problem::Revoked))
        return tr("The security certificate of %1 cannot be trusted: %2. Liftoff did not "
                  "connect. Ask the server's administrator to replace the certificate.")
            .arg(m_host, problemText());
    if (isChanged())
        return tr("WARNING: the security certificate of %1 has CHANGED since you trusted it. "
                  "Someone may be intercepting your connection to read your password. Liftoff "
                  "did not connect. Trust the new certificate only if the server's administrator "
                  "confirms that they replaced it and that its SHA-256 fingerprint is %2 "
                  "(the one you trusted before was %3). What is wrong with it: %4.")
            .arg(m_host, formattedFingerprint(), Fingerprint::format(m_previousFingerprint),
                 problemText());
    return tr("The security certificate of %1 is not trusted: %2. Liftoff did not connect. If "
              "this is your organization's own server, compare the certificate's SHA-256 "
              "fingerprint, %3, with the one its administrator gives you, and trust it only if "
              "they match. Otherwise check the address.")
        .arg(m_host, problemText(), formattedFingerprint());
}
