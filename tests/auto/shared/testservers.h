#pragma once

// Servers that are not Rocket.Chat, for the tests of the server check: a port nobody listens on,
// a socket that never answers, plain HTTP servers that answer something else, and TLS with a
// certificate nobody trusts.

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace TestServers {

// A port on 127.0.0.1 that was free a moment ago: connecting to it is refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Accepts connections and reads whatever comes, never answering.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

// An HTTP server on 127.0.0.1 that is not Rocket.Chat: /api/info (and everything else not
// routed) answers what it is told; a WebSocket upgrade gets a 404.
class PlainHttpServer
{
public:
    using Handler = std::function<QHttpServerResponse()>;

    explicit PlainHttpServer(Handler info = {}, Handler settings = {})
    {
        if (info)
            m_http.route(QStringLiteral("/api/info"), [info] { return info(); });
        if (settings)
            m_http.route(QStringLiteral("/api/v1/settings.public"),
                         [settings] { return settings(); });
        auto *tcp = new QTcpServer(&m_http);
        if (tcp->listen(QHostAddress::LocalHost, 0)) {
            m_port = tcp->serverPort();
            m_http.bind(tcp); // takes ownership
        }
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QHttpServer m_http;
    quint16 m_port = 0;
};

// A self-signed certificate for 127.0.0.1, valid 2026–2126 (EC P-256), made for these tests.
inline QSslConfiguration untrustedTlsConfiguration()
{
    const QByteArray certificate
        = "-----BEGIN CERTIFICATE-----\n"
          "MIIBjzCCATagAwIBAgIUCWbm8BocaNEnxLSzrSsyzoGgMHgwCgYIKoZIzj0EAwIw\n"
          "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMzE0MjMyMloYDzIxMjYxMDMw\n"
          "MTQyMzIyWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
          "PQMBBwNCAAT6sRWGYQlvTW6U2LasLpfAcVTztTUIgSC+80GKJS4P/MNFPiRyIbYt\n"
          "4o0ZN4Bz9A2cnnqbA7tzWpR/YDZ7AHYlo2QwYjAdBgNVHQ4EFgQU6Yty47nSb8LI\n"
          "GgbITHQaJOAvRZcwHwYDVR0jBBgwFoAU6Yty47nSb8LIGgbITHQaJOAvRZcwDwYD\n"
          "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0cAMEQC\n"
          "IBz0Trku6eIUiNgDixo9exKpWIDiJDHxJYljMRyBBKlnAiA8SqnAsxbloKJk65Wr\n"
          "H3LPdieCjMQcKvzk27053oDUNw==\n"
          "-----END CERTIFICATE-----\n";
    const QByteArray key = "-----BEGIN PRIVATE KEY-----\n"
                           "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgw3mAt+CE8y8Qjjjw\n"
                           "fLIAu0GG0bykR9UeQ5EiJqTDV/+hRANCAAT6sRWGYQlvTW6U2LasLpfAcVTztTUI\n"
                           "gSC+80GKJS4P/MNFPiRyIbYt4o0ZN4Bz9A2cnnqbA7tzWpR/YDZ7AHYl\n"
                           "-----END PRIVATE KEY-----\n";
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key, QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// TLS on 127.0.0.1 with that certificate; behind it nothing but the handshake.
class UntrustedTlsServer : public QSslServer
{
public:
    UntrustedTlsServer()
    {
        setSslConfiguration(untrustedTlsConfiguration());
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(serverPort()); }
};

} // namespace TestServers
