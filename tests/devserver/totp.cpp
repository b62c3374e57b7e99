#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace {
const char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray Totp::decodeBase32(QStringView text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'=')
            continue;
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = 26 + (u - u'2');
        if (value < 0) {
            if (ok)
                *ok = false;
            return {};
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (ok)
        *ok = true;
    return out;
}

QString Totp::encodeBase32(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(base32Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    // No '=' padding: authenticator apps and otpauth:// URIs leave it out.
    return out;
}

QString Totp::hotp(const QByteArray &key, quint64 counter, int digits)
{
    digits = qBound(6, digits, 10);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // RFC 4226 §5.3 dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(quint64(binary) % modulus, digits, 10, QLatin1Char('0'));
}

QString Totp::code(const QByteArray &key, qint64 unixTimeSecs, int digits, int periodSecs)
{
    if (periodSecs <= 0)
        periodSecs = defaultPeriodSecs;
    return hotp(key, quint64(qMax<qint64>(0, unixTimeSecs) / periodSecs), digits);
}

QString Totp::codeForSecret(const QString &base32Secret, const QDateTime &at)
{
    bool ok = false;
    const QByteArray key = decodeBase32(base32Secret, &ok);
    if (!ok || key.isEmpty())
        return {};
    return code(key, at.toSecsSinceEpoch());
}

bool Totp::verify(const QString &base32Secret, const QString &code, const QDateTime &at, int window)
{
    bool ok = false;
    const QByteArray key = decodeBase32(base32Secret, &ok);
    const QString typed = code.trimmed();
    if (!ok || key.isEmpty() || typed.size() != defaultDigits)
        return false;
    const qint64 step = at.toSecsSinceEpoch() / defaultPeriodSecs;
    for (qint64 delta = -qMax(0, window); delta <= qMax(0, window); ++delta) {
        if (step + delta < 0)
            continue;
        if (hotp(key, quint64(step + delta)) == typed)
            return true;
    }
    return false;
}
