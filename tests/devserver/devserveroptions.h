#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

// Everything that changes how the dev server behaves. Tests set these directly; the
// liftoff-devserver binary maps its command-line options onto them.
struct DevServerOptions
{
    // Reported by GET /api/info.
    QString serverVersion = QStringLiteral("7.4.0");
    // DDP versions the server accepts, in order of preference (Meteor: 1, pre2, pre1).
    QStringList ddpVersions
        = { QStringLiteral("1"), QStringLiteral("pre2"), QStringLiteral("pre1") };

    // What the server sends as soon as the socket opens, before any `connect`:
    // nothing | {"server_id":"0"} | {"msg":"server_id","server_id":"0"}.
    enum class Greeting { None, Legacy, Message };
    Greeting greeting = Greeting::None;

    // Fixed delay added before every frame the server sends, and before every HTTP answer
    // (simulates a round trip).
    int frameDelayMs = 0;

    // Server heartbeat (Meteor: 15 s / 15 s). 0 disables the server's own pings.
    int pingIntervalMs = 15000;
    int pingTimeoutMs = 15000;

    // Accounts: login rate limit per connection (Meteor default: 5 calls per 10 s).
    int loginRateLimitCalls = 5;
    int loginRateLimitWindowMs = 10000;
    // Token lifetime (Rocket.Chat default: 90 days).
    qint64 tokenLifetimeMs = qint64(90) * 24 * 60 * 60 * 1000;
    // The `tokenExpires` of a resume with a personal access token (it has no `when`): what Meteor
    // sends, {"$date": null}; or, to test clients, left out, or a string that is no date.
    enum class PersonalTokenExpiry { Null, Missing, NotADate };
    PersonalTokenExpiry personalTokenExpiry = PersonalTokenExpiry::Null;
    // Rocket.Chat ≥ 7 turns every Meteor.Error of a login handler into 401 "User not found"
    // (app/rocketchat/README.md §6). Off: Rocket.Chat 6 on Meteor 2, which kept the handler's 403
    // and its reason ("You've been logged out by the server…", "Your session has expired…") and
    // only turned "Incorrect password" into 403 "User not found".
    bool rewriteLoginErrors = true;
    // Order of the two answers to a method ("either order is legitimate"). An unknown method is
    // always answered result-then-updated, as Meteor does.
    bool updatedBeforeResult = true;

    // Rocket.Chat's Accounts_EmailVerification: a password login needs a verified address
    // (error-invalid-email). Off by default in Rocket.Chat; on here so the case can be reached.
    bool requireVerifiedEmail = true;
    // Accounts_TwoFactorAuthentication_Enabled (Rocket.Chat default: on).
    bool twoFactorEnabled = true;
    // Accounts_TwoFactorAuthentication_By_Email_Code_Expiration (Rocket.Chat: 3600 s).
    qint64 emailCodeLifetimeMs = qint64(3600) * 1000;
    // Accounts_TwoFactorAuthentication_Max_Invalid_Email_Code_Attempts (Rocket.Chat: 5): after
    // this many wrong e-mail codes in a row the answer is totp-max-attempts. 0: no limit.
    int emailCodeMaxAttempts = 5;

    // The public setting LDAP_Enable (Rocket.Chat: off), as GET /api/v1/settings.public reports
    // it. On, an LDAP request binds LDAP users (erin) against the directory; either way every
    // other LDAP request falls back to the password login with the same name and password, as
    // Rocket.Chat's LDAPManager.login does (fallbackToDefaultLogin).
    bool ldapEnabled = false;

    // Blocking after failed logins (Block_Multiple_Failed_Logins_*, app/rocketchat/README.md
    // §8): off by default, as in Rocket.Chat 6 and 7. On, a user name with
    // blockUserAfterFailures (10) failed logins since its last successful one gets
    // error-login-blocked-for-user until blockUserForMs (5 minutes) after its last failed
    // attempt; the same per client address with blockIpAfterFailures (50),
    // error-login-blocked-for-ip and blockIpForMs. Blocked attempts are failures too, so trying
    // on extends the block.
    bool blockFailedLogins = false;
    int blockUserAfterFailures = 10;
    qint64 blockUserForMs = qint64(5) * 60 * 1000;
    int blockIpAfterFailures = 50;
    qint64 blockIpForMs = qint64(5) * 60 * 1000;
    // Documents of `meteor.loginServiceConfiguration` (collection
    // meteor_accounts_loginServiceConfiguration): one object per OAuth/SAML/CAS service, with an
    // `_id` (else one is derived from `service`). A `secret` field is never published. Empty, as
    // on a server without such services.
    QJsonArray loginServiceConfigurations;

    // Single sign-on (OAuth, SAML, CAS and the modern OAuth flow; see README.md). The dev server
    // is its own identity provider (/idp/…), which signs in this user of the fixture without
    // asking.
    QString idpUser = QStringLiteral("alice");
    // The identity provider refuses: OAuth redirects back with error=access_denied, SAML ends in a
    // link with &error=….
    bool idpDeny = false;
    // End pages answer 302 Location: rocketchat://auth?… instead of the HTML page whose script
    // navigates there (for browsers that cannot run JavaScript).
    bool ssoPlainRedirect = false;
    // Unclaimed OAuth, SAML and CAS credentials expire (Meteor purges pending OAuth credentials
    // older than a minute; Rocket.Chat's credential tokens live a minute).
    qint64 pendingCredentialLifetimeMs = 60000;
    // Adds demo service documents, at the server's own root URL, to loginServiceConfigurations:
    // custom OAuth `keycloak` and `gitlab`, SAML provider `demo-idp`, and CAS.
    bool ssoDemoServices = false;

    // Faults.
    int dropAfterFrames = -1; // abort the socket after sending this many frames (-1: never)
    bool ignoreLogin = false; // never answer `login`
    // With ignoreLogin: also hold every later message except ping/pong, as Meteor does behind a
    // method that never returns (login does not unblock). Off: other methods are still answered.
    bool ignoredLoginBlocks = false;
    bool garbageAfterConnected = false; // send a non-JSON text frame right after `connected`
    bool silentAfterConnected = false; // after `connected`, never send anything again (no pings,
                                       // no pongs, no results)
    bool dropOnConnect = false; // abort the socket when `connect` arrives, before `connected`
    bool dropOnLogin = false; // abort the socket when a `login` call arrives, before answering it
    // Abort the socket right after sending the answer (`result` and `updated`) to a `login`.
    bool dropAfterLoginResult = false;
    // Right after `connected` (with garbageAfterConnected: after the garbage), frames a client
    // must survive: a binary frame that is not a DDP message; a text frame (a valid `added` of a
    // document in the collection "filler") of this many bytes (0: none); a text frame nesting
    // arrays this deep (0: none), valid JSON below a parser's nesting limit, not beyond.
    bool binaryAfterConnected = false;
    int oversizedFrameAfterConnectedBytes = 0;
    int nestedFrameAfterConnectedDepth = 0;
};
