#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSslCertificate;

// A certificate's SHA-256 fingerprint, the way a person compares certificates: taken from a
// certificate, shown as browsers show it, and read back as people copy it.
class Fingerprint
{
    Q_DECLARE_TR_FUNCTIONS(Fingerprint)
public:
    static constexpr int Sha256Bytes = 32;

    Fingerprint() = delete;

    // The SHA-256 digest of the certificate's DER encoding (empty for a null certificate).
    static QByteArray of(const QSslCertificate &certificate);
    // "AA:BB:…:FF" (upper case, colons), as browsers and `openssl x509 -fingerprint` show it.
    static QString format(const QByteArray &fingerprint);
    // Reads a SHA-256 fingerprint as people copy it: 64 hexadecimal digits, in any case, with or
    // without colons (or spaces) between the pairs. Empty, with a translated *problem, when it is
    // not one.
    static QByteArray parse(const QString &text, QString *problem = nullptr);
};
