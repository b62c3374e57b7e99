#include "cli/exitcode.h"
#include "ddp/ddperror.h"
#include "rocketchat/servercheck.h"
#include "rocketchat/serverversion.h"
#include "rocketchat/signinerror.h"
#include "storage/keychainerror.h"
#include "tls/untrustedcertificate.h"

#include <QFile>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <limits>

// SignInError: every error code and reason that app/rocketchat/README.md lists (§4, §6 to §8)
// to a kind, an exit code and a message of its own.

namespace {

using Kind = SignInError::Kind;

// A Meteor.Error as the server sends it.
QJsonObject meteorError(const QJsonValue &code, const QString &reason,
                        const QJsonObject &details = {})
{
    QJsonObject error { { QStringLiteral("isClientSafe"), true },
                        { QStringLiteral("error"), code },
                        { QStringLiteral("reason"), reason },
                        { QStringLiteral("errorType"), QStringLiteral("Meteor.Error") } };
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return error;
}

QJsonObject validateDetails()
{
    return { { QStringLiteral("function"), QStringLiteral("Accounts.validateLoginAttempt") } };
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    const QMetaEnum meta = QMetaEnum::fromType<Kind>();
    for (int i = 0; i < meta.keyCount(); ++i)
        kinds.append(Kind(meta.value(i)));
    return kinds;
}

} // namespace

class TestSignInError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorsDoNotStartTheTlsBackEnd(); // first: nothing before it may have loaded OpenSSL
    void serverErrors_data();
    void serverErrors();
    void localErrors_data();
    void localErrors();
    void lostConnectionSaysHow_data();
    void lostConnectionSaysHow();
    void resumeErrors_data();
    void resumeErrors();
    void keychainErrors_data();
    void keychainErrors();
    void rateLimitWait_data();
    void rateLimitWait();
    void hostileNumbers();
    void serverMoved();
    void exitCodes_data();
    void exitCodes();
    void messagesAreDistinct();
    void messagesQuoteDetails();
    void transient();
    void none();
};

// Every DdpError and SignInError carries an UntrustedCertificate, and the controller holds
// several from its start; if one held a QSslCertificate, the app would load Qt's TLS back end and
// OpenSSL at every start, also for a plain http:// server (it did: some 8 ms and 4 MB).
void TestSignInError::errorsDoNotStartTheTlsBackEnd()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#else
    const auto openSslLoaded = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            qFatal("cannot read /proc/self/maps");
        return maps.readAll().contains("libssl.so");
    };
    QVERIFY(!openSslLoaded());
    const UntrustedCertificate untrusted;
    const DdpError ddpError(DdpError::Kind::NetworkError, QStringLiteral("Connection refused"));
    const SignInError error = SignInError::fromDdpError(ddpError);
    QNetworkAccessManager network;
    const ServerCheck check(&network);
    QVERIFY(untrusted.isNull() && error.certificate().isNull());
    QVERIFY(!openSslLoaded());
#endif
}

void TestSignInError::serverErrors_data()
{
    QTest::addColumn<QJsonObject>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("exitCode");

    // Credentials: Rocket.Chat 7 (401), 6.x (403), Meteor's ambiguous message, newest sources.
    QTest::newRow("401 User not found")
        << meteorError(401, QStringLiteral("User not found")) << Kind::WrongCredentials << 3;
    QTest::newRow("403 User not found")
        << meteorError(403, QStringLiteral("User not found")) << Kind::WrongCredentials << 3;
    QTest::newRow("403 Incorrect password")
        << meteorError(403, QStringLiteral("Incorrect password")) << Kind::WrongCredentials << 3;
    QTest::newRow("403 Something went wrong")
        << meteorError(403, QStringLiteral("Something went wrong. Please check your credentials."))
        << Kind::WrongCredentials << 3;
    QTest::newRow("401 Incorrect login or password")
        << meteorError(401, QStringLiteral("Incorrect login or password")) << Kind::WrongCredentials
        << 3;
    QTest::newRow("403 logged out by the server") << meteorError(
        403, QStringLiteral("You've been logged out by the server. Please log in again."))
                                                  << Kind::WrongCredentials << 3;
    QTest::newRow("\"403\" as a string")
        << meteorError(QStringLiteral("403"), QStringLiteral("User not found"))
        << Kind::WrongCredentials << 3;
    QTest::newRow("user-not-found code")
        << meteorError(QStringLiteral("user-not-found"), QStringLiteral("User not found"))
        << Kind::WrongCredentials << 3;

    // Account (validateLoginAttempt, app/rocketchat/README.md §6).
    QTest::newRow("deactivated") << meteorError(QStringLiteral("error-user-is-not-activated"),
                                                QStringLiteral("User is not activated"),
                                                validateDetails())
                                 << Kind::AccountDeactivated << 3;
    QTest::newRow("app user") << meteorError(
        QStringLiteral("error-app-user-is-not-allowed-to-login"),
        QStringLiteral("App user is not allowed to login"), validateDetails())
                              << Kind::AppUserNotAllowed << 3;
    QTest::newRow("no roles") << meteorError(QStringLiteral("error-user-has-no-roles"),
                                             QStringLiteral("User has no roles"), validateDetails())
                              << Kind::NoRoles << 3;
    QTest::newRow("unverified e-mail")
        << meteorError(QStringLiteral("error-invalid-email"),
                       QStringLiteral("Invalid email __email__"), validateDetails())
        << Kind::EmailNotVerified << 3;

    // Two-factor (app/rocketchat/README.md §7).
    const QJsonObject totpDetails { { QStringLiteral("method"), QStringLiteral("totp") },
                                    { QStringLiteral("codeGenerated"), false } };
    QTest::newRow("totp-required") << meteorError(QStringLiteral("totp-required"),
                                                  QStringLiteral("TOTP Required"), totpDetails)
                                   << Kind::TwoFactorRequired << 4;
    QTest::newRow("totp-invalid") << meteorError(QStringLiteral("totp-invalid"),
                                                 QStringLiteral("TOTP Invalid"), totpDetails)
                                  << Kind::TwoFactorInvalid << 4;
    QTest::newRow("totp-max-attempts") << meteorError(
        QStringLiteral("totp-max-attempts"), QStringLiteral("TOTP Maximun Failed Attempts Reached"))
                                       << Kind::TwoFactorMaxAttempts << 4;

    // Throttling.
    QTest::newRow("too-many-requests")
        << meteorError(QStringLiteral("too-many-requests"),
                       QStringLiteral("Error, too many requests. Please slow down. You must wait "
                                      "10 seconds before trying again."),
                       { { QStringLiteral("timeToReset"), 9500 } })
        << Kind::RateLimited << 6;
    QTest::newRow("blocked for user")
        << meteorError(QStringLiteral("error-login-blocked-for-user"),
                       QStringLiteral("Login has been temporarily blocked For User"),
                       validateDetails())
        << Kind::BlockedForUser << 6;
    QTest::newRow("blocked for IP")
        << meteorError(QStringLiteral("error-login-blocked-for-ip"),
                       QStringLiteral("Login has been temporarily blocked For IP"),
                       validateDetails())
        << Kind::BlockedForIp << 6;

    // Anything else is the server's own words.
    QTest::newRow("403 Login forbidden")
        << meteorError(403, QStringLiteral("Login forbidden")) << Kind::ServerError << 1;
    QTest::newRow("400 Match failed")
        << meteorError(400, QStringLiteral("Match failed")) << Kind::ServerError << 1;
    QTest::newRow("500 Internal server error")
        << meteorError(500, QStringLiteral("Internal server error")) << Kind::ServerError << 1;
    QTest::newRow("license limit")
        << meteorError(QStringLiteral("error-license-user-limit-reached"),
                       QStringLiteral("The maximum number of users has been reached."))
        << Kind::ServerError << 1;
    QTest::newRow("no reason") << QJsonObject { { QStringLiteral("error"), QStringLiteral("x") } }
                               << Kind::ServerError << 1;
}

void TestSignInError::serverErrors()
{
    QFETCH(QJsonObject, error);
    QFETCH(Kind, kind);
    QFETCH(int, exitCode);
    const DdpError ddp = DdpError::fromServerObject(error);
    const SignInError mapped = SignInError::fromDdpError(ddp);
    QCOMPARE(mapped.kind(), kind);
    QCOMPARE(ExitCode::of(mapped), exitCode);
    QVERIFY(mapped.isError());
    QVERIFY(!mapped.message().isEmpty());
    QCOMPARE(mapped.ddpError().code(), ddp.code());
    if (kind == Kind::ServerError) {
        // The server's reason (or code) is what the person gets to see.
        const QString reason = error.value(u"reason").toString();
        const QString shown = reason.isEmpty() ? error.value(u"error").toString() : reason;
        QCOMPARE(mapped.detail(), shown);
        QVERIFY2(mapped.message().contains(shown), qPrintable(mapped.message()));
    }
}

void TestSignInError::localErrors_data()
{
    QTest::addColumn<DdpError::Kind>("ddpKind");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("timeout") << DdpError::Kind::Timeout << Kind::Timeout << 5;
    QTest::newRow("connection lost") << DdpError::Kind::ConnectionLost << Kind::ConnectionLost << 5;
    QTest::newRow("server silent") << DdpError::Kind::ServerSilent << Kind::ConnectionLost << 5;
    QTest::newRow("frame too large") << DdpError::Kind::FrameTooLarge << Kind::ConnectionLost << 5;
    QTest::newRow("not connected") << DdpError::Kind::NotConnected << Kind::ConnectionLost << 5;
    QTest::newRow("cancelled") << DdpError::Kind::Cancelled << Kind::Cancelled << 1;
    QTest::newRow("version mismatch")
        << DdpError::Kind::VersionMismatch << Kind::ProtocolVersion << 5;
    QTest::newRow("network") << DdpError::Kind::NetworkError << Kind::ServerUnreachable << 5;
    QTest::newRow("tls") << DdpError::Kind::TlsError << Kind::TlsUntrusted << 5;
}

void TestSignInError::localErrors()
{
    QFETCH(DdpError::Kind, ddpKind);
    QFETCH(Kind, kind);
    QFETCH(int, exitCode);
    const SignInError mapped = SignInError::fromDdpError(DdpError(ddpKind, QStringLiteral("x")));
    QCOMPARE(mapped.kind(), kind);
    QCOMPARE(ExitCode::of(mapped), exitCode);
    QCOMPARE(mapped.ddpError().kind(), ddpKind);
    QVERIFY(!mapped.message().isEmpty());
}

// A lost connection says how it was lost when the connection knows: a server that stopped
// answering pings, a message over the size limit.
void TestSignInError::lostConnectionSaysHow_data()
{
    QTest::addColumn<DdpError::Kind>("ddpKind");
    QTest::addColumn<QString>("says");
    QTest::newRow("dropped") << DdpError::Kind::ConnectionLost
                             << QStringLiteral("was lost before it answered");
    QTest::newRow("server silent")
        << DdpError::Kind::ServerSilent << QStringLiteral("did not reply to a ping in time");
    QTest::newRow("frame too large")
        << DdpError::Kind::FrameTooLarge << QStringLiteral("larger than Liftoff accepts");
}

void TestSignInError::lostConnectionSaysHow()
{
    QFETCH(DdpError::Kind, ddpKind);
    QFETCH(QString, says);
    const SignInError mapped = SignInError::fromDdpError(DdpError(ddpKind, QStringLiteral("x")));
    QCOMPARE(mapped.kind(), Kind::ConnectionLost);
    QVERIFY2(mapped.message().contains(says), qPrintable(mapped.message()));
}

void TestSignInError::resumeErrors_data()
{
    QTest::addColumn<QJsonObject>("error");
    QTest::addColumn<Kind>("kind");

    // The server says the token is no good (app/rocketchat/README.md §4, §6): Rocket.Chat 7
    // rewrites every resume failure to 401 "User not found"; 6.x sent Meteor's own 403 reasons.
    QTest::newRow("RC 7: 401 User not found")
        << meteorError(401, QStringLiteral("User not found")) << Kind::SessionRejected;
    QTest::newRow("newest sources: 401 Incorrect login or password")
        << meteorError(401, QStringLiteral("Incorrect login or password")) << Kind::SessionRejected;
    QTest::newRow("RC 6: 403 logged out by the server") << meteorError(
        403, QStringLiteral("You've been logged out by the server. Please log in again."))
                                                        << Kind::SessionRejected;
    QTest::newRow("RC 6: 403 session has expired")
        << meteorError(403, QStringLiteral("Your session has expired. Please log in again."))
        << Kind::SessionRejected;
    QTest::newRow("user-not-found")
        << meteorError(QStringLiteral("user-not-found"), QStringLiteral("User not found"))
        << Kind::SessionRejected;

    // Not about the token: the account, the server, the rate limit. Kept as they are.
    QTest::newRow("403 Login forbidden")
        << meteorError(403, QStringLiteral("Login forbidden")) << Kind::ServerError;
    QTest::newRow("deactivated") << meteorError(
        QStringLiteral("error-user-is-not-activated"), QStringLiteral("User is not activated"),
        validateDetails()) << Kind::AccountDeactivated;
    QTest::newRow("too many requests")
        << meteorError(QStringLiteral("too-many-requests"),
                       QStringLiteral("Error, too many requests. Please slow down. You must wait "
                                      "3 seconds before trying again."))
        << Kind::RateLimited;
    QTest::newRow("500") << meteorError(500, QStringLiteral("Internal server error"))
                         << Kind::ServerError;
}

void TestSignInError::resumeErrors()
{
    QFETCH(QJsonObject, error);
    QFETCH(Kind, kind);
    const DdpError ddp = DdpError::fromServerObject(error);
    const SignInError mapped = SignInError::fromResumeError(ddp);
    QCOMPARE(mapped.kind(), kind);
    QCOMPARE(mapped.ddpError().code(), ddp.code());
    if (kind == Kind::SessionRejected) {
        QCOMPARE(ExitCode::of(mapped), 3);
        QVERIFY(!mapped.isTransient());
        // The server's reason is part of what the person reads, unless it says nothing of the
        // session (Rocket.Chat 7: "User not found"), then the message says it in our words.
        QCOMPARE(mapped.detail(), ddp.reason());
        const bool generic = ddp.reason() == QLatin1String("User not found")
            || ddp.reason() == QLatin1String("Incorrect login or password");
        QVERIFY2(mapped.message().contains(ddp.reason()) != generic, qPrintable(mapped.message()));
    } else {
        QCOMPARE(mapped.kind(), SignInError::fromDdpError(ddp).kind());
    }

    // Transport errors are the same as for any sign-in (network trouble: keep the token).
    for (const DdpError::Kind local : { DdpError::Kind::NetworkError, DdpError::Kind::Timeout,
                                        DdpError::Kind::ConnectionLost }) {
        const SignInError transport = SignInError::fromResumeError(DdpError(local));
        QCOMPARE(transport.kind(), SignInError::fromDdpError(DdpError(local)).kind());
        QVERIFY(transport.isTransient());
    }
}

void TestSignInError::keychainErrors_data()
{
    using KKind = KeychainError::Kind;
    using Cause = KeychainError::Cause;
    QTest::addColumn<KeychainError>("keychain");
    QTest::newRow("locked") << KeychainError(KKind::Locked, KeychainError::Operation::Read,
                                             Cause::KeyringLocked);
    QTest::newRow("no secret service")
        << KeychainError(KKind::NoBackend, KeychainError::Operation::Read, Cause::NoSecretService);
    QTest::newRow("not found") << KeychainError(KKind::NotFound, KeychainError::Operation::Read);
    QTest::newRow("timeout") << KeychainError(KKind::Timeout, KeychainError::Operation::Read);
}

void TestSignInError::keychainErrors()
{
    QFETCH(KeychainError, keychain);
    const SignInError mapped = SignInError::fromKeychainError(keychain);
    QCOMPARE(mapped.kind(), Kind::KeychainUnavailable);
    QCOMPARE(ExitCode::of(mapped), 7);
    QCOMPARE(mapped.keychainError(), keychain);
    // The keychain's own words: what happened, what it means, what to do.
    QCOMPARE(mapped.message(), keychain.message());
    QVERIFY(!mapped.isTransient());
}

void TestSignInError::rateLimitWait_data()
{
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("inMessage");
    const QString reason = QStringLiteral(
        "Error, too many requests. Please slow down. You must wait 7 seconds before trying again.");
    QTest::newRow("timeToReset") << QJsonObject { { QStringLiteral("timeToReset"), 4200 } }
                                 << reason << qint64(4200) << QStringLiteral("5 second");
    QTest::newRow("no details: from the reason")
        << QJsonObject() << reason << qint64(7000) << QStringLiteral("7 second");
    QTest::newRow("nothing known")
        << QJsonObject() << QString() << qint64(0) << QStringLiteral("a moment");

    // Hostile numbers: never converted unchecked (undefined behaviour), a day at most.
    const qint64 day = qint64(24) * 60 * 60 * 1000;
    QTest::newRow("timeToReset 1e300") << QJsonObject { { QStringLiteral("timeToReset"), 1e300 } }
                                       << reason << day << QStringLiteral("86400 second");
    QTest::newRow("timeToReset near INT64_MAX")
        << QJsonObject { { QStringLiteral("timeToReset"), 9223372036854774784.0 } } << reason << day
        << QStringLiteral("86400 second");
    QTest::newRow("timeToReset negative")
        << QJsonObject { { QStringLiteral("timeToReset"), -5000 } } << reason << qint64(0)
        << QStringLiteral("a moment");
    QTest::newRow("wait 9223372036854775 seconds")
        << QJsonObject()
        << QStringLiteral("You must wait 9223372036854775 seconds before trying again.") << day
        << QStringLiteral("86400 second");
    QTest::newRow("wait beyond qint64 seconds")
        << QJsonObject()
        << QStringLiteral("You must wait 99999999999999999999 seconds before trying again.") << day
        << QStringLiteral("86400 second");
    QTest::newRow("wait just over a day")
        << QJsonObject() << QStringLiteral("You must wait 86401 seconds before trying again.")
        << day << QStringLiteral("86400 second");
}

void TestSignInError::rateLimitWait()
{
    QFETCH(QJsonObject, details);
    QFETCH(QString, reason);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, inMessage);
    const SignInError error = SignInError::fromDdpError(DdpError::fromServerObject(
        meteorError(QStringLiteral("too-many-requests"), reason, details)));
    QCOMPARE(error.kind(), Kind::RateLimited);
    QCOMPARE(error.retryAfterMs(), retryAfterMs);
    QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
    QVERIFY(error.isTransient());
}

void TestSignInError::hostileNumbers()
{
    const qint64 day = qint64(24) * 60 * 60 * 1000;
    QCOMPARE(SignInError::MaximumRetryAfterMs, day);
    // rateLimited() near the ends of qint64: the message's rounding must not overflow.
    const SignInError huge = SignInError::rateLimited(std::numeric_limits<qint64>::max());
    QCOMPARE(huge.retryAfterMs(), day);
    QVERIFY2(huge.message().contains(QStringLiteral("86400 second")), qPrintable(huge.message()));
    QCOMPARE(SignInError::rateLimited(std::numeric_limits<qint64>::min()).retryAfterMs(), 0);
    QCOMPARE(SignInError::rateLimited(day - 1).retryAfterMs(), day - 1);

    // A code beyond int is no HTTP-like code, even where truncating it would give 401.
    const DdpError wrapped
        = DdpError::fromServerObject(meteorError(4294967697.0, QStringLiteral("User not found")));
    QVERIFY(wrapped.isNumericCode());
    QCOMPARE(wrapped.numericCode(), 0);
    QCOMPARE(SignInError::fromDdpError(wrapped).kind(), Kind::ServerError);
    const DdpError asText = DdpError::fromServerObject(
        meteorError(QStringLiteral("4294967697"), QStringLiteral("User not found")));
    QCOMPARE(asText.numericCode(), 0);
    QCOMPARE(SignInError::fromDdpError(asText).kind(), Kind::ServerError);
    QCOMPARE(DdpError::fromServerObject(meteorError(1e300, QString())).numericCode(), 0);
    QCOMPARE(DdpError::fromServerObject(meteorError(-401, QString())).numericCode(), -401);
}

void TestSignInError::serverMoved()
{
    const SignInError moved = SignInError::serverMoved(
        QUrl(QStringLiteral("https://user:secret@evil.example:8443/login?next=%2F#top")));
    QCOMPARE(moved.kind(), Kind::ServerMoved);
    // The new origin only: no user info, path, query or fragment.
    QCOMPARE(moved.detail(), QStringLiteral("https://evil.example:8443"));
    QVERIFY2(moved.message().contains(QStringLiteral("https://evil.example:8443")),
             qPrintable(moved.message()));
    QVERIFY(!moved.message().contains(QStringLiteral("secret")));
    QVERIFY(!moved.message().contains(QStringLiteral("login")));
    QCOMPARE(ExitCode::of(moved), 5);
    QVERIFY(!moved.isTransient());
}

void TestSignInError::exitCodes_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("exitCode");
    const QList<QPair<Kind, int>> table = {
        { Kind::None, 0 },
        { Kind::InvalidAddress, 1 },
        { Kind::ServerUnreachable, 5 },
        { Kind::NotRocketChat, 5 },
        { Kind::TlsUntrusted, 5 },
        { Kind::CertificateChanged, 5 },
        { Kind::ServerTooOld, 5 },
        { Kind::ServerMoved, 5 },
        { Kind::ProtocolVersion, 5 },
        { Kind::WrongCredentials, 3 },
        { Kind::AccountDeactivated, 3 },
        { Kind::AppUserNotAllowed, 3 },
        { Kind::NoRoles, 3 },
        { Kind::EmailNotVerified, 3 },
        { Kind::TwoFactorRequired, 4 },
        { Kind::TwoFactorInvalid, 4 },
        { Kind::TwoFactorMaxAttempts, 4 },
        { Kind::RateLimited, 6 },
        { Kind::BlockedForUser, 6 },
        { Kind::BlockedForIp, 6 },
        { Kind::Timeout, 5 },
        { Kind::ConnectionLost, 5 },
        { Kind::SessionExpired, 3 },
        { Kind::SessionRejected, 3 },
        { Kind::Cancelled, 1 },
        { Kind::KeychainUnavailable, 7 },
        { Kind::ServerError, 1 },
        { Kind::SsoInvalidLink, 1 },
        { Kind::SsoLinkNotStarted, 1 },
        { Kind::SsoLinkOtherServer, 1 },
        { Kind::SsoExpired, 3 },
        { Kind::SsoDenied, 3 },
        { Kind::SsoRejected, 3 },
    };
    QCOMPARE(table.size(), allKinds().size()); // every kind has its row
    const QMetaEnum meta = QMetaEnum::fromType<Kind>();
    for (const auto &row : table)
        QTest::newRow(meta.valueToKey(int(row.first))) << row.first << row.second;
}

void TestSignInError::exitCodes()
{
    QFETCH(Kind, kind);
    QFETCH(int, exitCode);
    QCOMPARE(ExitCode::of(SignInError(kind)), exitCode);
}

void TestSignInError::messagesAreDistinct()
{
    QSet<QString> seen;
    for (const Kind kind : allKinds()) {
        if (kind == Kind::None) {
            QVERIFY(SignInError(kind).message().isEmpty());
            continue;
        }
        const QString message = SignInError(kind).message();
        QVERIFY2(!message.isEmpty(), QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen.insert(message);
        // A sentence, never a code.
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("error-")));
    }
}

void TestSignInError::messagesQuoteDetails()
{
    const SignInError tooOld(Kind::ServerTooOld, QStringLiteral("5.4.9"));
    QVERIFY(tooOld.message().contains(QStringLiteral("5.4.9")));
    QVERIFY(tooOld.message().contains(ServerVersion::minimum()));

    const SignInError tls(Kind::TlsUntrusted, QStringLiteral("The certificate is self-signed"));
    QVERIFY(tls.message().contains(QStringLiteral("self-signed")));

    const SignInError address(Kind::InvalidAddress, QStringLiteral("Use https://."));
    QCOMPARE(address.message(), QStringLiteral("Use https://."));

    const SignInError protocol = SignInError::fromDdpError(
        DdpError(DdpError::Kind::VersionMismatch, QStringLiteral("pre9")));
    QVERIFY(protocol.message().contains(QStringLiteral("pre9")));

    const SignInError rejected(Kind::SessionRejected, QStringLiteral("Token revoked"));
    QVERIFY(rejected.message().contains(QStringLiteral("\"Token revoked\"")));
    QVERIFY(rejected.message() != SignInError(Kind::SessionRejected).message());
}

void TestSignInError::transient()
{
    for (const Kind kind : allKinds()) {
        const bool expected = kind == Kind::ServerUnreachable || kind == Kind::Timeout
            || kind == Kind::ConnectionLost || kind == Kind::RateLimited
            || kind == Kind::BlockedForUser || kind == Kind::BlockedForIp;
        QCOMPARE(SignInError(kind).isTransient(), expected);
    }
}

void TestSignInError::none()
{
    const SignInError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.kind(), Kind::None);
    QCOMPARE(ExitCode::of(none), 0);
    QVERIFY(none.message().isEmpty());
    QVERIFY(!SignInError::fromDdpError(DdpError()).isError());
}

QTEST_GUILESS_MAIN(TestSignInError)
#include "tst_signinerror.moc"
