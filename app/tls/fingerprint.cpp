#include "tls/fingerprint.h"

#include <QCryptographicHash>
#include <QSslCertificate>

QByteArray Fingerprint::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString Fingerprint::format(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

QByteArray Fingerprint::parse(const QString &text, QString *problem)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        const bool hexDigit
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit) {
            if (problem)
                *problem = tr("\"%1\" is not a SHA-256 fingerprint: it may only have the "
                              "hexadecimal digits 0–9 and A–F, with or without colons between "
                              "pairs.")
                               .arg(text.trimmed().left(120));
            return {};
        }
        hex += c;
    }
    if (hex.size() != 2 * Sha256Bytes) {
        if (problem)
            *problem = tr("\"%1\" is not a SHA-256 fingerprint: that has 64 hexadecimal digits "
                          "(32 pairs such as AB:CD:…), this has %n.",
                          nullptr, int(hex.size()))
                           .arg(text.trimmed().left(120));
        return {};
    }
    if (problem)
        problem->clear();
    return QByteArray::fromHex(hex.toLatin1());
}
