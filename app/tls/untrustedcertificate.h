#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// A server certificate that was refused: what the server presented, why it is not trusted, and
// whether a different certificate had been trusted for that server before (then the person must
// be warned loudly: someone may be intercepting the connection). Made by CertificateTrust, carried
// by DdpError and SignInError to the window and the command line. Nothing here is secret.
//
// It keeps facts, not the QSslCertificate itself: a default-constructed QSslCertificate starts Qt's
// TLS back end (libssl, the OpenSSL plugin), and every DdpError and SignInError holds one of these,
// so merely starting the app would load OpenSSL, some milliseconds and megabytes for nothing.
class UntrustedCertificate
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(UntrustedCertificate)
public:
    // What is wrong with it, from the TLS errors; a certificate may have several problems.
    enum class Problem {
        SelfSigned, // signed by itself, not by an authority this computer trusts
        UnknownIssuer, // signed by an authority this computer does not know
        Expired,
        NotYetValid,
        HostNameMismatch, // made for another host name
        Revoked, // revoked or blacklisted by its authority: never trusted, not even by the person
        Other, // anything else (bad signature, wrong purpose, …)
    };
    Q_ENUM(Problem)

    UntrustedCertificate() = default;
    // `origin` is the server's (https://host[:port]); `previousFingerprint` the SHA-256 trusted
    // for it before (empty when none).
    UntrustedCertificate(const QString &origin, const QString &host,
                         const QSslCertificate &certificate, const QList<QSslError> &errors,
                         const QByteArray &previousFingerprint = {});

    bool isNull() const { return m_origin.isEmpty(); }
    QString origin() const { return m_origin; }
    QString host() const { return m_host; }
    QList<Problem> problems() const { return m_problems; }
    // The SHA-256 digest of the certificate (DER); empty when the server sent none.
    QByteArray fingerprint() const { return m_fingerprint; }
    // AA:BB:CC:…, 32 pairs
    QString formattedFingerprint() const;
    // A different certificate was trusted for this server before.
    bool isChanged() const { return !m_previousFingerprint.isEmpty(); }
    QByteArray previousFingerprint() const { return m_previousFingerprint; }
    // The person may decide to trust it (not when revoked, or when there is no certificate).
    bool canBeTrusted() const;

    // What is wrong, translated, for a sentence: "it is self-signed; it was made for another host
    // name".
    QString problemText() const;
    // One or two sentences without the fingerprint, for where it is shown on its own (the
    // window): what is wrong and, for a changed certificate, the warning. Translated.
    QString summary() const;
    // The whole explanation for a person: the host, the problem, the fingerprint, and for a
    // changed certificate the loud warning. Translated.
    QString explanation() const;

    friend bool operator==(const UntrustedCertificate &a, const UntrustedCertificate &b)
    {
        return a.m_origin == b.m_origin && a.m_fingerprint == b.m_fingerprint
            && a.m_previousFingerprint == b.m_previousFingerprint && a.m_problems == b.m_problems;
    }
    friend bool operator!=(const UntrustedCertificate &a, const UntrustedCertificate &b)
    {
        return !(a == b);
    }

private:
    QString m_origin;
    QString m_host;
    QList<Problem> m_problems;
    QByteArray m_fingerprint;
    QByteArray m_previousFingerprint;
};

Q_DECLARE_METATYPE(UntrustedCertificate)
