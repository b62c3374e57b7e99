#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The dev server's TLS certificate and private key. generate() makes a fresh self-signed one
// (EC P-256) in memory with OpenSSL's libcrypto, nothing written to disk: valid from an hour ago
// for 30 days, for the names 127.0.0.1 and localhost (subjectAltName), for server authentication.
// Every call makes another one (another key, another fingerprint). load() reads one from files.
class ServerCertificate
{
public:
    static ServerCertificate generate();
    // Reads a PEM certificate and a PEM private key (RSA or EC) from files.
    static ServerCertificate load(const QString &certificateFile, const QString &keyFile);
    static ServerCertificate fromPair(const QSslCertificate &certificate, const QSslKey &key);

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QString errorString() const { return m_error; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};
