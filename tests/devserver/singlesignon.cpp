#include "singlesignon.h"

#include "devserveroptions.h"
#include "userdirectory.h"

#include <QRandomGenerator>

// Where this comes from: Meteor's packages/oauth (pending_credentials.js, oauth_server.js),
// Rocket.Chat's apps/meteor/app/2fa/server/loginHandler.ts (the replayable OAuth credential),
// server/lib/oauth/updateOAuthServices.ts and addOAuthService.ts (custom OAuth documents),
// app/meteor-accounts-saml/server/lib/settings.ts (the SAML document) and
// server/lib/cas/updateCasService.ts (the CAS document).

namespace {

// Rocket.Chat's override moves a retrieved credential's time this far ahead.
constexpr qint64 kReplayMs = 2 * 60 * 1000;

QString randomString(int length)
{
    static const QLatin1String alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    QString out;
    out.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet.at(random->bounded(int(alphabet.size())))));
    return out;
}

} // namespace

SingleSignOn::SingleSignOn(DevServerOptions &options) : m_options(options)
{
    for (QString &id : m_demoIds)
        id = UserDirectory::randomId();
}

QString SingleSignOn::absoluteUrl(const QString &path) const
{
    return m_root.toString(QUrl::StripTrailingSlash) + u'/' + path;
}

QString SingleSignOn::randomSecret()
{
    return randomString(43);
}

QJsonArray SingleSignOn::serviceDocuments() const
{
    QJsonArray documents = m_options.loginServiceConfigurations;
    if (m_options.ssoDemoServices) {
        for (const QJsonValue &demo : demoServices())
            documents.append(demo);
    }
    return documents;
}

std::optional<QJsonObject> SingleSignOn::service(const QString &name) const
{
    for (const QJsonValue &value : serviceDocuments()) {
        const QJsonObject document = value.toObject();
        if (document.value(u"service").toString() == name)
            return document;
    }
    return std::nullopt;
}

std::optional<QJsonObject> SingleSignOn::serviceByClientId(const QString &clientId) const
{
    if (clientId.isEmpty())
        return std::nullopt;
    for (const QJsonValue &value : serviceDocuments()) {
        const QJsonObject document = value.toObject();
        if (isOAuthService(document) && document.value(u"clientId").toString() == clientId)
            return document;
    }
    return std::nullopt;
}

bool SingleSignOn::isOAuthService(const QJsonObject &document)
{
    const QString name = document.value(u"service").toString();
    return !name.isEmpty() && name != u"saml" && name != u"cas"
        && !document.value(u"clientId").toString().isEmpty();
}

QJsonArray SingleSignOn::demoServices() const
{
    const QString root = m_root.toString(QUrl::StripTrailingSlash);
    // Custom OAuth, as updateOAuthServices writes it from the Accounts_OAuth_Custom-* settings
    // (defaults from addOAuthService.ts where the demo has no reason to differ).
    auto customOAuth = [&root](const QString &id, const QString &service) {
        return QJsonObject {
            { QStringLiteral("_id"), id },
            { QStringLiteral("service"), service },
            { QStringLiteral("secret"), QStringLiteral("demo-client-secret") },
            { QStringLiteral("custom"), true },
            { QStringLiteral("serverURL"), root },
            { QStringLiteral("tokenPath"), QStringLiteral("/idp/token") },
            { QStringLiteral("identityPath"), QStringLiteral("/idp/me") },
            { QStringLiteral("accessTokenParam"), QStringLiteral("access_token") },
            { QStringLiteral("buttonLabelColor"), QStringLiteral("#FFFFFF") },
            { QStringLiteral("tokenSentVia"), QStringLiteral("header") },
            { QStringLiteral("identityTokenSentVia"), QStringLiteral("default") },
            { QStringLiteral("keyField"), QStringLiteral("username") },
            { QStringLiteral("usernameField"), QStringLiteral("preferred_username") },
            { QStringLiteral("emailField"), QStringLiteral("email") },
            { QStringLiteral("nameField"), QStringLiteral("name") },
            { QStringLiteral("avatarField"), QString() },
            { QStringLiteral("rolesClaim"), QStringLiteral("roles") },
            { QStringLiteral("groupsClaim"), QStringLiteral("groups") },
            { QStringLiteral("channelsMap"), QStringLiteral("{}") },
            { QStringLiteral("channelsAdmin"), QStringLiteral("rocket.cat") },
            { QStringLiteral("mergeUsers"), false },
            { QStringLiteral("mergeUsersDistinctServices"), false },
            { QStringLiteral("mapChannels"), false },
            { QStringLiteral("mergeRoles"), false },
            { QStringLiteral("rolesToSync"), QString() },
            { QStringLiteral("showButton"), true },
        };
    };

    QJsonObject keycloak = customOAuth(m_demoIds[0], QStringLiteral("keycloak"));
    keycloak.insert(QStringLiteral("clientId"), QStringLiteral("liftoff-demo"));
    keycloak.insert(QStringLiteral("authorizePath"), QStringLiteral("/idp/authorize"));
    keycloak.insert(QStringLiteral("scope"), QStringLiteral("openid"));
    keycloak.insert(QStringLiteral("buttonLabelText"), QStringLiteral("Company account"));
    keycloak.insert(QStringLiteral("buttonColor"), QStringLiteral("#1d74f5"));
    keycloak.insert(QStringLiteral("loginStyle"), QStringLiteral("popup"));

    // A second one whose authorize path carries its own query, so the client must join with '&'
    // (CustomOAuth.ts does).
    QJsonObject gitlab = customOAuth(m_demoIds[1], QStringLiteral("gitlab"));
    gitlab.insert(QStringLiteral("clientId"), QStringLiteral("liftoff-gitlab"));
    gitlab.insert(QStringLiteral("authorizePath"), QStringLiteral("/idp/authorize?prompt=consent"));
    gitlab.insert(QStringLiteral("identityPath"), QStringLiteral("/api/v4/user"));
    gitlab.insert(QStringLiteral("scope"), QStringLiteral("read_user"));
    gitlab.insert(QStringLiteral("buttonLabelText"), QStringLiteral("GitLab"));
    gitlab.insert(QStringLiteral("buttonColor"), QStringLiteral("#fc6d26"));
    gitlab.insert(QStringLiteral("loginStyle"), QStringLiteral("redirect"));

    // SAML as loadSamlServiceProviders stores it (getSamlConfigs), except the long XML templates
    // (authRequestTemplate, metadataTemplate, …), which no client reads.
    const QString provider = QStringLiteral("demo-idp");
    const QJsonObject saml {
        { QStringLiteral("_id"), m_demoIds[2] },
        { QStringLiteral("service"), QStringLiteral("saml") },
        { QStringLiteral("buttonLabelText"), QStringLiteral("Demo SAML") },
        { QStringLiteral("buttonLabelColor"), QStringLiteral("#FFFFFF") },
        { QStringLiteral("buttonColor"), QStringLiteral("#13679A") },
        { QStringLiteral("clientConfig"),
          QJsonObject { { QStringLiteral("provider"), provider } } },
        { QStringLiteral("entryPoint"), root + QStringLiteral("/idp/saml/sso") },
        { QStringLiteral("idpSLORedirectURL"), root + QStringLiteral("/idp/saml/slo") },
        { QStringLiteral("usernameNormalize"), QStringLiteral("None") },
        { QStringLiteral("immutableProperty"), QStringLiteral("EMail") },
        { QStringLiteral("generateUsername"), false },
        { QStringLiteral("debug"), false },
        { QStringLiteral("nameOverwrite"), false },
        { QStringLiteral("mailOverwrite"), false },
        { QStringLiteral("issuer"), root + QStringLiteral("/_saml/metadata/") + provider },
        { QStringLiteral("logoutBehaviour"), QStringLiteral("SAML") },
        { QStringLiteral("defaultUserRole"), QStringLiteral("user") },
        { QStringLiteral("secret"),
          QJsonObject { { QStringLiteral("privateKey"), QStringLiteral("demo-private-key") },
                        { QStringLiteral("publicCert"), QString() },
                        { QStringLiteral("cert"), QString() } } },
        { QStringLiteral("signatureValidationType"), QStringLiteral("All") },
        { QStringLiteral("userDataFieldMap"),
          QStringLiteral("{\"username\":\"username\", \"email\":\"email\", \"name\": \"cn\"}") },
        { QStringLiteral("allowedClockDrift"), 0 },
        { QStringLiteral("customAuthnContext"), QString() },
        { QStringLiteral("authnContextComparison"), QStringLiteral("exact") },
        { QStringLiteral("identifierFormat"),
          QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress") },
        { QStringLiteral("channelsAttributeUpdate"), false },
        { QStringLiteral("includePrivateChannelsInUpdate"), false },
    };

    // CAS as updateCasServices stores it (the CAS_* settings, with their defaults).
    const QJsonObject cas {
        { QStringLiteral("_id"), m_demoIds[3] },
        { QStringLiteral("service"), QStringLiteral("cas") },
        { QStringLiteral("enabled"), true },
        { QStringLiteral("base_url"), root + QStringLiteral("/idp/cas") },
        { QStringLiteral("login_url"), root + QStringLiteral("/idp/cas/login") },
        { QStringLiteral("buttonLabelText"), QStringLiteral("CAS") },
        { QStringLiteral("width"), 810 },
        { QStringLiteral("height"), 610 },
        { QStringLiteral("autoclose"), true },
    };
    return { keycloak, gitlab, saml, cas };
}

bool SingleSignOn::expired(const QDateTime &createdAt) const
{
    return createdAt.msecsTo(QDateTime::currentDateTimeUtc())
        > m_options.pendingCredentialLifetimeMs;
}

void SingleSignOn::purge()
{
    // Meteor purges every minute; purging on each access gives the same answers.
    auto purgeHash = [this](auto &hash) {
        for (auto it = hash.begin(); it != hash.end();) {
            if (expired(it->createdAt))
                it = hash.erase(it);
            else
                ++it;
        }
    };
    purgeHash(m_codes);
    purgeHash(m_casTickets);
    purgeHash(m_samlCredentials);
    purgeHash(m_casCredentials);
    for (auto it = m_modernFlows.begin(); it != m_modernFlows.end();) {
        if (expired(it->second))
            it = m_modernFlows.erase(it);
        else
            ++it;
    }
    m_pendingOAuth.removeIf(
        [this](const PendingOAuth &pending) { return expired(pending.createdAt); });
}

QString SingleSignOn::issueCode(const QString &userId, const QString &clientId,
                                const QString &redirectUri)
{
    purge();
    const QString code = randomSecret();
    m_codes.insert(code,
                   { userId, clientId + u' ' + redirectUri, QDateTime::currentDateTimeUtc() });
    return code;
}

std::optional<QString> SingleSignOn::exchangeCode(const QString &code, const QString &clientId,
                                                  const QString &redirectUri)
{
    purge();
    const auto issued = m_codes.take(code); // used up whatever the outcome, as providers do
    if (issued.userId.isEmpty() || issued.audience != clientId + u' ' + redirectUri)
        return std::nullopt;
    return issued.userId;
}

QString SingleSignOn::issueCasTicket(const QString &userId, const QString &service)
{
    purge();
    const QString ticket = QStringLiteral("ST-") + randomSecret();
    m_casTickets.insert(ticket, { userId, service, QDateTime::currentDateTimeUtc() });
    return ticket;
}

std::optional<QString> SingleSignOn::validateCasTicket(const QString &ticket,
                                                       const QString &service)
{
    purge();
    const auto issued = m_casTickets.take(ticket);
    if (issued.userId.isEmpty() || issued.audience != service)
        return std::nullopt;
    return issued.userId;
}

QString SingleSignOn::startModernFlow(const QString &service, const QString &loginClient)
{
    purge();
    const QString state = randomSecret();
    m_modernFlows.insert(state,
                         { ModernFlow { service, loginClient }, QDateTime::currentDateTimeUtc() });
    return state;
}

std::optional<SingleSignOn::ModernFlow> SingleSignOn::takeModernFlow(const QString &state)
{
    purge();
    if (!m_modernFlows.contains(state))
        return std::nullopt;
    return m_modernFlows.take(state).first;
}

void SingleSignOn::storeOAuthCredential(const QString &token, const QString &secret,
                                        const QString &service, const QString &userId)
{
    purge();
    m_pendingOAuth.append({ token, secret, service, userId, {}, QDateTime::currentDateTimeUtc() });
}

void SingleSignOn::storeOAuthError(const QString &token, const QString &error)
{
    purge();
    m_pendingOAuth.append({ token, std::nullopt, {}, {}, error, QDateTime::currentDateTimeUtc() });
}

SingleSignOn::Retrieved SingleSignOn::retrieveOAuthCredential(const QString &token,
                                                              const std::optional<QString> &secret)
{
    purge();
    Retrieved out;
    for (qsizetype i = 0; i < m_pendingOAuth.size(); ++i) {
        PendingOAuth &pending = m_pendingOAuth[i];
        if (pending.token != token || pending.secret != secret)
            continue;
        if (!pending.error.isEmpty()) {
            out.kind = Retrieved::Kind::Error;
            out.error = pending.error;
            m_pendingOAuth.removeAt(i);
            return out;
        }
        // Kept, and valid a while longer, for the two-factor retry.
        pending.createdAt = QDateTime::currentDateTimeUtc().addMSecs(kReplayMs);
        out.kind = Retrieved::Kind::Success;
        out.service = pending.service;
        out.userId = pending.userId;
        return out;
    }
    return out;
}

void SingleSignOn::storeSamlCredential(const QString &token, const QString &userId)
{
    purge();
    m_samlCredentials.insert(token, { userId, QDateTime::currentDateTimeUtc() });
}

std::optional<QString> SingleSignOn::samlCredential(const QString &token)
{
    purge();
    const auto it = m_samlCredentials.constFind(token);
    if (it == m_samlCredentials.constEnd())
        return std::nullopt;
    return it->userId;
}

void SingleSignOn::storeCasCredential(const QString &token, const QString &userId)
{
    purge();
    m_casCredentials.insert(token, { userId, QDateTime::currentDateTimeUtc() });
}

std::optional<QString> SingleSignOn::casCredential(const QString &token)
{
    purge();
    const auto it = m_casCredentials.constFind(token);
    if (it == m_casCredentials.constEnd())
        return std::nullopt;
    return it->userId;
}
