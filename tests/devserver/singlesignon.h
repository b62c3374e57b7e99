#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct DevServerOptions;

// What the dev server keeps between the steps of a single sign-on: the login service documents,
// its identity provider's one-time codes and CAS tickets, the server-side states of the modern
// OAuth flow, and the credentials waiting for a DDP login (Meteor's pending OAuth credentials,
// Rocket.Chat's SAML and CAS credential tokens). Shared by the HTTP routes (SsoRoutes) and every
// DDP session. Secrets are held here only; nothing of them is logged.
class SingleSignOn
{
public:
    explicit SingleSignOn(DevServerOptions &options);

    // http://127.0.0.1:<port>, Meteor's ROOT_URL (no trailing slash); set when the server listens.
    void setRootUrl(const QUrl &root) { m_root = root; }
    QUrl rootUrl() const { return m_root; }
    // Meteor.absoluteUrl(path): the root with a slash, then `path`.
    QString absoluteUrl(const QString &path = {}) const;

    // The documents of meteor.loginServiceConfiguration (with `_id` and `secret`; callers drop
    // the secret): options().loginServiceConfigurations plus the demo services when
    // ssoDemoServices is on.
    QJsonArray serviceDocuments() const;
    std::optional<QJsonObject> service(const QString &name) const;
    // The OAuth service (one with a clientId) that the identity provider knows by this client id.
    std::optional<QJsonObject> serviceByClientId(const QString &clientId) const;
    // Meteor's OAuth services: any document with a clientId, except SAML and CAS.
    static bool isOAuthService(const QJsonObject &document);

    // Random.secret(): 43 characters of [A-Za-z0-9_-] from the system CSPRNG.
    static QString randomSecret();

    // ---- Identity provider --------------------------------------------------------------------
    // A one-time authorization code for the user, valid for pendingCredentialLifetimeMs.
    QString issueCode(const QString &userId, const QString &clientId, const QString &redirectUri);
    // Exchanges a code (once): the user id, or nothing when the code is unknown, used, expired
    // or was issued to another client or redirect URI.
    std::optional<QString> exchangeCode(const QString &code, const QString &clientId,
                                        const QString &redirectUri);
    // A CAS service ticket ("ST-…") for the user and the service URL it was asked for.
    QString issueCasTicket(const QString &userId, const QString &service);
    std::optional<QString> validateCasTicket(const QString &ticket, const QString &service);

    // ---- Modern (server-side) OAuth flow ------------------------------------------------------
    QString startModernFlow(const QString &service, const QString &loginClient);
    struct ModernFlow
    {
        QString service;
        QString loginClient;
    };
    // Takes the state (once); nothing when unknown or expired.
    std::optional<ModernFlow> takeModernFlow(const QString &state);

    // ---- Credentials waiting for a DDP login --------------------------------------------------
    // Meteor's OAuth._storePendingCredential: a successful sign-in under (token, secret), or an
    // error under (token, no secret).
    void storeOAuthCredential(const QString &token, const QString &secret, const QString &service,
                              const QString &userId);
    void storeOAuthError(const QString &token, const QString &error);
    struct Retrieved
    {
        enum class Kind { NotFound, Error, Success };
        Kind kind = Kind::NotFound;
        QString service; // OAuth only
        QString userId;
        QString error;
    };
    // Rocket.Chat's OAuth._retrievePendingCredential: an error is handed out once; a successful
    // credential stays and its time is moved two minutes ahead, so the same token and secret work
    // again for the two-factor retry. `secret` is null or a string, as in {oauth:{…}}.
    Retrieved retrieveOAuthCredential(const QString &token, const std::optional<QString> &secret);
    // SAML and CAS credential tokens (Rocket.Chat's CredentialTokens): found until they expire.
    void storeSamlCredential(const QString &token, const QString &userId);
    std::optional<QString> samlCredential(const QString &token);
    void storeCasCredential(const QString &token, const QString &userId);
    std::optional<QString> casCredential(const QString &token);

private:
    struct PendingOAuth
    {
        QString token;
        std::optional<QString> secret; // none for a stored error
        QString service;
        QString userId;
        QString error;
        QDateTime createdAt;
    };
    struct Issued
    {
        QString userId;
        QString audience; // client id + redirect URI, or the CAS service URL
        QDateTime createdAt;
    };
    struct Stored
    {
        QString userId;
        QDateTime createdAt;
    };

    bool expired(const QDateTime &createdAt) const;
    void purge();
    QJsonArray demoServices() const;

    DevServerOptions &m_options;
    QUrl m_root;
    // Stable per server, as Mongo ids are per document.
    QString m_demoIds[4];

    QHash<QString, Issued> m_codes;
    QHash<QString, Issued> m_casTickets;
    QHash<QString, std::pair<ModernFlow, QDateTime>> m_modernFlows;
    QList<PendingOAuth> m_pendingOAuth;
    QHash<QString, Stored> m_samlCredentials;
    QHash<QString, Stored> m_casCredentials;
};
