#pragma once

#include "core/serveraddress.h"
#include "ddp/ddpcollections.h"
#include "ddp/ddperror.h"
#include "ddp/ddpmethodcall.h"
#include "ddp/ddpsubscription.h"
#include "ddp/reconnectbackoff.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketProtocol>

#include <optional>

class CertificateTrust;
class QSslError;
class QWebSocket;

// The DDP client over one QWebSocket, as app/ddp/README.md describes the protocol: version
// negotiation (§2), heartbeats both ways (§3), methods with `result` and `updated` (§4),
// subscriptions (§6), reconnection with back-off (§9), and `connect` pipelined with the first
// method. Hostile frames are logged (redacted) and survived.
class DdpConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State {
        Disconnected, // not wanted: never opened, or closed by us
        Connecting, // socket opening or handshake in flight
        Connected, // the server said `connected`
        WaitingToReconnect, // lost; a reconnect is scheduled
        Failed, // cannot go on by itself (no common protocol version)
    };
    Q_ENUM(State)

    static const QStringList &supportedVersions();

    explicit DdpConnection(QObject *parent = nullptr);
    ~DdpConnection() override;

    // Connects to the server and keeps the connection up until close().
    void open(const ServerAddress &address);
    // Closes for good; pending calls fail with Cancelled.
    void close();
    // Skips the back-off wait.
    void reconnectNow();
    // While WaitingToReconnect: milliseconds until the next attempt; 0 otherwise.
    int reconnectDelayLeftMs() const;

    State state() const { return m_state; }
    ServerAddress address() const { return m_address; }
    QString sessionId() const { return m_sessionId; }
    QString protocolVersion() const { return m_version; }
    DdpError lastError() const { return m_lastError; }

    // Calls a method. While the handshake is in flight the call is sent at once (pipelined);
    // while waiting to reconnect it waits for the next connection. `timeoutMs` < 0 uses the
    // default. Never returns null; the object is owned by the connection.
    DdpMethodCall *call(const QString &method, const QJsonArray &params = {}, int timeoutMs = -1);
    DdpSubscription *subscribe(const QString &name, const QJsonArray &params = {});
    void unsubscribe(DdpSubscription *subscription);
    DdpCollections *collections() { return &m_collections; }

    // Tuning (defaults in the .cpp, after Meteor's client).
    void setHeartbeat(int intervalMs, int timeoutMs);
    void setHandshakeTimeout(int ms) { m_handshakeTimeoutMs = ms; }
    void setMaxIncomingMessageBytes(qint64 bytes) { m_maxIncomingBytes = bytes; }
    ReconnectBackoff &backoff() { return m_backoff; }
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    // Decides on certificates the system does not trust (not owned; must outlive the
    // connection). Without it every such certificate is refused.
    void setCertificateTrust(CertificateTrust *trust) { m_trust = trust; }

Q_SIGNALS:
    void stateChanged(DdpConnection::State state);
    // Emitted right after `connect` went out on a new socket, before `connected` came back.
    // Calls made from a slot connected here are pipelined with the handshake (e.g. a resume
    // login on reconnect).
    void sessionStarting();
    void connected(const QString &sessionId);
    // The connection was lost (it will reconnect unless state() is Failed or Disconnected).
    void disconnected(const DdpError &reason);
    void reconnectScheduled(int delayMs);

private:
    void startSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void handleMessage(const QString &type, const QJsonObject &message);
    void handleConnected(const QJsonObject &message);
    void handleFailed(const QJsonObject &message);
    void handleResult(const QJsonObject &message);
    void handleUpdated(const QJsonObject &message);
    void handleReady(const QJsonObject &message);
    void handleNosub(const QJsonObject &message);
    void handleDocument(const QString &type, const QJsonObject &message);
    void onSslErrors(const QList<QSslError> &errors);
    void onHeartbeatIdle();
    void onHeartbeatTimeout();
    void onHandshakeTimeout();
    void onCallTimedOut(DdpMethodCall *call);

    void send(const QJsonObject &message);
    void sendCall(DdpMethodCall *call);
    // Drops the socket and everything pending on it; then reconnects unless told otherwise.
    void lose(const DdpError &reason);
    // Without a close code the TCP connection is simply dropped.
    void discardSocket(std::optional<QWebSocketProtocol::CloseCode> closeCode = std::nullopt);
    void failPendingCalls(const DdpError &reason);
    void forgetCall(DdpMethodCall *call);
    void scheduleReconnect();
    void setState(State state);

    ServerAddress m_address;
    CertificateTrust *m_trust = nullptr;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Disconnected;
    QString m_version;
    QString m_sessionId;
    DdpError m_lastError;
    DdpError m_socketError;
    bool m_socketOpen = false;
    bool m_autoReconnect = true;

    quint64 m_nextId = 1;
    // Calls made but not yet finished; waiting ones are not sent yet.
    QHash<QString, QPointer<DdpMethodCall>> m_pendingCalls;
    QList<QPointer<DdpMethodCall>> m_waitingCalls;
    // Calls that have their result but not yet their `updated`.
    QHash<QString, QPointer<DdpMethodCall>> m_awaitingUpdated;
    QHash<QString, QPointer<DdpSubscription>> m_subscriptions;
    DdpCollections m_collections;

    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QDeadlineTimer m_reconnectDeadline; // when m_reconnectTimer fires, to the millisecond
    QTimer m_heartbeatIdle;
    QTimer m_heartbeatTimeout;
    QTimer m_handshakeTimer;
    int m_handshakeTimeoutMs = 10000;
    qint64 m_maxIncomingBytes = 8 * 1024 * 1024;
};
