#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A server that goes away and comes back on the same port: forwards every connection on
// 127.0.0.1:<port> to the dev server. stop() drops the connections and stops listening (the port
// then refuses, as a server that is down); start() with the same port brings it back, with the dev
// server (and its tokens) unchanged behind it. Use start() for a normal run and startDropping()
// for a broken one; stop() between them.
class TcpForwarder : public QObject
{
public:
    explicit TcpForwarder(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent), m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client);
        });
    }

    bool start(quint16 port = 0)
    {
        if (m_server.isListening())
            return false;
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }

    // Listens, but drops every connection at once (counted): a server that is there but broken.
    bool startDropping(quint16 port)
    {
        m_dropping = true;
        const bool listening = start(port);
        return listening;
    }

    void stop()
    {
        m_dropping = false;
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int connectionCount() const { return m_connections; }

private:
    void forward(QTcpSocket *client)
    {
        ++m_connections;
        if (m_dropping) {
            client->abort();
            client->deleteLater();
            return;
        }
        auto *upstream = new QTcpSocket(client);
        m_sockets << client << upstream;
        // What the client sends before the upstream connection is up waits in the client's
        // buffer: readyRead is only served once connected.
        const auto pump = [](QTcpSocket *from, QTcpSocket *to) {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        };
        connect(client, &QTcpSocket::readyRead, upstream, [=] { pump(client, upstream); });
        connect(upstream, &QTcpSocket::readyRead, client, [=] { pump(upstream, client); });
        connect(upstream, &QTcpSocket::connected, client, [=] { pump(client, upstream); });
        connect(client, &QTcpSocket::disconnected, upstream, [=] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [=] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                client->abort();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    quint16 m_port = 0;
    int m_connections = 0;
    bool m_dropping = false;
    QList<QPointer<QTcpSocket>> m_sockets;
};
