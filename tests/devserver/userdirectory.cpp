#include "userdirectory.h"

#include "totp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QString randomString(int length, QLatin1String alphabet)
{
    // Secrets and ids come from the system CSPRNG, as Meteor's Random does on the server.
    QString out;
    out.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet.at(random->bounded(int(alphabet.size())))));
    return out;
}

bool usernameMatches(const UserAccount &user, const QString &value, Qt::CaseSensitivity cs)
{
    return user.username.compare(value, cs) == 0;
}

bool emailMatches(const UserAccount &user, const QString &value, Qt::CaseSensitivity cs)
{
    for (const auto &email : user.emails) {
        if (email.address.compare(value, cs) == 0)
            return true;
    }
    return false;
}

UserAccount demoUser(const QString &username, const QString &name, const QString &password,
                     const QString &email)
{
    UserAccount user;
    user.username = username;
    user.name = name;
    user.passwordDigest = UserDirectory::passwordDigest(password);
    user.emails = { { email, true } };
    return user;
}

} // namespace

QStringList UserAccount::verifiedEmails() const
{
    QStringList out;
    for (const auto &email : emails) {
        if (email.verified)
            out.append(email.address);
    }
    return out;
}

UserDirectory::UserDirectory(QObject *parent) : QObject(parent)
{
    resetToDemoAccounts();
}

UserDirectory::~UserDirectory() = default;

QList<UserAccount> UserDirectory::demoAccounts()
{
    UserAccount alice = demoUser(QStringLiteral("alice"), QStringLiteral("Alice Liddell"),
                                 QStringLiteral("wonderland"), QStringLiteral("alice@example.com"));

    UserAccount bob = demoUser(QStringLiteral("bob"), QStringLiteral("Bob the Builder"),
                               QStringLiteral("builder"), QStringLiteral("bob@example.com"));
    bob.totpSecret = demoTotpSecret();

    UserAccount carol = demoUser(QStringLiteral("carol"), QStringLiteral("Carol Danvers"),
                                 QStringLiteral("caroline"), QStringLiteral("carol@example.com"));
    carol.emailTwoFactor = true;

    UserAccount dave = demoUser(QStringLiteral("dave"), QStringLiteral("Dave Deactivated"),
                                QStringLiteral("deactivated"), QStringLiteral("dave@example.com"));
    dave.active = false;

    UserAccount erin = demoUser(QStringLiteral("erin"), QStringLiteral("Erin Directory"),
                                QStringLiteral("directory"), QStringLiteral("erin@example.com"));
    erin.ldap = true;

    return { alice, bob, carol, dave, erin };
}

QString UserDirectory::addPersonalAccessToken(const QString &userId, const QString &name,
                                              const QString &token)
{
    const QString value = token.isEmpty()
        ? randomString(
            43, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
        : token;
    StoredToken stored;
    stored.userId = userId;
    stored.personalTokenName = name.isEmpty() ? QStringLiteral("token") : name;
    m_tokens.insert(hashToken(value), stored);
    return value;
}

bool UserDirectory::isPersonalAccessToken(const QString &token) const
{
    return isPersonalAccessTokenHashed(hashToken(token));
}

bool UserDirectory::isPersonalAccessTokenHashed(const QByteArray &hashedToken) const
{
    const auto it = m_tokens.constFind(hashedToken);
    return it != m_tokens.constEnd() && !it->personalTokenName.isEmpty();
}

int UserDirectory::revokeOtherTokensOfUser(const QString &userId, const QByteArray &keptHashedToken)
{
    QList<QByteArray> revoked;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->userId == userId && it.key() != keptHashedToken) {
            revoked.append(it.key());
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &hashed : revoked)
        Q_EMIT tokenRevoked(hashed);
    return int(revoked.size());
}

void UserDirectory::clear()
{
    const auto tokens = m_tokens.keys();
    m_users.clear();
    m_tokens.clear();
    m_emailCodes.clear();
    m_wrongEmailCodes.clear();
    for (const auto &hashed : tokens)
        Q_EMIT tokenRevoked(hashed);
}

void UserDirectory::resetToDemoAccounts()
{
    clear();
    for (const auto &user : demoAccounts()) {
        const QString id = addUser(user);
        if (user.username == u"alice")
            addPersonalAccessToken(id, QStringLiteral("demo"), demoPersonalAccessToken());
    }
}

bool UserDirectory::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

// The users fixture (also described in README.md):
//   {"users": [ {"username": "alice",            required
//                "_id": "…",                    optional, else random
//                "name": "Alice",               display name
//                "emails": [{"address": "a@example.com", "verified": true}],
//                "password": "plain"  or  "passwordDigest": "<sha256 hex>",
//                "roles": ["user"],             missing: ["user"]; [] or null: no roles
//                "active": true, "type": "user",
//                "totpSecret": "BASE32",  "emailTwoFactor": false,  "ldap": false,
//                "personalAccessTokens": [{"name": "ci", "token": "<plain token>"}]}, … ]}
// A bare array of users is accepted too.
bool UserDirectory::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("users fixture is not JSON: %1").arg(parseError.errorString()));
    const QJsonArray entries
        = document.isArray() ? document.array() : document.object().value(u"users").toArray();
    if (entries.isEmpty())
        return fail(QStringLiteral("users fixture has no \"users\" array of accounts"));

    QList<UserAccount> accounts;
    QList<QPair<QString, QPair<QString, QString>>> personalTokens; // username, name, token
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        UserAccount user;
        user.id = object.value(u"_id").toString();
        user.username = object.value(u"username").toString();
        if (user.username.isEmpty())
            return fail(QStringLiteral("users fixture: every account needs a \"username\""));
        user.name = object.value(u"name").toString();
        for (const QJsonValue &email : object.value(u"emails").toArray()) {
            const QJsonObject e = email.toObject();
            user.emails.append({ e.value(u"address").toString(), e.value(u"verified").toBool() });
        }
        if (object.contains(u"passwordDigest"))
            user.passwordDigest = object.value(u"passwordDigest").toString().toLower();
        else if (object.contains(u"password"))
            user.passwordDigest = passwordDigest(object.value(u"password").toString());
        if (object.contains(u"roles")) {
            user.roles.clear();
            for (const QJsonValue &role : object.value(u"roles").toArray())
                user.roles.append(role.toString());
        }
        user.active = object.value(u"active").toBool(true);
        user.type = object.value(u"type").toString(QStringLiteral("user"));
        user.totpSecret = object.value(u"totpSecret").toString();
        if (!user.totpSecret.isEmpty()) {
            // Reject a secret no authenticator app could use now rather than at login time.
            bool ok = false;
            if (Totp::decodeBase32(user.totpSecret, &ok).isEmpty() || !ok)
                return fail(QStringLiteral("users fixture: totpSecret of %1 is not base32")
                                .arg(user.username));
        }
        user.emailTwoFactor = object.value(u"emailTwoFactor").toBool();
        user.ldap = object.value(u"ldap").toBool();
        for (const QJsonValue &tokenEntry : object.value(u"personalAccessTokens").toArray()) {
            const QJsonObject t = tokenEntry.toObject();
            const QString token = t.value(u"token").toString();
            if (token.isEmpty())
                return fail(QStringLiteral("users fixture: a personal access token of %1 has no "
                                           "\"token\"")
                                .arg(user.username));
            personalTokens.append({ user.username, { t.value(u"name").toString(), token } });
        }
        accounts.append(user);
    }

    clear();
    QHash<QString, QString> ids;
    for (const auto &account : accounts)
        ids.insert(account.username, addUser(account));
    for (const auto &entry : std::as_const(personalTokens))
        addPersonalAccessToken(ids.value(entry.first), entry.second.first, entry.second.second);
    return true;
}

qsizetype UserDirectory::indexOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == userId)
            return i;
    }
    return -1;
}

QString UserDirectory::addUser(UserAccount account)
{
    qsizetype index = account.id.isEmpty() ? -1 : indexOf(account.id);
    if (index < 0) {
        for (qsizetype i = 0; i < m_users.size(); ++i) {
            if (m_users.at(i).username == account.username)
                index = i;
        }
    }
    if (index >= 0) {
        if (account.id.isEmpty())
            account.id = m_users.at(index).id;
        m_users[index] = account;
    } else {
        if (account.id.isEmpty())
            account.id = randomId();
        m_users.append(account);
    }
    return account.id;
}

bool UserDirectory::removeUser(const QString &userId)
{
    const qsizetype index = indexOf(userId);
    if (index < 0)
        return false;
    revokeTokensOfUser(userId);
    m_emailCodes.remove(userId);
    m_wrongEmailCodes.remove(userId);
    m_users.removeAt(index);
    return true;
}

std::optional<UserAccount> UserDirectory::user(const QString &userId) const
{
    const qsizetype index = indexOf(userId);
    if (index < 0)
        return std::nullopt;
    return m_users.at(index);
}

std::optional<UserAccount> UserDirectory::findUnique(const QString &value,
                                                     bool (*matches)(const UserAccount &,
                                                                     const QString &,
                                                                     Qt::CaseSensitivity)) const
{
    if (value.isEmpty())
        return std::nullopt;
    for (const auto &user : m_users) {
        if (matches(user, value, Qt::CaseSensitive))
            return user;
    }
    // Meteor falls back to a case-insensitive lookup, but only trusts a unique match.
    std::optional<UserAccount> found;
    for (const auto &user : m_users) {
        if (matches(user, value, Qt::CaseInsensitive)) {
            if (found)
                return std::nullopt;
            found = user;
        }
    }
    return found;
}

std::optional<UserAccount> UserDirectory::findByUsername(const QString &username) const
{
    return findUnique(username, usernameMatches);
}

std::optional<UserAccount> UserDirectory::findByEmail(const QString &email) const
{
    return findUnique(email, emailMatches);
}

QString UserDirectory::passwordDigest(const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString UserDirectory::randomId()
{
    return randomString(17,
                        QLatin1String("23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"));
}

UserDirectory::IssuedToken UserDirectory::issueToken(const QString &userId)
{
    // Meteor's Random.secret(): 43 characters of a URL-safe alphabet, ~256 bits.
    IssuedToken issued;
    issued.token = randomString(
        43, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"));
    // Millisecond precision: `when` travels as an EJSON date (ms since the epoch).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    issued.when = QDateTime::fromMSecsSinceEpoch(now).toUTC();
    m_tokens.insert(hashToken(issued.token), { userId, issued.when, {} });
    return issued;
}

QByteArray UserDirectory::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

QString UserDirectory::userIdForToken(const QString &token, QDateTime *when) const
{
    return userIdForHashedToken(hashToken(token), when);
}

QString UserDirectory::userIdForHashedToken(const QByteArray &hashedToken, QDateTime *when) const
{
    const auto it = m_tokens.constFind(hashedToken);
    if (it == m_tokens.constEnd())
        return {};
    if (when)
        *when = it->when;
    return it->userId;
}

bool UserDirectory::setTokenIssuedAt(const QString &token, const QDateTime &when)
{
    const auto it = m_tokens.find(hashToken(token));
    if (it == m_tokens.end())
        return false;
    it->when = when.toUTC();
    return true;
}

int UserDirectory::tokenCount(const QString &userId) const
{
    int count = 0;
    for (const auto &stored : m_tokens) {
        if (stored.userId == userId && stored.personalTokenName.isEmpty())
            ++count;
    }
    return count;
}

int UserDirectory::personalAccessTokenCount(const QString &userId) const
{
    int count = 0;
    for (const auto &stored : m_tokens) {
        if (stored.userId == userId && !stored.personalTokenName.isEmpty())
            ++count;
    }
    return count;
}

bool UserDirectory::revokeToken(const QString &token)
{
    return revokeHashedToken(hashToken(token));
}

bool UserDirectory::revokeHashedToken(const QByteArray &hashedToken)
{
    if (!m_tokens.remove(hashedToken))
        return false;
    Q_EMIT tokenRevoked(hashedToken);
    return true;
}

int UserDirectory::revokeTokensOfUser(const QString &userId, const QString &exceptToken)
{
    const QByteArray kept = exceptToken.isEmpty() ? QByteArray() : hashToken(exceptToken);
    QList<QByteArray> revoked;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->userId == userId && it.key() != kept) {
            revoked.append(it.key());
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &hashed : revoked)
        Q_EMIT tokenRevoked(hashed);
    return int(revoked.size());
}

int UserDirectory::purgeExpiredTokens(qint64 lifetimeMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QByteArray> expired;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        // A personal access token has no `when`: Meteor's purge never matches it.
        if (it->when.isValid() && it->when.addMSecs(lifetimeMs) <= now) {
            expired.append(it.key());
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &hashed : expired)
        Q_EMIT tokenRevoked(hashed);
    return int(expired.size());
}

QString UserDirectory::issueEmailCode(const QString &userId, qint64 lifetimeMs)
{
    const auto account = user(userId);
    if (!account)
        return {};
    const QString code = randomString(6, QLatin1String("0123456789"));
    m_emailCodes[userId].append(
        { code, QDateTime::currentDateTimeUtc().addMSecs(qMax<qint64>(0, lifetimeMs)) });
    // Rocket.Chat mails the code to every verified address; without one nobody receives it.
    if (!account->verifiedEmails().isEmpty())
        Q_EMIT emailCodeIssued(account->username, code);
    return code;
}

QList<QDateTime> UserDirectory::validEmailCodeExpiries(const QString &userId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QDateTime> out;
    auto &codes = m_emailCodes[userId];
    codes.removeIf([&now](const EmailCode &c) { return c.expires <= now; });
    for (const auto &c : codes)
        out.append(c.expires);
    return out;
}

bool UserDirectory::consumeEmailCode(const QString &userId, const QString &code)
{
    QString digits;
    for (const QChar c : code) {
        if (c.isDigit())
            digits.append(c);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto &codes = m_emailCodes[userId];
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (codes.at(i).expires > now && codes.at(i).code == digits) {
            codes.removeAt(i);
            m_wrongEmailCodes.remove(userId);
            return true;
        }
    }
    return false;
}

int UserDirectory::recordWrongEmailCode(const QString &userId)
{
    return ++m_wrongEmailCodes[userId];
}

int UserDirectory::wrongEmailCodeCount(const QString &userId) const
{
    return m_wrongEmailCodes.value(userId);
}
