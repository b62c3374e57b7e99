#include "rocketchat/loginrequest.h"

#include <QCryptographicHash>

namespace {

// Writes through a volatile pointer so the compiler cannot drop the stores as dead.
template<typename T> void overwrite(T *data, qsizetype size)
{
    volatile T *p = data;
    for (qsizetype i = 0; i < size; ++i)
        p[i] = T();
}

} // namespace

QString LoginRequest::passwordDigest(const QString &password)
{
    QByteArray utf8 = password.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    wipe(utf8);
    return QString::fromLatin1(hash.toHex());
}

QJsonObject LoginRequest::userSelector(const QString &identifier)
{
    const QString trimmed = identifier.trimmed();
    const QString key
        = trimmed.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("username");
    return QJsonObject { { key, trimmed } };
}

QJsonObject LoginRequest::password(const QString &identifier, const QString &digest)
{
    return QJsonObject {
        { QStringLiteral("user"), userSelector(identifier) },
        { QStringLiteral("password"),
          QJsonObject { { QStringLiteral("digest"), digest },
                        { QStringLiteral("algorithm"), QStringLiteral("sha-256") } } },
    };
}

QJsonObject LoginRequest::ldap(const QString &identifier, const QString &password)
{
    return QJsonObject {
        { QStringLiteral("ldap"), true },
        { QStringLiteral("username"), identifier.trimmed() },
        { QStringLiteral("ldapPass"), password },
        { QStringLiteral("ldapOptions"), QJsonObject() },
    };
}

QJsonObject LoginRequest::withTwoFactorCode(const QJsonObject &login, const QString &code)
{
    QString compact = code;
    compact.remove(QLatin1Char(' '));
    if (login.contains(QLatin1String("oauth"))) {
        // Rocket.Chat's web client answers two-factor after OAuth with a sibling `totp`.
        QJsonObject retry = login;
        retry.insert(QStringLiteral("totp"), QJsonObject { { QStringLiteral("code"), compact } });
        return retry;
    }
    return QJsonObject { { QStringLiteral("totp"),
                           QJsonObject { { QStringLiteral("login"), login },
                                         { QStringLiteral("code"), compact } } } };
}

QJsonObject LoginRequest::oauth(const QString &credentialToken, const QString &credentialSecret)
{
    return QJsonObject { { QStringLiteral("oauth"),
                           QJsonObject {
                               { QStringLiteral("credentialToken"), credentialToken },
                               { QStringLiteral("credentialSecret"), credentialSecret } } } };
}

QJsonObject LoginRequest::saml(const QString &credentialToken)
{
    return QJsonObject { { QStringLiteral("saml"), true },
                         { QStringLiteral("credentialToken"), credentialToken } };
}

QJsonObject LoginRequest::cas(const QString &credentialToken)
{
    return QJsonObject { { QStringLiteral("cas"),
                           QJsonObject {
                               { QStringLiteral("credentialToken"), credentialToken } } } };
}

QJsonObject LoginRequest::resume(const QString &token)
{
    return QJsonObject { { QStringLiteral("resume"), token } };
}

void LoginRequest::wipe(QString &text)
{
    if (text.isDetached() && !text.isEmpty()) {
        overwrite(reinterpret_cast<char16_t *>(text.data()), text.size());
        text.resize(0); // keeps the (now blank) buffer; it goes with the string
    } else {
        text.clear();
    }
}

void LoginRequest::wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty()) {
        overwrite(bytes.data(), bytes.size());
        bytes.resize(0);
    } else {
        bytes.clear();
    }
}
