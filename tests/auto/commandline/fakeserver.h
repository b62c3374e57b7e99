#pragma once

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>

// A server on 127.0.0.1 that is *not* liftoff-devserver, for what the dev server cannot be: a web
// server that is no Rocket.Chat at all, a Rocket.Chat that is too old, or one that answers
// `login` with an error nobody knows. HTTP and a bare-bones WebSocket (RFC 6455: text frames,
// unfragmented, as DdpConnection sends them) on one port, in the test's own event loop.
class FakeServer
{
public:
    struct Behaviour
    {
        // Body of GET /api/info; empty: every HTTP request gets a plain web page.
        QByteArray apiInfo;
        // The `error` object of the answer to `login`; empty: `login` is never answered.
        QJsonObject loginError;
    };

    explicit FakeServer(const Behaviour &behaviour) : m_behaviour(behaviour)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    struct Connection
    {
        QByteArray buffer;
        bool webSocket = false;
    };

    void serve(QTcpSocket *socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->buffer += socket->readAll();
            if (!connection->webSocket)
                handleHttp(socket, *connection);
            if (connection->webSocket)
                handleFrames(socket, *connection);
        });
    }

    void handleHttp(QTcpSocket *socket, Connection &connection)
    {
        const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = connection.buffer.left(end);
        connection.buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray path = lines.value(0).split(' ').value(1);
        QByteArray key;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(int(qstrlen("sec-websocket-key:"))).trimmed();
        }
        if (!m_behaviour.apiInfo.isEmpty() && path.endsWith("/websocket") && !key.isEmpty()) {
            const QByteArray accept
                = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                           QCryptographicHash::Sha1)
                      .toBase64();
            socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                          + accept + "\r\n\r\n");
            connection.webSocket = true;
            return;
        }
        QByteArray type = "text/html";
        QByteArray body = "<!doctype html><title>It works</title><p>It works!</p>";
        if (!m_behaviour.apiInfo.isEmpty() && path.startsWith("/api/info")) {
            type = "application/json";
            body = m_behaviour.apiInfo;
        } else if (!m_behaviour.apiInfo.isEmpty() && path.startsWith("/api/v1/settings.public")) {
            type = "application/json";
            body = "{\"settings\":[],\"count\":0,\"offset\":0,\"total\":0,\"success\":true}";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void handleFrames(QTcpSocket *socket, Connection &connection)
    {
        for (;;) {
            QByteArray &data = connection.buffer;
            if (data.size() < 2)
                return;
            const int opcode = data.at(0) & 0x0f;
            const bool masked = data.at(1) & 0x80;
            qsizetype length = data.at(1) & 0x7f;
            qsizetype offset = 2;
            if (length == 126) {
                if (data.size() < 4)
                    return;
                length = qFromBigEndian<quint16>(data.constData() + 2);
                offset = 4;
            } else if (length == 127) {
                socket->abort(); // nothing here sends that much
                return;
            }
            const qsizetype total = offset + (masked ? 4 : 0) + length;
            if (data.size() < total)
                return;
            QByteArray payload = data.mid(offset + (masked ? 4 : 0), length);
            if (masked) {
                for (qsizetype i = 0; i < payload.size(); ++i)
                    payload[i] = char(payload.at(i) ^ data.at(offset + (i % 4)));
            }
            data.remove(0, total);
            if (opcode == 0x8) { // close
                socket->disconnectFromHost();
                return;
            }
            if (opcode == 0x1)
                answer(socket, QJsonDocument::fromJson(payload).object());
        }
    }

    void answer(QTcpSocket *socket, const QJsonObject &message)
    {
        const QString type = message.value(QLatin1String("msg")).toString();
        if (type == u"connect") {
            send(socket,
                 { { QStringLiteral("msg"), QStringLiteral("connected") },
                   { QStringLiteral("session"), QStringLiteral("FakeSession000001") } });
        } else if (type == u"ping") {
            QJsonObject pong { { QStringLiteral("msg"), QStringLiteral("pong") } };
            if (message.contains(QLatin1String("id")))
                pong.insert(QStringLiteral("id"), message.value(QLatin1String("id")));
            send(socket, pong);
        } else if (type == u"method") {
            const QJsonValue id = message.value(QLatin1String("id"));
            if (message.value(QLatin1String("method")) == QLatin1String("login")
                && m_behaviour.loginError.isEmpty())
                return; // never answered
            QJsonObject error = m_behaviour.loginError;
            if (message.value(QLatin1String("method")) != QLatin1String("login"))
                error = { { QStringLiteral("error"), 404 },
                          { QStringLiteral("reason"), QStringLiteral("Method not found") } };
            send(socket,
                 { { QStringLiteral("msg"), QStringLiteral("result") },
                   { QStringLiteral("id"), id },
                   { QStringLiteral("error"), error } });
            send(socket,
                 { { QStringLiteral("msg"), QStringLiteral("updated") },
                   { QStringLiteral("methods"), QJsonArray { id } } });
        }
    }

    static void send(QTcpSocket *socket, const QJsonObject &message)
    {
        const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
        QByteArray frame(1, char(0x81)); // FIN, text; a server does not mask
        if (payload.size() < 126) {
            frame.append(char(payload.size()));
        } else {
            frame.append(char(126));
            frame.append(char((payload.size() >> 8) & 0xff));
            frame.append(char(payload.size() & 0xff));
        }
        socket->write(frame + payload);
    }

    Behaviour m_behaviour;
    QTcpServer m_server;
};
