#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// One account, with the fields of a Rocket.Chat users document that matter for signing in.
struct UserAccount
{
    struct Email
    {
        QString address;
        bool verified = false;
    };

    QString id; // Meteor-style 17-character id; filled in by UserDirectory::addUser() when empty
    QString username;
    QString name; // display name
    QList<Email> emails;
    // Lower-case hex SHA-256 of the password: what Meteor clients send as `digest`, and what
    // Meteor bcrypts. Empty: the user has no local password ("User has no password set").
    QString passwordDigest;
    // Empty: the login fails with error-user-has-no-roles.
    QStringList roles = { QStringLiteral("user") };
    bool active = true; // false: deactivated (error-user-is-not-activated)
    QString type = QStringLiteral("user"); // "user", "bot", "app" (apps may not log in), "visitor"
    QString totpSecret; // base32; non-empty: two-factor by TOTP (services.totp.enabled)
    bool emailTwoFactor = false; // two-factor by e-mailed code (services.email2fa.enabled)
    // An LDAP user: signs in with {ldap:true, username, ldapPass, ldapOptions:{}}, checked against
    // passwordDigest, and (like users imported from LDAP) has no local password for `password`.
    bool ldap = false;

    QStringList verifiedEmails() const;
};

// The accounts, login tokens and e-mail two-factor codes of the dev server: what Rocket.Chat keeps
// in its users collection. Tokens are stored only hashed, as Meteor does
// (base64(sha256(token)) with the time `when` they were issued).
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    struct IssuedToken
    {
        QString token;
        QDateTime when;
    };

    explicit UserDirectory(QObject *parent = nullptr);
    ~UserDirectory() override;

    // alice/wonderland (plain), bob/builder (TOTP, secret JBSWY3DPEHPK3PXP), carol/caroline
    // (e-mail code), dave/deactivated (deactivated), erin/directory (LDAP user).
    static QList<UserAccount> demoAccounts();
    static QString demoTotpSecret() { return QStringLiteral("JBSWY3DPEHPK3PXP"); }
    // alice's personal access token "demo" (a fixed value, for trying `--with-token`).
    static QString demoPersonalAccessToken()
    {
        return QStringLiteral("demo-alice-personal-access-token-000000000");
    }

    // Replaces every account (and forgets all tokens and codes) with those of a users fixture; see
    // README.md for the format. On error nothing changes and *error says why.
    bool loadFile(const QString &path, QString *error = nullptr);
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    void resetToDemoAccounts();
    void clear();

    // Adds an account, or replaces the one with the same id or username (keeping its tokens).
    // Returns its id.
    QString addUser(UserAccount account);
    bool removeUser(const QString &userId); // also revokes its tokens
    QList<UserAccount> users() const { return m_users; }
    std::optional<UserAccount> user(const QString &userId) const;
    // Meteor's lookups: exact match first, then a case-insensitive match if exactly one user has
    // it.
    std::optional<UserAccount> findByUsername(const QString &username) const;
    std::optional<UserAccount> findByEmail(const QString &email) const;

    // Lower-case hex SHA-256 of a plain password (what Meteor clients send as `digest`).
    static QString passwordDigest(const QString &password);

    // Login tokens ("resume" tokens): 43 characters of [A-Za-z0-9_-] from the system CSPRNG.
    IssuedToken issueToken(const QString &userId);
    static QByteArray hashToken(const QString &token); // base64(sha256(token))
    // The user a token belongs to (and when it was issued), or an empty string.
    QString userIdForToken(const QString &token, QDateTime *when = nullptr) const;
    QString userIdForHashedToken(const QByteArray &hashedToken, QDateTime *when = nullptr) const;
    // A personal access token (type "personalAccessToken", a name and no `when`): it never
    // expires, and a resume with it gets `tokenExpires: {"$date": null}`. `token` empty: a new
    // random one. Returns the token.
    QString addPersonalAccessToken(const QString &userId, const QString &name,
                                   const QString &token = {});
    bool isPersonalAccessToken(const QString &token) const;
    bool isPersonalAccessTokenHashed(const QByteArray &hashedToken) const;
    // Test hook: pretend a token was issued at `when` (e.g. to make it expired).
    bool setTokenIssuedAt(const QString &token, const QDateTime &when);
    // Login tokens issued by signing in (sessions), and personal access tokens, of a user.
    int tokenCount(const QString &userId) const;
    int personalAccessTokenCount(const QString &userId) const;
    // Revoking a token closes the sessions logged in with it (see tokenRevoked).
    bool revokeToken(const QString &token);
    bool revokeHashedToken(const QByteArray &hashedToken);
    int revokeTokensOfUser(const QString &userId, const QString &exceptToken = {});
    // removeOtherTokens: every token of the user (personal access tokens too) but this one.
    int revokeOtherTokensOfUser(const QString &userId, const QByteArray &keptHashedToken);
    // Removes tokens older than the lifetime, as Meteor does every 10 minutes.
    int purgeExpiredTokens(qint64 lifetimeMs);

    // E-mail two-factor codes (services.emailCode): 6 digits, valid for `lifetimeMs` (Rocket.Chat:
    // 3600 s). Emits emailCodeIssued.
    QString issueEmailCode(const QString &userId, qint64 lifetimeMs = 3600 * 1000);
    // Expiry times of the user's codes that are still valid (expired ones are dropped).
    QList<QDateTime> validEmailCodeExpiries(const QString &userId);
    // Non-digits in `code` are ignored ("123-456"); a matching code is used up, and the count of
    // wrong codes starts again.
    bool consumeEmailCode(const QString &userId, const QString &code);
    // Wrong e-mail codes since the last right one (services.emailCodeAttempts, which Rocket.Chat
    // compares with its maximum for totp-max-attempts). Returns the new count.
    int recordWrongEmailCode(const QString &userId);
    int wrongEmailCodeCount(const QString &userId) const;

    // A Meteor-style random id: 17 characters of
    // 23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz.
    static QString randomId();

Q_SIGNALS:
    void tokenRevoked(const QByteArray &hashedToken);
    void emailCodeIssued(const QString &username, const QString &code);

private:
    struct StoredToken
    {
        QString userId;
        QDateTime when; // invalid for a personal access token
        QString personalTokenName; // set for a personal access token
    };
    struct EmailCode
    {
        QString code;
        QDateTime expires;
    };

    qsizetype indexOf(const QString &userId) const;
    std::optional<UserAccount> findUnique(const QString &value,
                                          bool (*matches)(const UserAccount &, const QString &,
                                                          Qt::CaseSensitivity)) const;

    QList<UserAccount> m_users;
    QHash<QByteArray, StoredToken> m_tokens; // by hashed token
    QHash<QString, QList<EmailCode>> m_emailCodes; // by user id
    QHash<QString, int> m_wrongEmailCodes; // by user id
};
