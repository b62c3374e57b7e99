#include "ssoroutes.h"

#include "devserverlog.h"
#include "devserveroptions.h"
#include "orderedjson.h"
#include "singlesignon.h"
#include "ssopages.h"
#include "userdirectory.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

// Where this comes from: Meteor's packages/oauth/oauth_server.js and oauth2_server.js (the
// middleware on /_oauth/, the state, the pending credential, the end page), Rocket.Chat's
// apps/meteor/app/google-oauth/server/index.ts (the rocketchat://auth override of the end page),
// app/meteor-accounts-saml/server/lib/SAML.ts, server/lib/cas/middleware.ts,
// app/api/server/v1/settings.ts (settings.oauth), client/lib/buildAuthDeeplinkURL.ts and the
// modern flow (server/lib/oauth/passportOAuthCallback.ts). What the client side relies on is in
// app/rocketchat/README.md §10 to §13.

namespace {

using Query = QList<QPair<QString, QString>>;

// Node's query-string parser (what Meteor's req.query and a urlencoded body become): '+' is a
// space, then percent-decoding; the first of repeated names is taken.
Query parseQuery(const QByteArray &encoded)
{
    Query out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return out;
}

std::optional<QString> value(const Query &query, const QString &name)
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return std::nullopt;
}

Query requestData(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Post)
        return parseQuery(request.body());
    return parseQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
}

// encodeURIComponent.
QString encodeComponent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("!'()*")));
}

// URLSearchParams (application/x-www-form-urlencoded).
QString formEncode(const QString &text)
{
    QString out = QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(" *"), "~"));
    out.replace(u' ', u'+');
    return out;
}

QString formEncode(const QList<QPair<QString, QString>> &params)
{
    QStringList parts;
    for (const auto &param : params)
        parts.append(formEncode(param.first) + u'=' + formEncode(param.second));
    return parts.join(u'&');
}

QString withQuery(const QString &url, const QString &query)
{
    return url + (url.contains(u'?') ? u'&' : u'?') + query;
}

QHttpServerResponse html(const QByteArray &page,
                         QHttpServerResponse::StatusCode status
                         = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html"), page, status);
}

QHttpServerResponse redirect(const QString &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location, location.toUtf8());
    response.setHeaders(std::move(headers));
#else
    response.addHeader(QByteArrayLiteral("Location"), location.toUtf8());
#endif
    qCInfo(lcDevServer).noquote() << "sso: 302 to" << DevServerLog::redactedUrl(location);
    return response;
}

QHttpServerResponse errorPage(const QString &title, const QString &message,
                              QHttpServerResponse::StatusCode status)
{
    qCInfo(lcDevServer).noquote() << "sso:" << int(status) << title << "-" << message;
    return html(SsoPages::errorPage(title, message), status);
}

// Meteor's OAuth._stateFromQuery: base64 of JSON (Node's decoder skips whitespace).
std::optional<QJsonObject> stateFromQuery(const Query &query)
{
    const auto state = value(query, QStringLiteral("state"));
    if (!state)
        return std::nullopt;
    QByteArray base64 = state->toLatin1();
    base64.replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(
            base64, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// OAuth._credentialTokenFromQuery: the state's credentialToken, or the state itself when it is
// not base64 JSON.
QString credentialTokenFromQuery(const Query &query)
{
    if (const auto state = stateFromQuery(query))
        return state->value(u"credentialToken").toString();
    return value(query, QStringLiteral("state")).value_or(QString());
}

// /^[a-zA-Z0-9\-_]+$/ (oauth_server.js isSafe).
bool isSafe(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[a-zA-Z0-9\\-_]+$"));
    return safe.match(value).hasMatch();
}

} // namespace

// OAuth._endOfLoginResponse's details.
struct SsoRoutes::EndOfLogin
{
    QString loginStyle = QStringLiteral("popup");
    std::optional<QJsonObject> state;
    QString error; // empty: none
    QString token;
    QString secret;
    bool hasCredentials = false;
};

SsoRoutes::SsoRoutes(DevServerOptions &options, UserDirectory &users, SingleSignOn &sso)
    : m_options(options), m_users(users), m_sso(sso)
{ }

QString SsoRoutes::origin() const
{
    return m_sso.rootUrl().toString(QUrl::StripTrailingSlash);
}

QHttpServerResponse SsoRoutes::handOff(const QString &link) const
{
    qCInfo(lcDevServer).noquote() << "sso: handing off" << DevServerLog::redactedUrl(link);
    if (m_options.ssoPlainRedirect)
        return redirect(link);
    return html(SsoPages::handOffPage(link));
}

// ---- Identity provider ------------------------------------------------------------------------

QHttpServerResponse SsoRoutes::identityProviderAuthorize(const QHttpServerRequest &request)
{
    // An OAuth 2 authorization endpoint that approves (or refuses) at once. Errors about the
    // client itself are shown here, as providers do: redirecting to an unchecked URI would make
    // it an open redirector.
    const Query query = requestData(request);
    const QString clientId = value(query, QStringLiteral("client_id")).value_or(QString());
    const QString redirectUri = value(query, QStringLiteral("redirect_uri")).value_or(QString());
    const auto state = value(query, QStringLiteral("state"));
    const auto document = m_sso.serviceByClientId(clientId);
    if (!document)
        return errorPage(QStringLiteral("Unknown application"),
                         QStringLiteral("The identity provider knows no application with the "
                                        "client id \"%1\".")
                             .arg(clientId),
                         QHttpServerResponse::StatusCode::BadRequest);
    const QString service = document->value(u"service").toString();
    const QStringList allowed = {
        m_sso.absoluteUrl(QStringLiteral("_oauth/") + service),
        m_sso.absoluteUrl(QStringLiteral("_oauth/") + service) + QStringLiteral("?close"),
        m_sso.absoluteUrl(QStringLiteral("oauth/%1/callback").arg(service)),
    };
    if (!allowed.contains(redirectUri))
        return errorPage(QStringLiteral("Invalid redirect URI"),
                         QStringLiteral("\"%1\" is not a redirect URI registered for the "
                                        "application \"%2\"; expected %3.")
                             .arg(redirectUri, clientId, allowed.first()),
                         QHttpServerResponse::StatusCode::BadRequest);

    QList<QPair<QString, QString>> answer;
    const auto user = m_users.findByUsername(m_options.idpUser);
    if (value(query, QStringLiteral("response_type")) != QStringLiteral("code")) {
        answer.append({ QStringLiteral("error"), QStringLiteral("unsupported_response_type") });
    } else if (m_options.idpDeny || !user) {
        if (!user)
            qCInfo(lcDevServer).noquote()
                << "sso: the identity provider has no user" << m_options.idpUser;
        answer.append({ QStringLiteral("error"), QStringLiteral("access_denied") });
    } else {
        answer.append({ QStringLiteral("code"), m_sso.issueCode(user->id, clientId, redirectUri) });
    }
    if (state)
        answer.append({ QStringLiteral("state"), *state });
    QStringList parts;
    for (const auto &item : answer)
        parts.append(item.first + u'=' + encodeComponent(item.second));
    return redirect(withQuery(redirectUri, parts.join(u'&')));
}

QHttpServerResponse SsoRoutes::casLogin(const QHttpServerRequest &request)
{
    const Query query = requestData(request);
    const QString service = value(query, QStringLiteral("service")).value_or(QString());
    if (!service.startsWith(m_sso.absoluteUrl(QStringLiteral("_cas/"))))
        return errorPage(QStringLiteral("Application not authorized to use CAS"),
                         QStringLiteral("The service \"%1\" is not registered with this CAS "
                                        "server; expected %2<credential token>.")
                             .arg(service, m_sso.absoluteUrl(QStringLiteral("_cas/"))),
                         QHttpServerResponse::StatusCode::BadRequest);
    const auto user = m_users.findByUsername(m_options.idpUser);
    if (m_options.idpDeny || !user)
        return errorPage(QStringLiteral("Access denied"),
                         QStringLiteral("The CAS server refused to sign you in."),
                         QHttpServerResponse::StatusCode::Forbidden);
    const QString ticket = m_sso.issueCasTicket(user->id, service);
    return redirect(withQuery(service, QStringLiteral("ticket=") + encodeComponent(ticket)));
}

// ---- Meteor's OAuth -----------------------------------------------------------------------------

QHttpServerResponse SsoRoutes::oauthEnd(const QString &service, const QHttpServerRequest &request)
{
    EndOfLogin details;
    const auto document = m_sso.service(service);
    if (!document || !SingleSignOn::isOAuthService(*document)) {
        // Thrown before the request is read: no credential stored, a popup-style page.
        details.error = QStringLiteral("Error: Unexpected OAuth service %1").arg(service);
        return renderEndOfLogin(details);
    }

    const Query query = requestData(request);
    details.state = stateFromQuery(query);
    if (details.state) {
        const QJsonValue style = details.state->value(u"loginStyle");
        if (style != QJsonValue(QStringLiteral("popup"))
            && style != QJsonValue(QStringLiteral("redirect")))
            return errorPage(QStringLiteral("Unrecognized login style"),
                             QStringLiteral("The state's loginStyle is neither \"popup\" nor "
                                            "\"redirect\"."),
                             QHttpServerResponse::StatusCode::InternalServerError);
        details.loginStyle = style.toString();
    }

    if (const auto error = value(query, QStringLiteral("error"))) {
        // The provider refused: nothing is stored, the page reports the error.
        details.error = *error;
        return renderEndOfLogin(details);
    }

    // handleOauthRequest: exchange the code at the provider (here: internally).
    const QString clientId = document->value(u"clientId").toString();
    const QString code = value(query, QStringLiteral("code")).value_or(QString());
    const auto userId = m_sso.exchangeCode(code, clientId,
                                           m_sso.absoluteUrl(QStringLiteral("_oauth/") + service));
    const QString token = credentialTokenFromQuery(query);
    if (!userId) {
        // Thrown: stored as the pending credential (when there is a state), then reported.
        const QString thrown
            = QStringLiteral("Failed to complete OAuth handshake with %1 at %2. failed [400] "
                             "{\"error\":\"invalid_grant\"}")
                  .arg(service, document->value(u"tokenPath").toString());
        if (value(query, QStringLiteral("state")))
            m_sso.storeOAuthError(token, thrown);
        details.error = QStringLiteral("Error: ") + thrown;
        return renderEndOfLogin(details);
    }
    const QString secret = SingleSignOn::randomSecret();
    m_sso.storeOAuthCredential(token, secret, service, *userId);
    qCInfo(lcDevServer).noquote() << "sso: OAuth credential stored for" << service;
    if (isSafe(token) && isSafe(secret)) {
        details.token = token;
        details.secret = secret;
        details.hasCredentials = true;
    } else {
        details.error = QStringLiteral("invalid_credential_token_or_secret");
    }
    return renderEndOfLogin(details);
}

QHttpServerResponse SsoRoutes::renderEndOfLogin(const EndOfLogin &input) const
{
    EndOfLogin details = input;
    std::optional<QString> redirectUrl;
    if (details.loginStyle == u"redirect") {
        const QString appHost = m_sso.absoluteUrl();
        const QJsonValue stated
            = details.state ? details.state->value(u"redirectUrl") : QJsonValue();
        const QString wanted = stated.toString();
        if (wanted.startsWith(u"rocketchat://auth")) {
            // Rocket.Chat's override for its apps. Nothing is encoded but the error.
            QString link = QStringLiteral("rocketchat://auth?host=%1&type=oauth").arg(appHost);
            if (!details.error.isEmpty())
                link += QStringLiteral("&error=") + encodeComponent(details.error);
            if (details.hasCredentials)
                link += QStringLiteral("&credentialToken=%1&credentialSecret=%2")
                            .arg(details.token, details.secret);
            redirectUrl = link;
        } else if (!wanted.startsWith(appHost)) {
            details.error
                = QStringLiteral("redirectUrl (%1) is not on the same host as the app (%2)")
                      .arg(wanted, appHost);
            redirectUrl = appHost;
        } else {
            redirectUrl = wanted;
        }
    }
    const bool isCordova = details.state && details.state->value(u"isCordova").toBool();

    OrderedJson config;
    const bool ok = details.error.isEmpty();
    config.insert(QStringLiteral("setCredentialToken"), ok);
    if (ok) {
        config.insert(QStringLiteral("credentialToken"),
                      SsoPages::escapeConfigValue(details.token));
        config.insert(QStringLiteral("credentialSecret"),
                      SsoPages::escapeConfigValue(details.secret));
    } else {
        qCInfo(lcDevServer).noquote() << "sso: OAuth ended with an error:" << details.error;
    }
    config.insert(QStringLiteral("storagePrefix"),
                  SsoPages::escapeConfigValue(QStringLiteral("Meteor.oauth.credentialSecret-")));
    if (redirectUrl && !redirectUrl->isEmpty())
        config.insert(QStringLiteral("redirectUrl"), SsoPages::escapeConfigValue(*redirectUrl));
    config.insert(QStringLiteral("isCordova"), isCordova);

    if (m_options.ssoPlainRedirect && redirectUrl && !redirectUrl->isEmpty())
        return redirect(*redirectUrl);
    return html(SsoPages::endOfLoginPage(details.loginStyle == u"popup", config));
}

// ---- SAML and CAS -------------------------------------------------------------------------------

QHttpServerResponse SsoRoutes::samlAuthorize(const QString &provider,
                                             const QString &credentialToken,
                                             const QHttpServerRequest &request)
{
    const auto document = m_sso.service(QStringLiteral("saml"));
    if (!document
        || document->value(u"clientConfig").toObject().value(u"provider").toString() != provider)
        return errorPage(QStringLiteral("Unexpected SAML service"),
                         QStringLiteral("No SAML provider \"%1\" is configured.").arg(provider),
                         QHttpServerResponse::StatusCode::InternalServerError);

    // Instead of an AuthnRequest to the identity provider and its answer POSTed to
    // /_saml/validate, the identity provider decides at once.
    const Query query = requestData(request);
    const QString loginClient = value(query, QStringLiteral("loginClient")).value_or(QString());
    const bool app = loginClient == u"desktop" || loginClient == u"mobile";
    QList<QPair<QString, QString>> link = {
        { QStringLiteral("type"), QStringLiteral("saml") },
        { QStringLiteral("host"), origin() },
        { QStringLiteral("credentialToken"), credentialToken },
    };
    const auto user = m_users.findByUsername(m_options.idpUser);
    if (m_options.idpDeny || !user) {
        qCInfo(lcDevServer) << "sso: the SAML identity provider refused";
        if (!app)
            return redirect(m_sso.absoluteUrl()); // Rocket.Chat's answer to a failed response
        link.append({ QStringLiteral("error"), QStringLiteral("access_denied") });
        return handOff(QStringLiteral("rocketchat://auth?") + formEncode(link));
    }
    m_sso.storeSamlCredential(credentialToken, user->id);
    qCInfo(lcDevServer) << "sso: SAML credential stored";
    if (!app)
        return redirect(m_sso.absoluteUrl(QStringLiteral("home?saml_idp_credentialToken=")
                                          + encodeComponent(credentialToken)));
    return handOff(QStringLiteral("rocketchat://auth?") + formEncode(link));
}

QHttpServerResponse SsoRoutes::casValidate(const QString &credentialToken,
                                           const QHttpServerRequest &request)
{
    // Rocket.Chat validates the ticket for exactly this service URL and answers with a page that
    // closes itself, whatever the outcome.
    const Query query = requestData(request);
    const QString ticket = value(query, QStringLiteral("ticket")).value_or(QString());
    const QString service = m_sso.absoluteUrl(QStringLiteral("_cas/")) + credentialToken;
    if (const auto userId = m_sso.validateCasTicket(ticket, service)) {
        m_sso.storeCasCredential(credentialToken, *userId);
        qCInfo(lcDevServer) << "sso: CAS ticket valid, credential stored";
    } else {
        qCInfo(lcDevServer) << "sso: Unable to validate ticket";
    }
    return html(SsoPages::casClosePage());
}

// ---- The modern flow ----------------------------------------------------------------------------

QHttpServerResponse SsoRoutes::modernStart(const QString &service,
                                           const QHttpServerRequest &request)
{
    const auto document = m_sso.service(service);
    if (!document || !SingleSignOn::isOAuthService(*document)
        || document->value(u"serverURL").toString().isEmpty())
        return errorPage(
            QStringLiteral("Not Found"),
            QStringLiteral("No OAuth service \"%1\" uses the server-side flow.").arg(service),
            QHttpServerResponse::StatusCode::NotFound);
    const Query query = requestData(request);
    const QString loginClient = value(query, QStringLiteral("loginClient")).value_or(QString());
    const QString state = m_sso.startModernFlow(service, loginClient);
    const QString path = document->value(u"authorizePath").toString();
    const QString authorize = path.startsWith(u"http://") || path.startsWith(u"https://")
        ? path
        : document->value(u"serverURL").toString() + path;
    const QString redirectUri = m_sso.absoluteUrl(QStringLiteral("oauth/%1/callback").arg(service));
    const QString params
        = QStringLiteral("client_id=%1&redirect_uri=%2&response_type=code&scope=%3&state=%4")
              .arg(encodeComponent(document->value(u"clientId").toString()),
                   encodeComponent(redirectUri),
                   encodeComponent(document->value(u"scope").toString()), encodeComponent(state));
    return redirect(withQuery(authorize, params));
}

QHttpServerResponse SsoRoutes::modernCallback(const QString &service,
                                              const QHttpServerRequest &request)
{
    const Query query = requestData(request);
    const auto flow
        = m_sso.takeModernFlow(value(query, QStringLiteral("state")).value_or(QString()));
    const auto document = m_sso.service(service);
    if (!flow || flow->service != service || !document)
        return errorPage(QStringLiteral("Sign-in failed"),
                         QStringLiteral("Unable to verify authorization request state."),
                         QHttpServerResponse::StatusCode::BadRequest);
    QList<QPair<QString, QString>> home;
    if (const auto error = value(query, QStringLiteral("error"))) {
        home.append({ QStringLiteral("error"), *error });
    } else {
        const auto userId = m_sso.exchangeCode(
            value(query, QStringLiteral("code")).value_or(QString()),
            document->value(u"clientId").toString(),
            m_sso.absoluteUrl(QStringLiteral("oauth/%1/callback").arg(service)));
        if (!userId)
            return errorPage(QStringLiteral("Sign-in failed"),
                             QStringLiteral("Failed to obtain access token."),
                             QHttpServerResponse::StatusCode::BadRequest);
        const UserDirectory::IssuedToken issued = m_users.issueToken(*userId);
        qCInfo(lcDevServer) << "sso: modern flow issued a login token";
        home.append({ QStringLiteral("resumeToken"), issued.token });
        home.append({ QStringLiteral("userId"), *userId });
    }
    if (!flow->loginClient.isEmpty())
        home.append({ QStringLiteral("loginClient"), flow->loginClient });
    return redirect(m_sso.absoluteUrl(QStringLiteral("home?") + formEncode(home)));
}

QHttpServerResponse SsoRoutes::home(const QHttpServerRequest &request)
{
    // What the web app does with these parameters on /home (useLoginOtherClients): hand the
    // session to the app, raw values in the link.
    const Query query = requestData(request);
    const QString loginClient = value(query, QStringLiteral("loginClient")).value_or(QString());
    const auto token = value(query, QStringLiteral("resumeToken"));
    const auto userId = value(query, QStringLiteral("userId"));
    if (const auto error = value(query, QStringLiteral("error")))
        return errorPage(
            QStringLiteral("Sign-in failed"),
            QStringLiteral("The identity provider refused the sign-in (%1).").arg(*error),
            QHttpServerResponse::StatusCode::Ok);
    if ((loginClient == u"desktop" || loginClient == u"mobile") && token && userId)
        return handOff(QStringLiteral("rocketchat://auth?host=%1&token=%2&userId=%3")
                           .arg(origin(), *token, *userId));
    return html(SsoPages::homePage());
}

// ---- REST -------------------------------------------------------------------------------------

QHttpServerResponse SsoRoutes::settingsOAuth() const
{
    // Every document without `secret`; custom OAuth, SAML, CAS and WordPress whole, the built-in
    // ones reduced to a button.
    QList<OrderedJson> services;
    for (const QJsonValue &value : m_sso.serviceDocuments()) {
        QJsonObject document = value.toObject();
        document.remove(QStringLiteral("secret"));
        const QString name = document.value(u"service").toString();
        QString id = document.take(QStringLiteral("_id")).toString();
        if (id.isEmpty())
            id = name;
        OrderedJson entry;
        entry.insert(QStringLiteral("_id"), id);
        if (document.value(u"custom").toBool() || name == u"saml" || name == u"cas"
            || name == u"wordpress") {
            for (auto it = document.constBegin(); it != document.constEnd(); ++it)
                entry.insert(it.key(), it.value());
        } else {
            // service.appId || service.clientId || service.consumerKey
            QJsonValue clientId = document.value(u"appId");
            if (clientId.toString().isEmpty())
                clientId = document.value(u"clientId");
            if (clientId.toString().isEmpty())
                clientId = document.value(u"consumerKey");
            entry.insert(QStringLiteral("name"), name);
            if (!clientId.isUndefined())
                entry.insert(QStringLiteral("clientId"), clientId);
            entry.insert(QStringLiteral("buttonLabelText"),
                         document.value(u"buttonLabelText").toString());
            entry.insert(QStringLiteral("buttonColor"), document.value(u"buttonColor").toString());
            entry.insert(QStringLiteral("buttonLabelColor"),
                         document.value(u"buttonLabelColor").toString());
            entry.insert(QStringLiteral("custom"), false);
        }
        services.append(entry);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               OrderedJson()
                                   .insert(QStringLiteral("services"), services)
                                   .insert(QStringLiteral("success"), true)
                                   .toJson());
}

QHttpServerResponse SsoRoutes::script(const QString &name)
{
    const QByteArray body = name == u"end_of_popup_response.js" ? SsoPages::endOfPopupScript()
                                                                : SsoPages::endOfRedirectScript();
    return QHttpServerResponse(QByteArrayLiteral("application/javascript; charset=UTF-8"), body);
}
