#include "sso/ssoattempt.h"

#include <QRandomGenerator>

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr int kTokenLength = 43;

bool equalInConstantTime(const QString &a, const QString &b)
{
    // The length of a credential token is no secret; its characters are.
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

} // namespace

SsoAttempt::SsoAttempt(Method method, const QString &service, const ServerAddress &server)
    : m_method(method)
    , m_service(service)
    , m_server(server)
    , m_credentialToken(newCredentialToken())
    , m_startedAt(QDateTime::currentDateTimeUtc())
{ }

QString SsoAttempt::newCredentialToken()
{
    // 64 symbols: six bits of each random byte pick one, without bias.
    QString token;
    token.reserve(kTokenLength);
    quint32 words[kTokenLength];
    QRandomGenerator::system()->fillRange(words, kTokenLength);
    for (quint32 word : words)
        token.append(QLatin1Char(kAlphabet[word & 63]));
    return token;
}

bool SsoAttempt::hasExpired(qint64 lifetimeMs, const QDateTime &now) const
{
    return !m_startedAt.isValid() || m_startedAt.msecsTo(now) > lifetimeMs
        || m_startedAt.msecsTo(now) < -60000; // the clock went back a lot: do not trust it
}

QByteArray SsoAttempt::oauthState() const
{
    // Written out by hand to keep Meteor's key order; the token needs no escaping.
    const QByteArray json = "{\"loginStyle\":\"redirect\",\"credentialToken\":\""
        + m_credentialToken.toLatin1()
        + "\",\"isCordova\":false,\"redirectUrl\":\"rocketchat://auth\"}";
    return json.toBase64();
}

bool SsoAttempt::hasCredentialToken(const QString &token) const
{
    return isValid() && equalInConstantTime(token, m_credentialToken);
}

SsoAttempt::Match SsoAttempt::match(const DeepLink &link, qint64 lifetimeMs,
                                    const QDateTime &now) const
{
    if (!link.isValid() || !hasCredentialToken(link.credentialToken()))
        return Match::UnknownToken;
    if (link.server() != m_server)
        return Match::OtherServer;
    const bool kindFits = (link.kind() == DeepLink::Kind::OAuth && m_method == Method::OAuth)
        || (link.kind() == DeepLink::Kind::Saml && m_method == Method::Saml);
    if (!kindFits)
        return Match::WrongKind;
    if (hasExpired(lifetimeMs, now))
        return Match::Expired;
    return Match::Matches;
}
