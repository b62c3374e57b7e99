#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

// RFC 6238 time-based one-time passwords as Rocket.Chat checks them (speakeasy defaults: HMAC-SHA1,
// 30 s steps, 6 digits, base32 secrets as authenticator apps are given them). The dev server
// verifies codes with it; tests use it to compute the code an authenticator app would show.
class Totp
{
public:
    static constexpr int defaultDigits = 6;
    static constexpr int defaultPeriodSecs = 30;

    // RFC 4648 base32. Case-insensitive; spaces, dashes and '=' padding are ignored, as apps
    // display secrets in groups. Invalid input gives an empty array and *ok = false.
    static QByteArray decodeBase32(QStringView text, bool *ok = nullptr);
    static QString encodeBase32(const QByteArray &data);

    // RFC 4226 HOTP value of `counter`, zero-padded to `digits` (6..10).
    static QString hotp(const QByteArray &key, quint64 counter, int digits = defaultDigits);
    // The code valid at `unixTimeSecs`.
    static QString code(const QByteArray &key, qint64 unixTimeSecs, int digits = defaultDigits,
                        int periodSecs = defaultPeriodSecs);
    // The 6-digit code for a base32 secret at a given time (default: now). Empty if the secret is
    // not base32.
    static QString codeForSecret(const QString &base32Secret,
                                 const QDateTime &at = QDateTime::currentDateTimeUtc());
    // True when `code` is the code of `at` or of up to `window` steps before or after it
    // (Rocket.Chat's Accounts_TwoFactorAuthentication_MaxDelta, default 1), so a code typed just
    // as it rolls over still works.
    static bool verify(const QString &base32Secret, const QString &code,
                       const QDateTime &at = QDateTime::currentDateTimeUtc(), int window = 1);
};
