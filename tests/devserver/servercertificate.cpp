#include "servercertificate.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

ServerCertificate ServerCertificate::generate()
{
    ServerCertificate result;
    const auto fail = [&result](const char *step) {
        result.m_error = QStringLiteral("could not make a TLS certificate (%1)")
                             .arg(QString::fromLatin1(step));
        return result;
    };

    const Key key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("key");
    const Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return fail("certificate");

    // A random serial number: every certificate made here differs from the ones before.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail("serial");
    serial[0] &= 0x7f; // positive
    const BigNumber number(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get())))
        return fail("serial");

    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 30L * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Liftoff"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Liftoff dev server"), -1,
                               -1, 0);
    if (X509_set_issuer_name(certificate.get(), name) != 1
        || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return fail("names");
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"))
        return fail("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    const Bio certificatePem(BIO_new(BIO_s_mem()));
    const Bio keyPem(BIO_new(BIO_s_mem()));
    if (!certificatePem || !keyPem
        || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return fail("PEM");
    result.m_certificate = QSslCertificate(readAll(certificatePem.get()), QSsl::Pem);
    result.m_key = QSslKey(readAll(keyPem.get()), QSsl::Ec, QSsl::Pem);
    if (!result.isValid())
        return fail("Qt");
    return result;
}

ServerCertificate ServerCertificate::load(const QString &certificateFile, const QString &keyFile)
{
    ServerCertificate result;
    QFile certificate(certificateFile);
    if (!certificate.open(QIODevice::ReadOnly)) {
        result.m_error
            = QStringLiteral("cannot read %1: %2").arg(certificateFile, certificate.errorString());
        return result;
    }
    result.m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    if (result.m_certificate.isNull()) {
        result.m_error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return result;
    }
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly)) {
        result.m_error = QStringLiteral("cannot read %1: %2").arg(keyFile, key.errorString());
        return result;
    }
    const QByteArray pem = key.readAll();
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        result.m_key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!result.m_key.isNull())
            break;
    }
    if (result.m_key.isNull())
        result.m_error = QStringLiteral("%1 holds no PEM private key (RSA or EC)").arg(keyFile);
    return result;
}

ServerCertificate ServerCertificate::fromPair(const QSslCertificate &certificate,
                                              const QSslKey &key)
{
    ServerCertificate result;
    result.m_certificate = certificate;
    result.m_key = key;
    return result;
}
