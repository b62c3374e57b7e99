#pragma once

#include "core/serveraddress.h"
#include "rocketchat/deeplink.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One sign-in this app started in the browser: a fresh credential token, the server, how it
// signs in (OAuth, SAML, CAS) and when it began. Only a link that names this credential token
// and this server is acted on; anything else is refused (which is what stops someone from
// slipping you a link that signs you in to their account: login CSRF).
class SsoAttempt
{
public:
    enum class Method { OAuth, Saml, Cas };

    // How a link relates to the attempts this app started.
    enum class Match {
        Matches,
        UnknownToken, // a credential token this attempt does not have
        OtherServer, // the right credential token, but another server
        Expired, // the right one, but too late
        WrongKind, // the right credential token for another kind of sign-in
    };

    SsoAttempt() = default;
    // A new attempt, started now, with a credential token from the system's CSPRNG.
    SsoAttempt(Method method, const QString &service, const ServerAddress &server);

    // 43 characters of [A-Za-z0-9_-] (258 bits), as Meteor's Random.secret().
    static QString newCredentialToken();

    bool isValid() const { return !m_credentialToken.isEmpty(); }
    Method method() const { return m_method; }
    QString service() const { return m_service; } // "keycloak", "github", "saml", "cas", …
    ServerAddress server() const { return m_server; }
    QString credentialToken() const { return m_credentialToken; }
    QDateTime startedAt() const { return m_startedAt; } // UTC
    bool hasExpired(qint64 lifetimeMs,
                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The OAuth `state`: base64 of
    // {"loginStyle":"redirect","credentialToken":…,"isCordova":false,"redirectUrl":"rocketchat://auth"}
    // (Meteor's _stateParam with the redirect Rocket.Chat turns into the rocketchat:// link).
    QByteArray oauthState() const;

    // Only the link's credential token is compared (in constant time), then the server, the
    // kind and the age.
    Match match(const DeepLink &link, qint64 lifetimeMs,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Whether the credential token is this attempt's, whatever else the link says.
    bool hasCredentialToken(const QString &token) const;

private:
    Method m_method = Method::OAuth;
    QString m_service;
    ServerAddress m_server;
    QString m_credentialToken;
    QDateTime m_startedAt;
};
