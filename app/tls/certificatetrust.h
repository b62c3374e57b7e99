#pragma once

#include "core/serveraddress.h"
#include "tls/untrustedcertificate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QSettings;

// The one place that decides whether a TLS connection to a server goes on: the HTTP server check
// (ServerCheck) and the DDP WebSocket (DdpConnection) both ask decide() when their handshake
// reports errors, so both are held to the same certificate.
//
// A certificate the system's authorities vouch for needs nothing (no errors, no question). One
// they do not (self-signed, unknown issuer, another host name, expired) is refused, unless the
// person trusted exactly that certificate for that server: its SHA-256 fingerprint is kept per
// server origin (scheme, host, port and path prefix) in the application's settings (not a
// secret), under "TrustedCertificates". Only the errors reported for that certificate are then
// ignored; nothing ever ignores TLS errors wholesale. A revoked certificate is never trusted.
// When the authorities later vouch for the server's certificate, the person's exception is
// dropped (verifiedBySystem()).
class CertificateTrust
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrust)
public:
    struct Decision
    {
        bool accepted = false;
        // When accepted: exactly the errors to ignore (each names its certificate).
        QList<QSslError> errorsToIgnore;
        // When refused: what to show.
        UntrustedCertificate refusal;
    };

    // Keeps the trust in the application's settings (Settings::open()).
    CertificateTrust();
    // Keeps it in `settings` (not owned; it must outlive this): for tests.
    explicit CertificateTrust(QSettings *settings);
    ~CertificateTrust();
    CertificateTrust(const CertificateTrust &) = delete;
    CertificateTrust &operator=(const CertificateTrust &) = delete;

    // The fingerprint trusted for this server, empty when none.
    QByteArray trustedFingerprint(const ServerAddress &server) const;
    // Trusts the certificate with this fingerprint for this server from now on (replacing any
    // other). False when the settings could not be written.
    bool trust(const ServerAddress &server, const QByteArray &fingerprint);
    bool forget(const ServerAddress &server);
    // The system's authorities vouched for `leaf`, presented by `server` (a handshake without
    // errors): that is what they are for, so it is accepted. A certificate the person trusted for
    // the server is then no longer needed: that exception is dropped, and `leaf`'s fingerprint
    // is kept as the server's last verified one, so that a later certificate the authorities do
    // not vouch for is refused as a *changed* one (loudly), never accepted silently.
    void verifiedBySystem(const ServerAddress &server, const QSslCertificate &leaf);
    // The fingerprint kept by verifiedBySystem() for this server, empty when none.
    QByteArray verifiedFingerprint(const ServerAddress &server) const;

    // A fingerprint given for this run only (`liftoff login --trust-fingerprint`): a certificate
    // with it is accepted for this server as if trusted. With `remember`, the first time it is
    // accepted it is also stored as by trust().
    void trustForThisRun(const ServerAddress &server, const QByteArray &fingerprint, bool remember);

    // The decision for the certificate `leaf` that `server` presented, with the errors the TLS
    // handshake reported (empty: the system trusts it).
    Decision decide(const ServerAddress &server, const QSslCertificate &leaf,
                    const QList<QSslError> &errors);
    // The same with `trust` possibly null (a connection without a trust store): then only the
    // system's authorities count.
    static Decision decide(CertificateTrust *trust, const ServerAddress &server,
                           const QSslCertificate &leaf, const QList<QSslError> &errors);
    // The refusal of `leaf` for `server`, when nothing was trusted for it.
    static UntrustedCertificate refusal(const ServerAddress &server, const QSslCertificate &leaf,
                                        const QList<QSslError> &errors);

private:
    struct RunTrust
    {
        QByteArray fingerprint;
        bool remember = false;
    };

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    QHash<QString, RunTrust> m_runTrust; // by origin
};
