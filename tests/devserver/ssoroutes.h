#pragma once

#include <QHttpServerResponse>
#include <QString>

class QHttpServerRequest;
class SingleSignOn;
class UserDirectory;
struct DevServerOptions;

// The HTTP side of single sign-on, each route a function from the request to the answer (the
// dev server adds its delay and registers them; see README.md for the list):
//   the identity provider: /idp/authorize, /idp/cas/login;
//   Meteor's OAuth handler /_oauth/<service> with Rocket.Chat's rocketchat://auth override;
//   Rocket.Chat's /_saml/authorize/<provider>/<token>, /_cas/<token>, the modern flow
//   /oauth/<service>[/callback], /home's hand-off, and GET /api/v1/settings.oauth.
class SsoRoutes
{
public:
    SsoRoutes(DevServerOptions &options, UserDirectory &users, SingleSignOn &sso);

    QHttpServerResponse identityProviderAuthorize(const QHttpServerRequest &request);
    QHttpServerResponse oauthEnd(const QString &service, const QHttpServerRequest &request);
    QHttpServerResponse samlAuthorize(const QString &provider, const QString &credentialToken,
                                      const QHttpServerRequest &request);
    QHttpServerResponse casLogin(const QHttpServerRequest &request);
    QHttpServerResponse casValidate(const QString &credentialToken,
                                    const QHttpServerRequest &request);
    QHttpServerResponse modernStart(const QString &service, const QHttpServerRequest &request);
    QHttpServerResponse modernCallback(const QString &service, const QHttpServerRequest &request);
    QHttpServerResponse home(const QHttpServerRequest &request);
    QHttpServerResponse settingsOAuth() const;
    static QHttpServerResponse script(const QString &name);

private:
    struct EndOfLogin;
    QHttpServerResponse renderEndOfLogin(const EndOfLogin &details) const;
    // The hand-off to the app: a page whose script opens the link, or with ssoPlainRedirect a
    // 302 straight to it.
    QHttpServerResponse handOff(const QString &link) const;
    QString origin() const;

    DevServerOptions &m_options;
    UserDirectory &m_users;
    SingleSignOn &m_sso;
};
