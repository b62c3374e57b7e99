// fuzz-units: core/serveraddress core/logging
// fuzz-dict: serveraddress.dict
//
// ServerAddress::parse on whatever a person could type or paste. The first byte chooses
// allowInsecure; the rest is the text (UTF-8).
//
// Invariants: never crashes; a valid address is a clean http(s) origin that parses again to
// itself (from its origin, its WebSocket URL and, within limits, its display string); an invalid
// one has no origin and a message that says why.

#include "core/serveraddress.h"
#include "fuzzsupport.h"

#include <algorithm>

namespace {

void checkReparses(const QString &text, bool allowInsecure, const ServerAddress &address)
{
    const ServerAddress again = ServerAddress::parse(text, allowInsecure);
    FUZZ_CHECK(again.isValid(), text);
    FUZZ_CHECK(again.origin() == address.origin(),
               text + QStringLiteral(" -> ") + again.origin().toString(QUrl::FullyEncoded)
                   + QStringLiteral(", was ") + address.origin().toString(QUrl::FullyEncoded));
}

// The display string is for people: it leaves "https://" out (and without a scheme this computer
// means http), and it shows the path and an IPv6 zone decoded, so "/my%20chat" reads "/my chat"
// (refused, or trimmed at the end), "/a%3Fb" reads "/a?b" (another server), "%25eth0" reads
// "%eth0". Those are left out here (reported), and so is a host named like a scheme ("https:5"
// reads as a scheme). Anything else must lead back to the same server.
void checkDisplayReparses(bool allowInsecure, const ServerAddress &address)
{
    const QString display = address.displayString();
    FUZZ_CHECK(!display.isEmpty(), "a valid address has a display string");
    if (address.isSecure() && address.isLoopback())
        return;
    const QString path = address.pathPrefix();
    static const QStringList schemes = { QStringLiteral("http"), QStringLiteral("https"),
                                         QStringLiteral("ws"), QStringLiteral("wss") };
    if (schemes.contains(address.host()) || address.host().contains(QLatin1Char('%'))
        || path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#'))
        || std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.isSpace(); }))
        return;
    checkReparses(display, allowInsecure, address);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const bool allowInsecure = input.flag();
    const QString text = QString::fromUtf8(input.rest());
    const ServerAddress address = ServerAddress::parse(text, allowInsecure);

    if (!address.isValid()) {
        FUZZ_CHECK(address.error() != ServerAddress::Error::None, text);
        FUZZ_CHECK(!address.errorMessage().isEmpty(), text);
        FUZZ_CHECK(address.displayString().isEmpty() && !address.webSocketUrl().isValid(), text);
        return 0;
    }

    const QUrl origin = address.origin();
    FUZZ_CHECK(address.errorMessage().isEmpty(), text);
    FUZZ_CHECK(origin.scheme() == QLatin1String("https")
                   || origin.scheme() == QLatin1String("http"),
               text);
    FUZZ_CHECK(!origin.host().isEmpty(), text);
    FUZZ_CHECK(origin.userInfo().isEmpty() && !origin.hasQuery() && !origin.hasFragment(), text);
    FUZZ_CHECK(!origin.path(QUrl::FullyEncoded).endsWith(QLatin1Char('/')), text);
    FUZZ_CHECK(origin.port() != (address.isSecure() ? 443 : 80), text);
    FUZZ_CHECK(address.isSecure() || address.isLoopback() || allowInsecure, text);
    FUZZ_CHECK(address.pathPrefix() == origin.path(), text);

    const QUrl webSocket = address.webSocketUrl();
    FUZZ_CHECK(webSocket.isValid(), text);
    FUZZ_CHECK(webSocket.scheme() == QLatin1String(address.isSecure() ? "wss" : "ws"), text);
    FUZZ_CHECK(webSocket.path().endsWith(QLatin1String("/websocket")), text);
    const QUrl api = address.apiUrl(QStringLiteral("/api/info?x=1"));
    FUZZ_CHECK(api.isValid() && api.host() == origin.host(), text);

    checkReparses(origin.toString(QUrl::FullyEncoded), allowInsecure, address);
    checkReparses(webSocket.toString(QUrl::FullyEncoded), allowInsecure, address);
    checkDisplayReparses(allowInsecure, address);
    qHash(address);
    return 0;
}
