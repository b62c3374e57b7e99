#pragma once

// A tiny HTTP proxy on 127.0.0.1 that only tunnels (CONNECT host:port), as HTTPS and WSS clients
// use a proxy. Whatever host a client asks for, the tunnel goes to 127.0.0.1 on the port asked
// for: a client can then name the server by a host name that resolves nowhere, so that it can
// only ever reach it through this proxy. (Qt never proxies connections to localhost or 127/8
// itself, so a test of the proxy cannot name the server that way.) Every CONNECT is recorded.

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

class ConnectProxy : public QTcpServer
{
public:
    ConnectProxy()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    // "host:port" of every CONNECT, in order.
    QStringList tunnels() const { return m_tunnels; }
    // Requests that were not CONNECT (refused).
    QStringList refused() const { return m_refused; }

private:
    void serve(QTcpSocket *client)
    {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> request = buffer->left(end).split('\n').first().split(' ');
            const QByteArray rest = buffer->mid(end + 4);
            if (request.size() < 2 || request.at(0) != "CONNECT") {
                m_refused << QString::fromLatin1(buffer->left(end).split('\n').first().trimmed());
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QString target = QString::fromLatin1(request.at(1));
            m_tunnels << target;
            const quint16 port = quint16(target.section(u':', -1).toUInt());
            client->setProperty("tunnel", true);
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                upstream->setProperty("up", true);
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                if (client->bytesAvailable())
                    upstream->write(client->readAll());
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client,
                    [client] { client->disconnectFromHost(); });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
                if (!upstream->property("up").toBool())
                    client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, upstream,
                    [upstream] { upstream->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, port);
        });
    }

    QStringList m_tunnels;
    QStringList m_refused;
};
