#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

class QDebug;

// The address of a Rocket.Chat server as the user typed or pasted it, checked and normalized
// before anything connects to it. A valid address has an http(s) origin (lower-case host, no
// default port, install prefix without trailing slash, no user info, query or fragment) from which
// the WebSocket and REST URLs are derived. An invalid one carries a specific Error and a
// translated sentence that tells the user what to change.
class ServerAddress
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    enum class Error {
        None,
        Empty, // nothing but whitespace
        ContainsSpaces, // whitespace inside the address
        UnsupportedScheme, // ftp:, mailto:, rocketchat:, … (only http, https, ws, wss)
        MalformedUrl, // not a URL at all (ht!tp://x, https:host, …)
        MissingHost, // https:// with no server name
        InvalidHost, // a server name with characters no host name can have
        InvalidPort, // not a number, 0, or above 65535
        HasCredentials, // user:password@ in the address
        InsecureTransport, // http/ws to a host other than this computer, not allowed
    };
    Q_ENUM(Error)

    ServerAddress() = default;

    // Never touches the network. Plain http/ws is accepted for this computer (localhost, 127/8,
    // ::1) always, for other hosts only with allowInsecure.
    static ServerAddress parse(const QString &input, bool allowInsecure = false);

    bool isValid() const { return m_error == Error::None && m_origin.isValid(); }
    Error error() const { return m_error; }
    // A translated sentence saying what is wrong and what to do; empty for a valid address.
    QString errorMessage() const;

    // https://chat.example.com[:port][/prefix]
    QUrl origin() const { return m_origin; }
    // For people: the host in Unicode unless that could pass for another host, "http://" kept as
    // a warning sign, "https://" left out as browsers do; in the path, letters of any script
    // decoded, but markup ("<", ">", '"'), "%", "/", and characters that hide or reorder text
    // (bidi controls, zero-width characters) kept percent-encoded. Empty when invalid.
    QString displayString() const;
    // wss://chat.example.com[:port][/prefix]/websocket
    QUrl webSocketUrl() const;
    // origin + prefix + path; path may start without "/" and may carry a "?query".
    QUrl apiUrl(const QString &path) const;

    // Host as QUrl keeps it: lower-case, Unicode for IDN, no brackets around IPv6.
    QString host() const { return m_origin.host(); }
    // "" or "/chat": where the server is installed below the host.
    QString pathPrefix() const { return m_origin.path(); }
    bool isSecure() const;
    bool isLoopback() const;
    // True when `url` has this server's scheme, host and port (its path aside): where an HTTP
    // redirect may be followed, the same certificate being judged for the same host.
    bool isSameOriginAs(const QUrl &url) const;

    friend bool operator==(const ServerAddress &a, const ServerAddress &b)
    {
        return a.m_error == b.m_error && a.m_origin == b.m_origin && a.m_detail == b.m_detail;
    }
    friend bool operator!=(const ServerAddress &a, const ServerAddress &b) { return !(a == b); }

private:
    static ServerAddress failure(Error error, const QString &detail = {});

    QUrl m_origin;
    Error m_error = Error::None;
    // The offending part (scheme, host, port) quoted in errorMessage(). Never user info.
    QString m_detail;
};

size_t qHash(const ServerAddress &address, size_t seed = 0) noexcept;
QDebug operator<<(QDebug debug, const ServerAddress &address);

Q_DECLARE_METATYPE(ServerAddress)
