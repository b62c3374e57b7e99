#include "rocketchat/signinerror.h"

#include "rocketchat/serverversion.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// What Meteor and Rocket.Chat answer for credentials they do not accept (app/rocketchat/README.md
// §4, §6). Rocket.Chat 7 sends 401 "User not found" for all of them (its newest sources say
// "Incorrect login or password"); 6.x sent 403 with these reasons; Meteor ≥ 3.0.3 on its own
// says "Something went wrong…".
bool isCredentialsReason(const QString &reason)
{
    static const QStringList reasons {
        QStringLiteral("User not found"),
        QStringLiteral("Incorrect password"),
        QStringLiteral("Incorrect login or password"),
        QStringLiteral("Something went wrong. Please check your credentials."),
        QStringLiteral("User has no password set"),
        QStringLiteral("You've been logged out by the server. Please log in again."),
        QStringLiteral("Your session has expired. Please log in again."),
    };
    return reasons.contains(reason);
}

// Reasons that say nothing of a session: Rocket.Chat 7 answers "User not found" to a resume
// token it no longer accepts. A rejected session is explained in our words, without quoting them.
bool isGenericReason(const QString &reason)
{
    static const QStringList reasons {
        QStringLiteral("User not found"),
        QStringLiteral("Incorrect login or password"),
        QStringLiteral("Something went wrong. Please check your credentials."),
    };
    return reasons.contains(reason);
}

// Error codes that are not numbers, each with its own kind.
SignInError::Kind kindOfCode(const QString &code)
{
    using Kind = SignInError::Kind;
    static const QHash<QString, Kind> kinds {
        { QStringLiteral("user-not-found"), Kind::WrongCredentials },
        { QStringLiteral("error-user-is-not-activated"), Kind::AccountDeactivated },
        { QStringLiteral("error-app-user-is-not-allowed-to-login"), Kind::AppUserNotAllowed },
        { QStringLiteral("error-user-has-no-roles"), Kind::NoRoles },
        { QStringLiteral("error-invalid-email"), Kind::EmailNotVerified },
        { QStringLiteral("totp-required"), Kind::TwoFactorRequired },
        { QStringLiteral("totp-invalid"), Kind::TwoFactorInvalid },
        { QStringLiteral("totp-max-attempts"), Kind::TwoFactorMaxAttempts },
        { QStringLiteral("too-many-requests"), Kind::RateLimited },
        { QStringLiteral("error-login-blocked-for-user"), Kind::BlockedForUser },
        { QStringLiteral("error-login-blocked-for-ip"), Kind::BlockedForIp },
    };
    return kinds.value(code, Kind::ServerError);
}

} // namespace

SignInError::SignInError(Kind kind, const QString &detail) : m_kind(kind), m_detail(detail)
{ }

SignInError SignInError::fromDdpError(const DdpError &error)
{
    SignInError out;
    out.m_ddpError = error;
    switch (error.kind()) {
    case DdpError::Kind::None:
        return out;
    case DdpError::Kind::ServerError:
        break;
    case DdpError::Kind::Timeout:
        out.m_kind = Kind::Timeout;
        return out;
    case DdpError::Kind::ConnectionLost:
    case DdpError::Kind::ServerSilent:
    case DdpError::Kind::FrameTooLarge:
    case DdpError::Kind::NotConnected:
        out.m_kind = Kind::ConnectionLost;
        out.m_detail = error.detail();
        return out;
    case DdpError::Kind::Cancelled:
        out.m_kind = Kind::Cancelled;
        return out;
    case DdpError::Kind::VersionMismatch:
        out.m_kind = Kind::ProtocolVersion;
        out.m_detail = error.detail();
        return out;
    case DdpError::Kind::NetworkError:
        out.m_kind = Kind::ServerUnreachable;
        out.m_detail = error.detail();
        return out;
    case DdpError::Kind::TlsError:
        if (!error.certificate().isNull()) {
            out = fromUntrustedCertificate(error.certificate());
            out.m_ddpError = error;
            return out;
        }
        out.m_kind = Kind::TlsUntrusted;
        out.m_detail = error.detail();
        return out;
    }

    // A Meteor.Error from the server.
    const QString code = error.code();
    const QString reason = error.reason();
    if (error.isNumericCode()) {
        const int number = error.numericCode();
        // 401 is Rocket.Chat 7's answer to every rejected credential; 403 only with the reasons
        // known to mean that (403 "Login forbidden" and others are shown as they are).
        if (number == 401 || (number == 403 && isCredentialsReason(reason)))
            out.m_kind = Kind::WrongCredentials;
        else
            out.m_kind = Kind::ServerError;
    } else {
        out.m_kind = kindOfCode(code);
    }
    if (out.m_kind == Kind::RateLimited)
        out.m_retryAfterMs = retryAfterMsFrom(
            error.details().toObject().value(QLatin1String("timeToReset")), reason);
    if (out.m_kind == Kind::ServerError)
        out.m_detail = reason.isEmpty() ? code : reason;
    return out;
}

SignInError SignInError::rateLimited(qint64 retryAfterMs)
{
    SignInError out(Kind::RateLimited);
    out.m_retryAfterMs = qBound<qint64>(0, retryAfterMs, MaximumRetryAfterMs);
    return out;
}

qint64 SignInError::retryAfterMsFrom(const QJsonValue &timeToReset, const QString &reason)
{
    // The server's numbers are never converted unchecked: a double beyond qint64 (1e300), or a
    // number of seconds whose milliseconds overflow, would be undefined behaviour.
    if (timeToReset.isDouble()) {
        const double ms = timeToReset.toDouble();
        if (!(ms > 0)) // also NaN
            return 0;
        return ms >= double(MaximumRetryAfterMs) ? MaximumRetryAfterMs : qint64(ms);
    }
    // "… You must wait 7 seconds before trying again." when details.timeToReset is missing.
    static const QRegularExpression wait(QStringLiteral("wait (\\d+) seconds?"));
    const QRegularExpressionMatch match = wait.match(reason);
    if (!match.hasMatch())
        return 0;
    bool ok = false;
    const qint64 seconds = match.captured(1).toLongLong(&ok);
    if (!ok || seconds >= MaximumRetryAfterMs / 1000)
        return MaximumRetryAfterMs; // more digits than a qint64 holds is a very long wait too
    return seconds * 1000;
}

SignInError SignInError::serverMoved(const QUrl &target)
{
    // Only where it moved to: no path, query, fragment or user info.
    const QUrl origin = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                        | QUrl::RemoveFragment);
    return SignInError(Kind::ServerMoved, origin.toString(QUrl::FullyEncoded));
}

SignInError SignInError::fromResumeError(const DdpError &error)
{
    SignInError out = fromDdpError(error);
    // A resume request holds nothing but the token, so "wrong credentials" can only mean the
    // token: revoked, signed out elsewhere, expired on the server, or its user removed.
    if (out.m_kind == Kind::WrongCredentials) {
        out.m_kind = Kind::SessionRejected;
        out.m_detail = error.reason();
    }
    return out;
}

SignInError SignInError::fromKeychainError(const KeychainError &error)
{
    SignInError out(Kind::KeychainUnavailable);
    out.m_keychainError = error;
    return out;
}

SignInError SignInError::fromUntrustedCertificate(const UntrustedCertificate &certificate)
{
    SignInError out(certificate.isChanged() ? Kind::CertificateChanged : Kind::TlsUntrusted,
                    certificate.problemText());
    out.m_certificate = certificate;
    return out;
}

QString SignInError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidAddress:
        if (!m_detail.isEmpty())
            return m_detail; // ServerAddress::errorMessage(), already translated
        return tr("Enter the address of your Rocket.Chat server, for example "
                  "chat.example.com.");
    case Kind::ServerUnreachable:
        if (!m_detail.isEmpty())
            return tr("Could not reach the server (%1). Check the address and your network "
                      "connection, then try again.")
                .arg(m_detail);
        return tr("Could not reach the server. Check the address and your network connection, "
                  "then try again.");
    case Kind::NotRocketChat:
        return tr("The server answered, but it is not a Rocket.Chat server. Check the address: "
                  "it is the one you open in a browser to use Rocket.Chat.");
    case Kind::CertificateChanged:
        if (!m_certificate.isNull())
            return m_certificate.explanation();
        return tr("WARNING: the server's security certificate has CHANGED since you trusted it, "
                  "so Liftoff did not connect. Someone may be intercepting your connection: "
                  "trust the new certificate only if the server's administrator confirms they "
                  "replaced it.");
    case Kind::TlsUntrusted:
        if (!m_certificate.isNull())
            return m_certificate.explanation();
        if (!m_detail.isEmpty())
            return tr("The server's security certificate is not trusted (%1), so Liftoff did not "
                      "connect. Check the address, or ask the server's administrator to fix "
                      "the certificate.")
                .arg(m_detail);
        return tr("The server's security certificate is not trusted, so Liftoff did not "
                  "connect. Check the address, or ask the server's administrator to fix the "
                  "certificate.");
    case Kind::ServerTooOld:
        return tr("This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or "
                  "newer). Ask the server's administrator to update it.")
            .arg(m_detail.isEmpty() ? tr("(unknown version)") : m_detail, ServerVersion::minimum());
    case Kind::ServerMoved:
        if (!m_detail.isEmpty())
            return tr("The server moved to %1. Liftoff did not follow it there: if that is the "
                      "address you expect, type it as the server address and try again.")
                .arg(m_detail);
        return tr("The server moved to another address. Liftoff did not follow it there: check "
                  "the address with the server's administrator.");
    case Kind::ProtocolVersion:
        return tr("The server speaks a version of the realtime protocol that Liftoff does not "
                  "support (%1). Ask the server's administrator which apps it supports.")
            .arg(m_detail.isEmpty() ? QStringLiteral("?") : m_detail);
    case Kind::WrongCredentials:
        return tr("The username, e-mail address or password is not correct. Check them and try "
                  "again.");
    case Kind::AccountDeactivated:
        return tr("This account is deactivated or still waiting for an administrator's approval. "
                  "Ask the server's administrator to activate it.");
    case Kind::AppUserNotAllowed:
        return tr("This account belongs to an app and cannot be used to sign in. Sign in with a "
                  "personal account.");
    case Kind::NoRoles:
        return tr("This account has no roles on the server, so it may not sign in. Ask the "
                  "server's administrator to give it a role.");
    case Kind::EmailNotVerified:
        return tr("The e-mail address of this account is not verified yet. Open the link in the "
                  "verification e-mail the server sent you, then sign in again.");
    case Kind::TwoFactorRequired:
        return tr("This account needs a two-factor authentication code. Sign in again and enter "
                  "the code from your authenticator app or e-mail.");
    case Kind::TwoFactorInvalid:
        return tr("That code is not correct or has expired. Enter the current code and try "
                  "again.");
    case Kind::TwoFactorMaxAttempts:
        return tr("Too many wrong two-factor codes. Sign in again from the start to get a new "
                  "code.");
    case Kind::RateLimited: {
        // m_retryAfterMs is at most a day (rateLimited(), retryAfterMsFrom()).
        const int seconds
            = int((qBound<qint64>(0, m_retryAfterMs, MaximumRetryAfterMs) + 999) / 1000);
        if (seconds > 0)
            return tr("Too many sign-in attempts. Wait %n second(s), then try again.", nullptr,
                      seconds);
        return tr("Too many sign-in attempts. Wait a moment, then try again.");
    }
    case Kind::BlockedForUser:
        return tr("Sign-in to this account is blocked for a while after too many failed "
                  "attempts. Wait a few minutes and try again, or ask the server's administrator.");
    case Kind::BlockedForIp:
        return tr("Sign-in from your network address is blocked for a while after too many failed "
                  "attempts. Wait a few minutes and try again, or ask the server's administrator.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check your network connection and try "
                  "again.");
    case Kind::ConnectionLost:
        // What the connection says about the loss, where it says more than "lost".
        if (m_ddpError.kind() == DdpError::Kind::ServerSilent)
            return tr("The server stopped answering: it did not reply to a ping in time, so "
                      "Liftoff closed the connection. Check your network connection and try "
                      "again.");
        if (m_ddpError.kind() == DdpError::Kind::FrameTooLarge)
            return tr("The server sent a message larger than Liftoff accepts, so Liftoff closed "
                      "the connection. Try again; if it keeps happening, contact the server's "
                      "administrator.");
        return tr("The connection to the server was lost before it answered. Try again once "
                  "the connection is back.");
    case Kind::SessionExpired:
        return tr("Your saved session has expired, so Liftoff did not use it. Sign in again to "
                  "continue.");
    case Kind::SessionRejected:
        if (!m_detail.isEmpty() && !isGenericReason(m_detail))
            return tr("The server no longer accepts your saved session (\"%1\"): it was signed "
                      "out elsewhere, or it expired. Sign in again to continue.")
                .arg(m_detail);
        return tr("The server no longer accepts your saved session: it was signed out elsewhere, "
                  "or it expired. Sign in again to continue.");
    case Kind::Cancelled:
        return tr("Sign-in cancelled.");
    case Kind::KeychainUnavailable:
        if (m_keychainError.isError())
            return m_keychainError.message();
        if (!m_detail.isEmpty())
            return tr("The system keychain is not available (%1), so Liftoff cannot store your "
                      "sign-in. Unlock or set up the keychain and try again.")
                .arg(m_detail);
        return tr("The system keychain is not available, so Liftoff cannot store your sign-in. "
                  "Unlock or set up the keychain and try again.");
    case Kind::ServerError:
        if (!m_detail.isEmpty())
            return tr("The server refused the sign-in: \"%1\". Try again; if it keeps happening, "
                      "contact the server's administrator.")
                .arg(m_detail);
        return tr("The server refused the sign-in without saying why. Try again; if it keeps "
                  "happening, contact the server's administrator.");
    case Kind::SsoInvalidLink:
        if (!m_detail.isEmpty())
            return tr("Liftoff received a sign-in link it cannot use: %1").arg(m_detail);
        return tr("Liftoff received a sign-in link it cannot use. Start the sign-in again from "
                  "Liftoff.");
    case Kind::SsoLinkNotStarted:
        return tr("Liftoff ignored a sign-in link because it did not start that sign-in (for "
                  "example, someone sent you the link). If you want to sign in, start from "
                  "Liftoff.");
    case Kind::SsoLinkOtherServer:
        return tr("Liftoff ignored a sign-in link because it is for a different server (%1) than "
                  "the one you are signing in to. Check the server address and start again.")
            .arg(m_detail);
    case Kind::SsoExpired:
        return tr("Liftoff is no longer waiting for this sign-in: it was cancelled, or it took "
                  "too long in the browser. Start the sign-in again.");
    case Kind::SsoDenied:
        if (!m_detail.isEmpty())
            return tr("The identity provider did not sign you in (\"%1\"). Start again, and "
                      "allow Liftoff's sign-in in the browser.")
                .arg(m_detail);
        return tr("The identity provider did not sign you in. Start again, and allow Liftoff's "
                  "sign-in in the browser.");
    case Kind::SsoRejected:
        return tr("The server did not accept the sign-in from the browser: it took too long, or "
                  "your account cannot sign in to this server. Start again; if it keeps "
                  "happening, contact the server's administrator.");
    }
    return {};
}

bool SignInError::isTransient() const
{
    switch (m_kind) {
    case Kind::ServerUnreachable:
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::RateLimited:
    case Kind::BlockedForUser:
    case Kind::BlockedForIp:
        return true;
    default:
        return false;
    }
}

SignInError::Group SignInError::group() const
{
    switch (m_kind) {
    case Kind::None:
        return Group::None;
    case Kind::WrongCredentials:
    case Kind::AccountDeactivated:
    case Kind::AppUserNotAllowed:
    case Kind::NoRoles:
    case Kind::EmailNotVerified:
    case Kind::SessionExpired:
    case Kind::SessionRejected:
    case Kind::SsoDenied:
    case Kind::SsoRejected:
    case Kind::SsoExpired:
        return Group::Refused;
    case Kind::TwoFactorRequired:
    case Kind::TwoFactorInvalid:
    case Kind::TwoFactorMaxAttempts:
        return Group::TwoFactor;
    case Kind::ServerUnreachable:
    case Kind::NotRocketChat:
    case Kind::TlsUntrusted:
    case Kind::CertificateChanged:
    case Kind::ServerTooOld:
    case Kind::ServerMoved:
    case Kind::ProtocolVersion:
    case Kind::Timeout:
    case Kind::ConnectionLost:
        return Group::ServerUnavailable;
    case Kind::RateLimited:
    case Kind::BlockedForUser:
    case Kind::BlockedForIp:
        return Group::Throttled;
    case Kind::KeychainUnavailable:
        return Group::Keychain;
    case Kind::InvalidAddress:
    case Kind::Cancelled:
    case Kind::ServerError:
    case Kind::SsoInvalidLink:
    case Kind::SsoLinkNotStarted:
    case Kind::SsoLinkOtherServer:
        return Group::Other;
    }
    return Group::Other;
}
