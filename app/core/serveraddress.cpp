#include "core/serveraddress.h"

#include "core/logging.h"

#include <QDebug>
#include <QHashFunctions>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString httpScheme = QStringLiteral("http");
const QString httpsScheme = QStringLiteral("https");
const QString wsScheme = QStringLiteral("ws");
const QString wssScheme = QStringLiteral("wss");

// Long enough to recognise the part in an error message, short enough for a dialog.
constexpr int maxDetailLength = 40;

bool isWebScheme(const QString &scheme)
{
    return scheme == httpScheme || scheme == httpsScheme || scheme == wsScheme
        || scheme == wssScheme;
}

bool isSecureScheme(const QString &scheme)
{
    return scheme == httpsScheme || scheme == wssScheme;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

// RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool hasSchemeSyntax(const QString &text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('.');
    });
}

// Where the authority ends: at the first "/", "?" or "#", else at the end.
int authorityEnd(const QString &text)
{
    static const QRegularExpression delimiter(QStringLiteral("[/?#]"));
    const int index = int(text.indexOf(delimiter));
    return index < 0 ? int(text.size()) : index;
}

// People type IPv6 literals without the brackets a URL needs ("::1", "fe80::1").
bool isBareIPv6(const QString &authority)
{
    if (authority.count(QLatin1Char(':')) < 2 || authority.startsWith(QLatin1Char('[')))
        return false;
    QHostAddress address;
    return address.setAddress(authority) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isLoopbackHost(const QString &host)
{
    // Only the name that never leaves this computer; *.localhost is not guaranteed to.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    return QHostAddress(host).isLoopback();
}

QString elided(const QString &text)
{
    if (text.size() <= maxDetailLength)
        return text;
    return text.left(maxDetailLength) + QChar(0x2026);
}

// A bucket per writing system; Han, kana and Hangul are mixed legitimately, so they share one.
int scriptGroup(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return -1;
    default:
        return int(script);
    }
}

// "аpple.com" with a Cyrillic "а" looks like apple.com. A label mixing writing systems is the
// classic homograph, so such hosts are shown in their xn-- form instead. Text is scanned by code
// point so that letters outside the BMP are classified too.
bool mixesScripts(const QString &host)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        QSet<int> groups;
        const QList<uint> codePoints = label.toUcs4();
        for (uint codePoint : codePoints) {
            const QChar::Script script = QChar::script(char32_t(codePoint));
            if (script == QChar::Script_Common || script == QChar::Script_Inherited
                || script == QChar::Script_Unknown)
                continue;
            groups.insert(scriptGroup(script));
        }
        if (groups.size() > 1)
            return true;
    }
    return false;
}

// Tidies the path of a pasted URL down to the install prefix: no duplicate or trailing slashes,
// and without the endpoints people copy by mistake. "/websocket" is the DDP endpoint itself (what
// a developer console shows); "/home" is the page the web client lands on after sign-in (what the
// browser's address bar shows). Any other path is a sub-path install and is kept.
QString installPrefix(const QUrl &url)
{
    // Dot segments removed by hand (RFC 3986 §5.2.4): Qt 6.4's QUrl::NormalizePathSegments also
    // eats a segment such as ".z" before "/websocket", which a fuzzer found.
    QStringList segments;
    const QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    for (const QString &segment : parts) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue; // also folds repeated and trailing slashes
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QString path
        = segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/'));
    // Repeated, so that parsing an origin again never changes it ("/home/websocket").
    const QLatin1String suffixes[] = { QLatin1String("/websocket"), QLatin1String("/home") };
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QLatin1String suffix : suffixes) {
            if (path.endsWith(suffix)) {
                path.chop(suffix.size());
                stripped = true;
            }
        }
    }
    return path;
}

// Whether a character percent-encoded in a path may be shown decoded: letters, marks, digits,
// punctuation and symbols of any script. Controls, format characters (bidi overrides and
// isolates, zero-width characters), separators other than the plain space, private use,
// surrogates, unassigned code points and noncharacters stay encoded: shown, they could hide or
// reorder the text around them. So do the ASCII characters a path has to encode ("<", ">", '"',
// "%", "/", "?", "#", …): decoded, they could pass for markup or for another address.
bool isReadableInPath(char32_t codePoint)
{
    if (codePoint == U' ')
        return true;
    if (codePoint < 0x80)
        return false;
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    return -1;
}

// A fully encoded path as people read it: what isReadableInPath() allows is decoded from its
// UTF-8, everything else keeps its %XX. The result parses back to the same path.
QString readablePath(const QString &encoded)
{
    QString text;
    int i = 0;
    while (i < encoded.size()) {
        // A run of %XX escapes, as bytes.
        QByteArray bytes;
        QStringList escapes;
        int end = i;
        while (end + 2 < encoded.size() && encoded.at(end) == u'%'
               && hexValue(encoded.at(end + 1)) >= 0 && hexValue(encoded.at(end + 2)) >= 0) {
            bytes += char(hexValue(encoded.at(end + 1)) * 16 + hexValue(encoded.at(end + 2)));
            escapes += encoded.mid(end, 3).toUpper();
            end += 3;
        }
        if (bytes.isEmpty()) {
            text += encoded.at(i++);
            continue;
        }
        // Each UTF-8 sequence of the run on its own: decoded when readable, else as it came.
        for (int at = 0; at < bytes.size();) {
            const auto lead = uchar(bytes.at(at));
            const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
            const QString decoded = at + length <= bytes.size()
                ? QString::fromUtf8(bytes.mid(at, length))
                : QString();
            const QList<uint> codePoints = decoded.toUcs4();
            const bool valid = codePoints.size() == 1 && codePoints.front() != 0xfffd;
            if (valid && isReadableInPath(char32_t(codePoints.front()))) {
                text += decoded;
                at += length;
                continue;
            }
            // A byte that starts no valid sequence stays encoded alone; the next one may.
            const int taken = valid ? length : 1;
            for (int k = 0; k < taken; ++k)
                text += escapes.at(at + k);
            at += taken;
        }
        i = end;
    }
    return text;
}

} // namespace

ServerAddress ServerAddress::failure(Error error, const QString &detail)
{
    // The input itself is not logged: it may hold a password (user:password@host).
    qCDebug(lcServer) << "server address rejected:" << error;
    ServerAddress address;
    address.m_error = error;
    address.m_detail = detail;
    return address;
}

ServerAddress ServerAddress::parse(const QString &input, bool allowInsecure)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(Error::Empty);
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return failure(Error::ContainsSpaces);

    QString scheme; // empty: the user typed no scheme
    QString rest; // what follows "scheme://"
    const int separator = int(text.indexOf(QLatin1String("://")));
    if (separator >= 0) {
        scheme = text.left(separator).toLower();
        if (!hasSchemeSyntax(scheme))
            return failure(Error::MalformedUrl);
        if (!isWebScheme(scheme))
            return failure(Error::UnsupportedScheme, elided(scheme));
        rest = text.mid(separator + 3);
    } else if (text.startsWith(QLatin1String("//"))) {
        rest = text.mid(2);
    } else {
        // "localhost:3000" and "mailto:x@y" look alike: a colon before any slash. It is a port
        // when digits follow or the part before looks like a host name; otherwise a scheme.
        const int end = authorityEnd(text);
        const int colon = int(text.indexOf(QLatin1Char(':')));
        const QString authority = text.left(end);
        if (colon >= 0 && colon < end && !authority.startsWith(QLatin1Char('['))
            && !isBareIPv6(authority)) {
            const QString before = text.left(colon).toLower();
            const QString after = text.mid(colon + 1, end - colon - 1);
            if (isWebScheme(before))
                return failure(Error::MalformedUrl); // "https:chat.example.com", "http:/host"
            // "alice:secret@host" is credentials, "mailto:alice@host" an address of another kind.
            static const QStringList addressSchemes
                = { QStringLiteral("mailto"), QStringLiteral("xmpp"), QStringLiteral("sip") };
            if (authority.contains(QLatin1Char('@')) && !addressSchemes.contains(before))
                return failure(Error::HasCredentials);
            const bool looksLikePort = isAsciiDigits(after);
            const bool looksLikeHost
                = before.contains(QLatin1Char('.')) || before == QLatin1String("localhost");
            if (!looksLikePort && !looksLikeHost) {
                if (hasSchemeSyntax(before))
                    return failure(Error::UnsupportedScheme, elided(before));
                return failure(Error::MalformedUrl);
            }
        }
        rest = text;
    }

    const int end = authorityEnd(rest);
    QString authority = rest.left(end);
    const QString pathQueryFragment = rest.mid(end);

    // Refused rather than stripped: a password in the address would end up in settings and logs,
    // and the sign-in screen is where credentials belong.
    if (authority.contains(QLatin1Char('@')))
        return failure(Error::HasCredentials);

    if (isBareIPv6(authority))
        authority = QLatin1Char('[') + authority + QLatin1Char(']');

    QString hostPart; // IPv6 keeps its brackets: QUrl::setHost() then validates it as IPv6
    QString portPart;
    if (authority.startsWith(QLatin1Char('['))) {
        const int close = int(authority.indexOf(QLatin1Char(']')));
        if (close < 0)
            return failure(Error::MalformedUrl);
        hostPart = authority.left(close + 1);
        const QString afterHost = authority.mid(close + 1);
        if (!afterHost.isEmpty()) {
            if (!afterHost.startsWith(QLatin1Char(':')))
                return failure(Error::MalformedUrl);
            portPart = afterHost.mid(1);
        }
    } else {
        const int colon = int(authority.lastIndexOf(QLatin1Char(':')));
        hostPart = colon < 0 ? authority : authority.left(colon);
        portPart = colon < 0 ? QString() : authority.mid(colon + 1);
    }
    if (hostPart.isEmpty() || hostPart == QLatin1String("[]"))
        return failure(Error::MissingHost);
    // An empty port ("host:") is allowed by RFC 3986 and means the default.
    if (!portPart.isEmpty()) {
        const bool isNumber = isAsciiDigits(portPart) && portPart.size() <= 5;
        const int port = isNumber ? portPart.toInt() : 0;
        if (port < 1 || port > 65535)
            return failure(Error::InvalidPort, elided(portPart));
    }

    const QString parseScheme = scheme.isEmpty() ? httpsScheme : scheme;
    QUrl url(parseScheme + QLatin1String("://") + authority + pathQueryFragment,
             QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()) {
        QUrl probe;
        probe.setHost(hostPart, QUrl::StrictMode);
        if (probe.host().isEmpty())
            return failure(Error::InvalidHost, elided(hostPart));
        return failure(Error::MalformedUrl);
    }

    QString host = url.host();
    // "example.com." is the same host, but a trailing dot trips certificate name checks.
    if (host.endsWith(QLatin1Char('.')) && !host.contains(QLatin1Char(':'))) {
        host.chop(1);
        if (host.isEmpty() || host.endsWith(QLatin1Char('.')))
            return failure(Error::InvalidHost, elided(hostPart));
    }

    // An IPv6 zone ("fe80::1%eth0") names a network interface: letters, digits and "._~-" only.
    // Anything else (a "/" decoded from "%2F", found by the fuzzer) cannot round-trip.
    if (const int zone = int(host.indexOf(QLatin1Char('%'))); zone >= 0) {
        static const QRegularExpression zoneId(QStringLiteral("^[A-Za-z0-9._~-]+$"));
        if (!zoneId.match(host.mid(zone + 1)).hasMatch())
            return failure(Error::InvalidHost, elided(hostPart));
    }

    const bool loopback = isLoopbackHost(host);
    // Without a scheme, a remote server is assumed to use TLS; a server on this computer is
    // almost always a development server on plain http (as Rocket.Chat's mobile app assumes).
    if (scheme.isEmpty())
        scheme = loopback ? httpScheme : httpsScheme;
    const bool secure = isSecureScheme(scheme);

    if (!secure && !loopback && !allowInsecure)
        return failure(Error::InsecureTransport, elided(host));

    ServerAddress address;
    address.m_origin.setScheme(secure ? httpsScheme : httpScheme);
    address.m_origin.setHost(host);
    const int port = url.port();
    if (port != (secure ? 443 : 80))
        address.m_origin.setPort(port);
    address.m_origin.setPath(installPrefix(url), QUrl::TolerantMode);
    if (!address.m_origin.isValid())
        return failure(Error::MalformedUrl);
    qCDebug(lcServer) << "server address:" << address.m_origin.toString();
    return address;
}

QString ServerAddress::errorMessage() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter the address of your Rocket.Chat server, for example chat.example.com.");
    case Error::ContainsSpaces:
        return tr("A server address cannot contain spaces. Check the address and enter it again "
                  "without spaces.");
    case Error::UnsupportedScheme:
        //: %1 is the scheme the user typed, such as "ftp" or "mailto".
        return tr("Addresses starting with “%1:” cannot be used to sign in. Enter the server "
                  "address with https://, for example https://chat.example.com.")
            .arg(m_detail);
    case Error::MalformedUrl:
        return tr("This is not a valid web address. Enter the server address as it appears in "
                  "your browser, for example https://chat.example.com.");
    case Error::MissingHost:
        return tr("The address has no server name. Enter the full address, for example "
                  "https://chat.example.com.");
    case Error::InvalidHost:
        //: %1 is the server name the user typed.
        return tr("“%1” is not a valid server name. Check the address for typing mistakes.")
            .arg(m_detail);
    case Error::InvalidPort:
        //: %1 is what the user typed after the colon in the server address.
        return tr("“%1” is not a valid port number. Use a number from 1 to 65535, or leave the "
                  "port out to use the standard one.")
            .arg(m_detail);
    case Error::HasCredentials:
        return tr("The server address contains a username or password. Remove everything up to "
                  "and including the “@”; you sign in on the next screen.");
    case Error::InsecureTransport:
        //: %1 is the server's host name.
        return tr("The server %1 does not use an encrypted connection, so your password could be "
                  "read by others on the network. Use an https:// address, or allow an unencrypted "
                  "connection if you trust this network.")
            .arg(m_detail);
    }
    return {};
}

QString ServerAddress::displayString() const
{
    if (!isValid())
        return {};
    QString host = m_origin.host();
    if (mixesScripts(host))
        host = m_origin.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');

    QString text = isSecure() ? QString() : QStringLiteral("http://");
    text += host;
    if (m_origin.port() != -1)
        text += QLatin1Char(':') + QString::number(m_origin.port());
    text += readablePath(m_origin.path(QUrl::FullyEncoded));
    return text;
}

QUrl ServerAddress::webSocketUrl() const
{
    if (!isValid())
        return {};
    QUrl url = m_origin;
    url.setScheme(isSecure() ? wssScheme : wsScheme);
    url.setPath(m_origin.path(QUrl::FullyEncoded) + QLatin1String("/websocket"),
                QUrl::TolerantMode);
    return url;
}

QUrl ServerAddress::apiUrl(const QString &path) const
{
    if (!isValid())
        return {};
    QString relative = path;
    QString query;
    const int questionMark = int(relative.indexOf(QLatin1Char('?')));
    if (questionMark >= 0) {
        query = relative.mid(questionMark + 1);
        relative.truncate(questionMark);
    }
    if (!relative.startsWith(QLatin1Char('/')))
        relative.prepend(QLatin1Char('/'));

    QUrl url = m_origin;
    url.setPath(m_origin.path(QUrl::FullyEncoded) + relative, QUrl::TolerantMode);
    if (questionMark >= 0)
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

bool ServerAddress::isSecure() const
{
    return m_origin.scheme() == httpsScheme;
}

bool ServerAddress::isSameOriginAs(const QUrl &url) const
{
    if (!isValid() || !url.isValid())
        return false;
    const int defaultPort = isSecure() ? 443 : 80;
    return url.scheme().compare(m_origin.scheme(), Qt::CaseInsensitive) == 0
        && url.host() == m_origin.host() && url.port(defaultPort) == m_origin.port(defaultPort);
}

bool ServerAddress::isLoopback() const
{
    return isValid() && isLoopbackHost(m_origin.host());
}

size_t qHash(const ServerAddress &address, size_t seed) noexcept
{
    return qHashMulti(seed, address.origin(), int(address.error()));
}

QDebug operator<<(QDebug debug, const ServerAddress &address)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ServerAddress(";
    if (address.isValid())
        debug << address.origin().toString();
    else
        debug << address.error();
    debug << ')';
    return debug;
}
