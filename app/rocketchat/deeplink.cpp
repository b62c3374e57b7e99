#include "rocketchat/deeplink.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString kScheme = QStringLiteral("rocketchat");
const QString kAuth = QStringLiteral("auth");
const QString kWebHost = QStringLiteral("go.rocket.chat");

// Longer than any token Rocket.Chat makes (43 characters), short enough to refuse junk.
constexpr int maxTokenLength = 256;
constexpr int maxErrorLength = 500;
constexpr int maxHostLength = 1024;
// Against junk only: the canonical form of a link within the limits above (every character of
// the host percent-encoded twice) stays well below it.
constexpr int maxLinkLength = 64 * 1024;

// Meteor refuses credential tokens and secrets outside [a-zA-Z0-9_-] (oauth_server.js); resume
// tokens and user ids are made of the same characters.
bool isTokenText(const QString &text)
{
    if (text.isEmpty() || text.size() > maxTokenLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}

bool isHttpScheme(const QString &text, int *schemeLength)
{
    for (const QString &scheme : { QStringLiteral("http://"), QStringLiteral("ws://") }) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            *schemeLength = int(scheme.size());
            return true;
        }
    }
    return false;
}

// Unicode's noncharacters (U+FDD0…U+FDEF, U+xFFFE, U+xFFFF) do not survive Qt's UTF-8 decoding
// of a percent-encoded link: they come back as U+FFFD. Read as U+FFFD from the start, so that a
// link's canonical form parses to the same link.
QString withoutNoncharacters(const QString &value)
{
    bool found = false;
    QList<uint> codePoints = value.toUcs4();
    for (uint &codePoint : codePoints) {
        if (QChar::isNonCharacter(codePoint)) {
            codePoint = QChar::ReplacementCharacter;
            found = true;
        }
    }
    return found ? QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                     codePoints.size())
                 : value;
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

DeepLink DeepLink::invalid(const QString &problem)
{
    DeepLink link;
    link.m_problem = problem;
    return link;
}

bool DeepLink::looksLikeLink(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(kScheme + u':', Qt::CaseInsensitive)
        || trimmed.startsWith(QStringLiteral("https://") + kWebHost + u'/', Qt::CaseInsensitive);
}

DeepLink DeepLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > maxLinkLength)
        return invalid(tr("The sign-in link is too long to be a Rocket.Chat link."));
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return invalid(tr("The sign-in link is not a valid address. Start the sign-in again "
                          "from Liftoff."));
    const QString scheme = url.scheme().toLower();
    const bool appLink
        = scheme == kScheme && url.host() == kAuth && (url.path().isEmpty() || url.path() == u"/");
    const bool webLink = scheme == QLatin1String("https") && url.host() == kWebHost
        && (url.path() == u"/auth" || url.path() == u"/auth/");
    if (!appLink && !webLink) {
        return invalid(tr("Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); "
                          "this one is something else."));
    }
    if (url.hasFragment() || !url.userInfo().isEmpty() || url.port() != -1)
        return invalid(tr("The sign-in link has parts a Rocket.Chat sign-in link never has."));

    // Each parameter once: two different values for one name would leave it to chance which
    // one counts.
    QHash<QString, QString> values;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (values.contains(key))
            return invalid(
                tr("The sign-in link has the parameter \"%1\" more than once.").arg(key.left(40)));
        values.insert(key, withoutNoncharacters(value));
    }

    const QString host = values.value(QStringLiteral("host")).trimmed();
    if (host.isEmpty())
        return invalid(tr("The sign-in link does not say which server it is for."));
    if (host.size() > maxLinkLength / 16)
        return invalid(tr("The server address in the sign-in link is too long."));
    ServerAddress server = ServerAddress::parse(host);
    int schemeLength = 0;
    if (server.error() == ServerAddress::Error::InsecureTransport
        && isHttpScheme(host, &schemeLength)) {
        // As Rocket.Chat's mobile app: a link never downgrades a remote server to plain http.
        server = ServerAddress::parse(QStringLiteral("https://") + host.mid(schemeLength));
    }
    if (!server.isValid())
        return invalid(tr("The server address in the sign-in link is not usable: %1")
                           .arg(server.errorMessage()));
    // Measured as written back (toUrlString()), so that the canonical form parses again.
    if (server.origin().toString(QUrl::FullyEncoded).size() > maxHostLength)
        return invalid(tr("The server address in the sign-in link is too long."));

    DeepLink link;
    link.m_server = server;
    const QString type = values.value(QStringLiteral("type"));
    const QString error = values.value(QStringLiteral("error"));
    if (error.size() > maxErrorLength)
        return invalid(tr("The sign-in link carries an error message that is too long."));

    if (type == u"oauth" || type == u"saml") {
        link.m_kind = type == u"oauth" ? Kind::OAuth : Kind::Saml;
        link.m_credentialToken = values.value(QStringLiteral("credentialToken"));
        link.m_providerError = error;
        // Rocket.Chat's hand-off of a provider's refusal carries no credentials at all.
        const bool tokenOptional = !error.isEmpty() && link.m_credentialToken.isEmpty()
            && !values.contains(QStringLiteral("credentialToken"));
        if (!tokenOptional && !isTokenText(link.m_credentialToken))
            return invalid(tr("The sign-in link has no usable credential token."));
        if (link.m_kind == Kind::OAuth && error.isEmpty()) {
            link.m_credentialSecret = values.value(QStringLiteral("credentialSecret"));
            if (!isTokenText(link.m_credentialSecret))
                return invalid(tr("The sign-in link has no usable credential secret."));
        } else if (values.contains(QStringLiteral("credentialSecret"))) {
            return invalid(tr("The sign-in link has a credential secret it should not have."));
        }
        if (values.contains(QStringLiteral("token")))
            return invalid(tr("The sign-in link mixes two kinds of sign-in."));
        return link;
    }
    if (!type.isEmpty())
        return invalid(
            tr("The sign-in link is of a kind Liftoff does not know (\"%1\").").arg(type.left(40)));
    if (!error.isEmpty() || values.contains(QStringLiteral("credentialToken")))
        return invalid(tr("The sign-in link does not say what kind of sign-in it is."));
    link.m_kind = Kind::Token;
    link.m_token = values.value(QStringLiteral("token"));
    link.m_userId = values.value(QStringLiteral("userId"));
    if (!isTokenText(link.m_token))
        return invalid(tr("The sign-in link has no usable session token."));
    if (!isTokenText(link.m_userId))
        return invalid(tr("The sign-in link does not say which user it signs in."));
    return link;
}

QString DeepLink::toUrlString() const
{
    if (!isValid())
        return {};
    QString url = QStringLiteral("rocketchat://auth?host=")
        + encoded(m_server.origin().toString(QUrl::FullyEncoded));
    switch (m_kind) {
    case Kind::OAuth:
    case Kind::Saml:
        url += QStringLiteral("&type=")
            + (m_kind == Kind::OAuth ? QStringLiteral("oauth") : QStringLiteral("saml"))
            + (m_credentialToken.isEmpty()
                   ? QString()
                   : QStringLiteral("&credentialToken=") + encoded(m_credentialToken));
        if (!m_credentialSecret.isEmpty())
            url += QStringLiteral("&credentialSecret=") + encoded(m_credentialSecret);
        if (!m_providerError.isEmpty())
            url += QStringLiteral("&error=") + encoded(m_providerError);
        break;
    case Kind::Token:
        url += QStringLiteral("&token=") + encoded(m_token) + QStringLiteral("&userId=")
            + encoded(m_userId);
        break;
    case Kind::Invalid:
        return {};
    }
    return url;
}

QString DeepLink::redactedDescription() const
{
    const QString server = m_server.origin().toString(QUrl::FullyEncoded);
    switch (m_kind) {
    case Kind::OAuth:
        return QStringLiteral("oauth link for %1%2")
            .arg(server, m_providerError.isEmpty() ? QString() : QStringLiteral(" (with error)"));
    case Kind::Saml:
        return QStringLiteral("saml link for %1%2")
            .arg(server, m_providerError.isEmpty() ? QString() : QStringLiteral(" (with error)"));
    case Kind::Token:
        return QStringLiteral("session token link for %1").arg(server);
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("unusable link");
}

bool operator==(const DeepLink &a, const DeepLink &b)
{
    return a.m_kind == b.m_kind && a.m_problem == b.m_problem && a.m_server == b.m_server
        && a.m_credentialToken == b.m_credentialToken
        && a.m_credentialSecret == b.m_credentialSecret && a.m_providerError == b.m_providerError
        && a.m_token == b.m_token && a.m_userId == b.m_userId;
}
