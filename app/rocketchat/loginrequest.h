#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The parameter objects of the DDP `login` method for a person typing a name and a password, as
// Meteor's and Rocket.Chat's own clients build them (app/rocketchat/README.md §2, §3, §7), and
// the wiping of the plaintext password once it has been used.
class LoginRequest
{
public:
    // Lower-case hex SHA-256 of the UTF-8 password: what Meteor clients send as `digest`. The
    // UTF-8 copy made for hashing is wiped; the string itself is left to the caller (wipe()).
    static QString passwordDigest(const QString &password);

    // {"email": …} when the identifier contains '@', else {"username": …} (Meteor's
    // password_client.js). Surrounding white space is dropped.
    static QJsonObject userSelector(const QString &identifier);

    // {"user": <selector>, "password": {"digest": <digest>, "algorithm": "sha-256"}}
    static QJsonObject password(const QString &identifier, const QString &digest);

    // {"ldap": true, "username": …, "ldapPass": <plaintext>, "ldapOptions": {}}: the LDAP handler
    // binds with the password itself, so this one request carries it.
    static QJsonObject ldap(const QString &identifier, const QString &password);

    // Single sign-on (app/rocketchat/README.md §11, §12) and stored sessions (§4):
    // {"oauth": {credentialToken, credentialSecret}}, {"saml": true, credentialToken},
    // {"cas": {credentialToken}}, {"resume": token}.
    static QJsonObject oauth(const QString &credentialToken, const QString &credentialSecret);
    static QJsonObject saml(const QString &credentialToken);
    static QJsonObject cas(const QString &credentialToken);
    static QJsonObject resume(const QString &token);

    // {"totp": {"login": <original request>, "code": <code>}}: the retry after totp-required.
    // For an OAuth request, as Rocket.Chat's web client: the request with a sibling
    // "totp": {"code": <code>}. Spaces in the code (as apps show it, "123 456") are dropped.
    static QJsonObject withTwoFactorCode(const QJsonObject &login, const QString &code);

    // Overwrites the characters in place and empties the string, when this string is the only
    // one holding them. A string that shares its buffer with others (implicit sharing) cannot be
    // overwritten without changing those too; it is only emptied. Pass passwords in with
    // std::move so the buffer can really be wiped.
    static void wipe(QString &text);
    static void wipe(QByteArray &bytes);
};
