#pragma once

#include "ddp/ddperror.h"
#include "storage/keychainerror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Why a sign-in (or the server check before it) did not succeed, as one typed value. This is the
// one place where server error codes and reasons become a kind and a translated message that says
// what to do next (the command line picks its exit code by the kind). The UI and the command line
// never parse strings.
class SignInError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(SignInError)
public:
    enum class Kind {
        None,
        // The server check
        InvalidAddress, // the typed address is not usable (ServerAddress error)
        ServerUnreachable, // DNS failure, refused, network down, no answer
        NotRocketChat, // something answered, but not a Rocket.Chat server
        TlsUntrusted, // the certificate could not be verified (certificate() says why)
        CertificateChanged, // not the certificate trusted for this server before: interception?
        ServerTooOld, // /api/info version below the minimum we support
        ServerMoved, // the server redirected to another origin (detail: it); type it to go there
        ProtocolVersion, // DDP `failed`: no common protocol version
        // Credentials and account
        WrongCredentials, // 401/403 "User not found", "Incorrect password", "Something went wrong…"
        AccountDeactivated, // error-user-is-not-activated
        AppUserNotAllowed, // error-app-user-is-not-allowed-to-login
        NoRoles, // error-user-has-no-roles
        EmailNotVerified, // error-invalid-email
        // Two-factor
        TwoFactorRequired, // totp-required where no code can be asked for (command line)
        TwoFactorInvalid, // totp-invalid
        TwoFactorMaxAttempts, // totp-max-attempts
        // Throttling
        RateLimited, // too-many-requests; retryAfterMs() from details.timeToReset
        BlockedForUser, // error-login-blocked-for-user
        BlockedForIp, // error-login-blocked-for-ip
        // Transport during sign-in
        Timeout, // no answer in time
        ConnectionLost, // the socket dropped before the answer
        // Stored sessions
        SessionExpired, // the stored token's tokenExpires has passed: sign in again
        SessionRejected, // the server no longer accepts the stored token (signed out elsewhere…)
        // Other
        Cancelled, // the person cancelled
        KeychainUnavailable, // reserved for the token store
        ServerError, // anything else the server said: message() shows its reason
        // Single sign-on in the browser (detail(): the service, the provider's error, a server)
        SsoInvalidLink, // a rocketchat:// link that cannot be used (detail: DeepLink::problem())
        SsoLinkNotStarted, // a sign-in link this app did not start (login CSRF): refused
        SsoLinkOtherServer, // the link names another server than the sign-in (detail: it)
        SsoExpired, // the browser took too long, or the attempt was cancelled meanwhile
        SsoDenied, // the identity provider refused (detail: its error, e.g. access_denied)
        SsoRejected, // the server did not accept the browser's credentials
    };
    Q_ENUM(Kind)

    SignInError() = default;
    explicit SignInError(Kind kind, const QString &detail = {});

    // Maps a server or transport error of the `login` method (or the handshake).
    static SignInError fromDdpError(const DdpError &error);
    // Maps the answer to a `login` with a stored token ({resume}): what fromDdpError() calls
    // wrong credentials (401; 403 "You've been logged out by the server…", "Your session has
    // expired…") is SessionRejected here, with the server's reason as detail(); everything else
    // as fromDdpError().
    static SignInError fromResumeError(const DdpError &error);
    // KeychainUnavailable, with the keychain's own message (what happened, what it means, what
    // to do) as message().
    static SignInError fromKeychainError(const KeychainError &error);
    // TlsUntrusted, or CertificateChanged when another certificate was trusted for the server.
    static SignInError fromUntrustedCertificate(const UntrustedCertificate &certificate);
    // RateLimited, the server accepting another attempt after retryAfterMs (0: unknown; clamped
    // to MaximumRetryAfterMs).
    static SignInError rateLimited(qint64 retryAfterMs);
    // ServerMoved: the server redirected to `origin` (scheme, host and port only, shown as plain
    // text).
    static SignInError serverMoved(const QUrl &target);

    // The longest wait a server's answer is taken to ask for: a day. A longer one (or a number
    // too large for any clock) is read as a day.
    static constexpr qint64 MaximumRetryAfterMs = qint64(24) * 60 * 60 * 1000;
    // The wait a rate-limit answer names, in ms within [0, MaximumRetryAfterMs]: `timeToReset`
    // (ms) when it is a number, else "wait N seconds" in `reason`, else 0.
    static qint64 retryAfterMsFrom(const QJsonValue &timeToReset, const QString &reason);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // For RateLimited: how long until the server accepts another attempt (ms), else 0.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // The underlying DDP error, when there was one.
    DdpError ddpError() const { return m_ddpError; }
    // The underlying keychain error, for KeychainUnavailable made by fromKeychainError().
    KeychainError keychainError() const { return m_keychainError; }
    // For TlsUntrusted and CertificateChanged: the certificate refused, when one was presented.
    UntrustedCertificate certificate() const { return m_certificate; }
    // Extra context quoted in the message (server reason, version, certificate problem…).
    QString detail() const { return m_detail; }

    // A translated, human message that says what happened and what to do next. For RateLimited
    // it names the wait as given at construction; the UI shows the live countdown itself.
    QString message() const;
    // True when trying the same thing again later may work (network, time-out, rate limit).
    bool isTransient() const;

    // The kinds in the groups that decide what comes next (the command line's exit codes, what
    // happens to a stored session).
    enum class Group {
        None,
        Refused, // credentials, account or session refused: sign in (again)
        TwoFactor, // a two-factor code needed or wrong
        ServerUnavailable, // the server could not be reached or used: try later
        Throttled, // rate-limited or blocked for a while
        Keychain, // the token store failed
        Other,
    };
    Q_ENUM(Group)
    Group group() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    qint64 m_retryAfterMs = 0;
    DdpError m_ddpError;
    KeychainError m_keychainError;
    UntrustedCertificate m_certificate;
};

Q_DECLARE_METATYPE(SignInError)
