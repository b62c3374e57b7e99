#include "sso/loginservice.h"

#include "sso/ssoattempt.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

// Built-in OAuth providers of Rocket.Chat (Meteor's packages and RC's own), with the authorize
// endpoint their client code uses when the document does not name one.
struct KnownProvider
{
    const char *service;
    const char *label; // brand names are not translated
    const char *serverUrl; // "" when each installation has its own (Nextcloud)
    const char *authorizePath;
    const char *scope;
    const char *clientIdField;
    const char *extraQuery; // appended as is
};

const KnownProvider kKnownProviders[] = {
    { "google", "Google", "https://accounts.google.com", "/o/oauth2/auth", "email profile",
      "clientId", "" },
    { "github", "GitHub", "https://github.com", "/login/oauth/authorize", "user:email", "clientId",
      "" },
    { "github_enterprise", "GitHub Enterprise", "", "/login/oauth/authorize", "user:email",
      "clientId", "" },
    { "gitlab", "GitLab", "https://gitlab.com", "/oauth/authorize", "read_user", "clientId", "" },
    { "apple", "Apple", "https://appleid.apple.com", "/auth/authorize", "name email", "clientId",
      "response_mode=form_post" },
    { "facebook", "Facebook", "https://www.facebook.com", "/v17.0/dialog/oauth", "email", "appId",
      "" },
    { "linkedin", "LinkedIn", "https://www.linkedin.com", "/oauth/v2/authorization",
      "openid profile email", "clientId", "" },
    { "wordpress", "WordPress", "https://public-api.wordpress.com", "/oauth2/authorize", "auth",
      "clientId", "" },
    { "meteor-developer", "Meteor", "https://www.meteor.com", "/oauth2/authorize", "", "clientId",
      "" },
    { "nextcloud", "Nextcloud", "", "/index.php/apps/oauth2/authorize", "", "clientId", "" },
    { "dolphin", "Dolphin", "", "/m/oauth2/auth", "basic", "clientId", "" },
    { "drupal", "Drupal", "", "/oauth2/authorize", "openid email profile offline_access",
      "clientId", "" },
    { "twitter", "X (Twitter)", "", "", "", "consumerKey", "" },
};

const KnownProvider *knownProvider(const QString &service)
{
    for (const KnownProvider &provider : kKnownProviders)
        if (service == QLatin1String(provider.service))
            return &provider;
    return nullptr;
}

QString text(const QJsonObject &document, const char *key)
{
    return document.value(QLatin1String(key)).toString().trimmed();
}

// #rgb or #rrggbb only: anything else in a style sheet could be more than a colour.
QString colour(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return pattern.match(value).hasMatch() ? value.toLower() : QString();
}

QString capitalised(const QString &name)
{
    QString label = name;
    label.replace(u'-', u' ').replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QUrl absoluteUrl(const QString &serverUrl, const QString &path)
{
    // As RC's CustomOAuth: an absolute authorizePath wins, else serverURL + authorizePath.
    if (path.startsWith(QLatin1String("https://")) || path.startsWith(QLatin1String("http://")))
        return QUrl(path, QUrl::StrictMode);
    if (serverUrl.isEmpty())
        return {};
    QString base = serverUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + (path.startsWith(u'/') ? path : u'/' + path), QUrl::StrictMode);
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Appends name=value pairs to a URL's query, every value percent-encoded (also '+', which a
// server would read as a space).
QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items, const QString &extra = {})
{
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        if (!query.isEmpty())
            query += u'&';
        query += name + u'=' + encoded(value);
    }
    if (!extra.isEmpty())
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + extra;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace

LoginService LoginService::fromDocument(const QString &id, const QJsonObject &document)
{
    LoginService service;
    service.m_id = id;
    service.m_document = document;
    service.m_name = text(document, "service").toLower();
    service.m_buttonColor = colour(text(document, "buttonColor"));
    service.m_labelColor = colour(text(document, "buttonLabelColor"));
    const QString buttonLabel = text(document, "buttonLabelText");
    if (service.m_name.isEmpty())
        return service;

    if (service.m_name == u"saml") {
        service.m_method = Method::Saml;
        service.m_label = buttonLabel.isEmpty() ? tr("SAML single sign-on") : buttonLabel;
        service.m_samlProvider = document.value(QLatin1String("clientConfig"))
                                     .toObject()
                                     .value(QLatin1String("provider"))
                                     .toString();
        if (service.m_samlProvider.isEmpty())
            service.m_samlProvider = text(document, "provider");
        service.m_supported = !service.m_samlProvider.isEmpty();
        return service;
    }
    if (service.m_name == u"cas") {
        service.m_method = Method::Cas;
        service.m_label = buttonLabel.isEmpty() ? tr("CAS single sign-on") : buttonLabel;
        QString loginUrl = text(document, "login_url");
        if (loginUrl.isEmpty())
            loginUrl = text(document, "loginUrl");
        service.m_authorizeUrl = QUrl(loginUrl, QUrl::StrictMode);
        service.m_supported = service.m_authorizeUrl.isValid()
            && (service.m_authorizeUrl.scheme() == u"https"
                || service.m_authorizeUrl.scheme() == u"http");
        return service;
    }
    if (service.m_name == u"ldap" || service.m_name == u"password")
        return service; // not a browser sign-in

    service.m_method = Method::OAuth;
    service.m_custom = document.value(QLatin1String("custom")).toBool();
    const KnownProvider *known = service.m_custom ? nullptr : knownProvider(service.m_name);
    if (!buttonLabel.isEmpty())
        service.m_label = buttonLabel;
    else if (known)
        service.m_label = QLatin1String(known->label);
    else
        service.m_label = capitalised(service.m_name);

    service.m_clientId = text(document, known ? known->clientIdField : "clientId");
    if (service.m_clientId.isEmpty())
        service.m_clientId = text(document, "clientId");
    if (service.m_name == u"twitter") {
        // OAuth 1: the server fetches the request token and sends the browser on.
        service.m_supported = true;
        return service;
    }
    QString serverUrl = text(document, "serverURL");
    if (serverUrl.isEmpty() && known)
        serverUrl = QLatin1String(known->serverUrl);
    QString authorizePath = text(document, "authorizePath");
    if (authorizePath.isEmpty())
        authorizePath
            = known ? QLatin1String(known->authorizePath) : QStringLiteral("/oauth/authorize");
    service.m_scope = document.contains(QLatin1String("scope"))
        ? text(document, "scope")
        : (known ? QLatin1String(known->scope) : QStringLiteral("openid"));
    service.m_authorizeUrl = absoluteUrl(serverUrl, authorizePath);
    service.m_supported = !service.m_clientId.isEmpty() && service.m_authorizeUrl.isValid()
        && (service.m_authorizeUrl.scheme() == u"https"
            || service.m_authorizeUrl.scheme() == u"http")
        && !service.m_authorizeUrl.host().isEmpty();
    return service;
}

QString LoginService::accessibleName() const
{
    //: %1 is the name of an identity provider or a button's own text, e.g. "GitHub".
    return tr("Sign in with %1").arg(m_label);
}

QUrl LoginService::startUrl(const ServerAddress &server, const SsoAttempt &attempt) const
{
    if (!m_supported || !server.isValid() || !attempt.isValid())
        return {};
    const QString token = attempt.credentialToken();
    switch (m_method) {
    case Method::Saml:
        return withQuery(
            server.apiUrl(
                QStringLiteral("/_saml/authorize/%1/%2").arg(encoded(m_samlProvider), token)),
            { { QStringLiteral("loginClient"), QStringLiteral("desktop") } });
    case Method::Cas:
        return withQuery(
            m_authorizeUrl,
            { { QStringLiteral("service"),
                server.apiUrl(QStringLiteral("/_cas/") + token).toString(QUrl::FullyEncoded) } });
    case Method::OAuth:
        break;
    }
    const QString state = QString::fromLatin1(attempt.oauthState());
    if (m_name == u"twitter") {
        return withQuery(server.apiUrl(QStringLiteral("/_oauth/twitter/")),
                         { { QStringLiteral("requestTokenAndRedirect"), QStringLiteral("true") },
                           { QStringLiteral("state"), state } });
    }
    const QString redirectUri
        = server.apiUrl(QStringLiteral("/_oauth/") + m_name).toString(QUrl::FullyEncoded);
    QList<std::pair<QString, QString>> items = {
        { QStringLiteral("client_id"), m_clientId },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("state"), state },
    };
    if (!m_scope.isEmpty())
        items.append({ QStringLiteral("scope"), m_scope });
    const KnownProvider *known = m_custom ? nullptr : knownProvider(m_name);
    return withQuery(m_authorizeUrl, items,
                     known ? QString::fromLatin1(known->extraQuery) : QString());
}
