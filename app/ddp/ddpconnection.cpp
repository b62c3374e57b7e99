#include "ddp/ddpconnection.h"

#include "core/logging.h"
#include "ddp/ddpframe.h"
#include "ddp/redaction.h"
#include "tls/certificatetrust.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QWebSocket>

namespace {
// After Meteor's client: ping after 17.5 s of silence, give up 15 s later.
constexpr int DefaultHeartbeatIntervalMs = 17500;
constexpr int DefaultHeartbeatTimeoutMs = 15000;
// A method call nobody gave a time-out.
constexpr int DefaultCallTimeoutMs = 30000;

QString describe(const QJsonObject &message)
{
    return Redaction::redactFrame(QString::fromUtf8(DdpFrame::encode(message)));
}
} // namespace

const QStringList &DdpConnection::supportedVersions()
{
    static const QStringList versions { QStringLiteral("1"), QStringLiteral("pre2"),
                                        QStringLiteral("pre1") };
    return versions;
}

DdpConnection::DdpConnection(QObject *parent)
    : QObject(parent), m_version(supportedVersions().constFirst())
{
    qRegisterMetaType<DdpError>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DdpConnection::startSocket);
    m_heartbeatIdle.setSingleShot(true);
    m_heartbeatIdle.setInterval(DefaultHeartbeatIntervalMs);
    connect(&m_heartbeatIdle, &QTimer::timeout, this, &DdpConnection::onHeartbeatIdle);
    m_heartbeatTimeout.setSingleShot(true);
    m_heartbeatTimeout.setInterval(DefaultHeartbeatTimeoutMs);
    connect(&m_heartbeatTimeout, &QTimer::timeout, this, &DdpConnection::onHeartbeatTimeout);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &DdpConnection::onHandshakeTimeout);
}

DdpConnection::~DdpConnection()
{
    // Nobody may wait for ever on a call that can no longer be answered.
    failPendingCalls(DdpError(DdpError::Kind::Cancelled));
    discardSocket();
}

void DdpConnection::open(const ServerAddress &address)
{
    m_address = address;
    m_version = supportedVersions().constFirst();
    m_backoff.reset();
    m_reconnectTimer.stop();
    if (!address.isValid()) {
        m_lastError = DdpError(DdpError::Kind::NetworkError, address.errorMessage());
        failPendingCalls(m_lastError);
        setState(State::Failed);
        return;
    }
    startSocket();
}

void DdpConnection::close()
{
    m_reconnectTimer.stop();
    if (m_state == State::Disconnected)
        return;
    qCInfo(lcDdp) << "closing the connection to" << m_address.displayString();
    discardSocket(QWebSocketProtocol::CloseCodeNormal);
    failPendingCalls(DdpError(DdpError::Kind::Cancelled));
    m_collections.clear();
    setState(State::Disconnected);
}

void DdpConnection::reconnectNow()
{
    if (m_state == State::WaitingToReconnect || m_state == State::Failed) {
        m_reconnectTimer.stop();
        startSocket();
    }
}

int DdpConnection::reconnectDelayLeftMs() const
{
    if (m_state != State::WaitingToReconnect || !m_reconnectTimer.isActive())
        return 0;
    return int(qMax<qint64>(0, m_reconnectDeadline.remainingTime())); // at most the delay
}

void DdpConnection::setHeartbeat(int intervalMs, int timeoutMs)
{
    m_heartbeatIdle.setInterval(intervalMs);
    m_heartbeatTimeout.setInterval(timeoutMs);
}

void DdpConnection::startSocket()
{
    discardSocket();
    m_sessionId.clear();
    m_socketError = {};
    setState(State::Connecting);

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_maxIncomingBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_maxIncomingBytes));
    connect(m_socket, &QWebSocket::connected, this, &DdpConnection::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &DdpConnection::onSocketDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &DdpConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &DdpConnection::onBinaryMessage);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
#endif
        if (!m_socketError.isError())
            m_socketError = DdpError(DdpError::Kind::NetworkError, m_socket->errorString());
    });
    connect(m_socket, &QWebSocket::sslErrors, this, &DdpConnection::onSslErrors);

    m_handshakeTimer.start(m_handshakeTimeoutMs);
    qCInfo(lcDdp) << "connecting to" << m_address.webSocketUrl().toDisplayString()
                  << "with DDP version" << m_version;
    m_socket->open(m_address.webSocketUrl());
}

void DdpConnection::onSocketConnected()
{
    m_socketOpen = true;
    send(DdpFrame::connect(m_version, supportedVersions()));
    m_heartbeatIdle.start();

    // Pipelining: whatever should run on a new session goes out now, not a round trip later.
    Q_EMIT sessionStarting();
    const auto waiting = std::exchange(m_waitingCalls, {});
    for (const QPointer<DdpMethodCall> &call : waiting)
        if (call && !call->isFinished())
            sendCall(call);
    for (const QPointer<DdpSubscription> &sub : std::as_const(m_subscriptions))
        if (sub && !sub->isStopped())
            send(DdpFrame::sub(sub->id(), sub->name(), sub->params()));
}

void DdpConnection::onSocketDisconnected()
{
    if (!m_socket)
        return;
    DdpError reason = m_socketError;
    const auto closeCode = m_socket->closeCode();
    if (closeCode == QWebSocketProtocol::CloseCodeTooMuchData)
        reason = DdpError(DdpError::Kind::FrameTooLarge);
    else if (m_socketOpen) // it was up: whatever the socket says, the connection was lost
        reason = DdpError(DdpError::Kind::ConnectionLost,
                          reason.isError() ? reason.detail() : m_socket->closeReason());
    else if (!reason.isError()) // Qt 6.4 signals the error itself only after `disconnected`
        reason = DdpError(DdpError::Kind::NetworkError,
                          m_socket->error() != QAbstractSocket::UnknownSocketError
                              ? m_socket->errorString()
                              : m_socket->closeReason());
    qCInfo(lcDdp) << "socket closed:" << reason.toLogString() << "close code" << int(closeCode);
    lose(reason);
}

void DdpConnection::onTextMessage(const QString &message)
{
    // Any message at all proves the server alive ("any message counts as a pong").
    m_heartbeatTimeout.stop();
    m_heartbeatIdle.start();

    if (lcDdpFrames().isDebugEnabled())
        qCDebug(lcDdpFrames).noquote() << "<-" << Redaction::redactFrame(message);

    const DdpFrame::Decoded frame = DdpFrame::decode(message.toUtf8());
    switch (frame.problem) {
    case DdpFrame::Problem::None:
        break;
    case DdpFrame::Problem::NotJson:
    case DdpFrame::Problem::NotAnObject:
        qCWarning(lcDdp).noquote()
            << "ignored a frame that is not a JSON object:" << Redaction::redactFrame(message);
        return;
    case DdpFrame::Problem::NoMessageType:
        qCWarning(lcDdp).noquote()
            << "ignored a frame without a message type:" << Redaction::redactFrame(message);
        return;
    }
    if (frame.isGreeting)
        return; // DDP: the client does not have to wait for it, nor answer it
    handleMessage(frame.type, frame.object);
}

void DdpConnection::onBinaryMessage(const QByteArray &message)
{
    m_heartbeatTimeout.stop();
    m_heartbeatIdle.start();
    qCWarning(lcDdp) << "ignored a binary frame of" << message.size() << "bytes";
}

void DdpConnection::handleMessage(const QString &type, const QJsonObject &message)
{
    if (type == QLatin1String("connected"))
        return handleConnected(message);
    if (type == QLatin1String("failed"))
        return handleFailed(message);
    if (type == QLatin1String("ping"))
        return send(DdpFrame::pong(message.value(QLatin1String("id"))));
    if (type == QLatin1String("pong"))
        return; // already counted as a sign of life
    if (type == QLatin1String("result"))
        return handleResult(message);
    if (type == QLatin1String("updated"))
        return handleUpdated(message);
    if (type == QLatin1String("ready"))
        return handleReady(message);
    if (type == QLatin1String("nosub"))
        return handleNosub(message);
    if (type == QLatin1String("added") || type == QLatin1String("changed")
        || type == QLatin1String("removed") || type == QLatin1String("addedBefore")
        || type == QLatin1String("movedBefore"))
        return handleDocument(type, message);
    if (type == QLatin1String("error")) {
        const QString reason = message.value(QLatin1String("reason")).toString();
        // The socket stays open; a call that caused it is left to its time-out.
        qCWarning(lcDdp) << "the server complained about one of our messages:" << reason;
        return;
    }
    qCWarning(lcDdp) << "ignored a message of unknown type" << type.left(64);
}

void DdpConnection::handleConnected(const QJsonObject &message)
{
    if (!m_sessionId.isEmpty()) {
        qCWarning(lcDdp) << "ignored a second `connected` on the same session";
        return;
    }
    const QJsonValue session = message.value(QLatin1String("session"));
    m_sessionId = session.isString() && !session.toString().isEmpty() ? session.toString()
                                                                      : QStringLiteral("(unnamed)");
    m_handshakeTimer.stop();
    m_backoff.reset();
    m_lastError = {};
    qCInfo(lcDdp) << "connected, DDP version" << m_version;
    setState(State::Connected);
    Q_EMIT connected(m_sessionId);
}

void DdpConnection::handleFailed(const QJsonObject &message)
{
    if (!m_sessionId.isEmpty()) {
        qCWarning(lcDdp) << "ignored `failed` after the handshake";
        return;
    }
    const QString offered = message.value(QLatin1String("version")).toString();
    if (supportedVersions().contains(offered) && offered != m_version) {
        qCInfo(lcDdp) << "server asks for DDP version" << offered << "- reconnecting with it";
        m_version = offered;
        // The server closes after `failed` without running anything we pipelined, so those calls
        // are safe to send again on the next socket.
        for (const QPointer<DdpMethodCall> &call : std::as_const(m_pendingCalls))
            if (call && !call->isFinished())
                m_waitingCalls.append(call);
        m_pendingCalls.clear();
        startSocket();
        return;
    }
    qCWarning(lcDdp) << "no common DDP version; the server offers" << offered.left(32);
    m_lastError = DdpError(DdpError::Kind::VersionMismatch,
                           offered.isEmpty() ? QStringLiteral("?") : offered.left(32));
    discardSocket();
    failPendingCalls(m_lastError);
    setState(State::Failed);
    Q_EMIT disconnected(m_lastError);
}

void DdpConnection::handleResult(const QJsonObject &message)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    const QPointer<DdpMethodCall> call
        = id.isString() ? m_pendingCalls.take(id.toString()) : QPointer<DdpMethodCall>();
    if (!call) {
        qCWarning(lcDdp) << "ignored a result for an unknown method call"
                         << (id.isString() ? id.toString().left(32) : QStringLiteral("(no id)"));
        return;
    }
    if (!call->isDataVisible())
        m_awaitingUpdated.insert(call->id(), call);
    if (message.contains(QLatin1String("error"))) {
        const DdpError error = DdpError::fromServerObject(message.value(QLatin1String("error")));
        qCDebug(lcDdp) << "method" << call->method() << "failed:" << error.toLogString();
        call->reject(error);
    } else {
        call->resolve(message.value(QLatin1String("result")));
    }
    forgetCall(call);
}

void DdpConnection::handleUpdated(const QJsonObject &message)
{
    const QJsonArray methods = message.value(QLatin1String("methods")).toArray();
    for (const QJsonValue &idValue : methods) {
        const QString id = idValue.toString();
        QPointer<DdpMethodCall> call = m_awaitingUpdated.take(id);
        if (!call)
            call = m_pendingCalls.value(id); // `updated` may come before `result`
        if (!call)
            continue;
        call->markDataVisible();
        forgetCall(call);
    }
}

void DdpConnection::handleReady(const QJsonObject &message)
{
    const QJsonArray subs = message.value(QLatin1String("subs")).toArray();
    for (const QJsonValue &id : subs)
        if (const QPointer<DdpSubscription> sub = m_subscriptions.value(id.toString()))
            sub->setReady(true);
}

void DdpConnection::handleNosub(const QJsonObject &message)
{
    const QString id = message.value(QLatin1String("id")).toString();
    const QPointer<DdpSubscription> sub = m_subscriptions.take(id);
    if (!sub)
        return;
    DdpError error;
    if (message.contains(QLatin1String("error")))
        error = DdpError::fromServerObject(message.value(QLatin1String("error")));
    sub->markStopped(error);
    sub->deleteLater();
}

void DdpConnection::handleDocument(const QString &type, const QJsonObject &message)
{
    const QJsonValue collection = message.value(QLatin1String("collection"));
    const QJsonValue id = message.value(QLatin1String("id"));
    if (!collection.isString() || !id.isString()) {
        qCWarning(lcDdp) << "ignored a" << type << "message without a collection or id";
        return;
    }
    const QJsonObject fields = message.value(QLatin1String("fields")).toObject();
    if (type == QLatin1String("removed"))
        m_collections.applyRemoved(collection.toString(), id.toString());
    else if (type == QLatin1String("changed"))
        m_collections.applyChanged(collection.toString(), id.toString(), fields,
                                   message.value(QLatin1String("cleared")).toArray());
    else
        m_collections.applyAdded(collection.toString(), id.toString(), fields);
}

void DdpConnection::onSslErrors(const QList<QSslError> &errors)
{
    // QWebSocket::ignoreSslErrors(list) only applies to the next open(); the handshake under way
    // is its QSslSocket's, a child of the QWebSocket (in every Qt 6). That socket is asked
    // directly, while it waits for this slot, so that the connection goes on without a second
    // handshake. Without it nothing is ignored: the connection fails, never opens blindly.
    auto *tls = m_socket ? m_socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly)
                         : nullptr;
    QSslCertificate leaf = tls ? tls->peerCertificate() : QSslCertificate();
    CertificateTrust::Decision decision
        = CertificateTrust::decide(m_trust, m_address, leaf, errors);
    if (decision.accepted && tls) {
        tls->ignoreSslErrors(decision.errorsToIgnore);
        return;
    }
    if (decision.accepted) {
        qCWarning(lcDdp) << "cannot reach the TLS socket to accept the trusted certificate";
        decision.refusal = CertificateTrust::refusal(m_address, leaf, errors);
    }
    m_socketError = DdpError::fromUntrustedCertificate(decision.refusal);
}

void DdpConnection::onHeartbeatIdle()
{
    if (!m_socket || !m_socketOpen)
        return;
    send(DdpFrame::ping(QString::number(m_nextId++)));
    m_heartbeatTimeout.start();
}

void DdpConnection::onHeartbeatTimeout()
{
    qCWarning(lcDdp) << "the server did not answer our ping; treating it as gone";
    lose(DdpError(DdpError::Kind::ServerSilent));
}

void DdpConnection::onHandshakeTimeout()
{
    qCWarning(lcDdp) << "the handshake did not complete in" << m_handshakeTimeoutMs << "ms";
    lose(DdpError(DdpError::Kind::Timeout));
}

void DdpConnection::onCallTimedOut(DdpMethodCall *call)
{
    qCWarning(lcDdp) << "method" << call->method() << "timed out";
    m_pendingCalls.remove(call->id());
    m_waitingCalls.removeAll(call);
    call->reject(DdpError(DdpError::Kind::Timeout));
    forgetCall(call);
}

DdpMethodCall *DdpConnection::call(const QString &method, const QJsonArray &params, int timeoutMs)
{
    auto *call = new DdpMethodCall(QString::number(m_nextId++), method, params,
                                   timeoutMs < 0 ? DefaultCallTimeoutMs : timeoutMs, this);
    connect(call, &DdpMethodCall::timedOut, this, [this, call] { onCallTimedOut(call); });

    switch (m_state) {
    case State::Disconnected:
    case State::Failed: {
        const DdpError error = m_state == State::Failed && m_lastError.isError()
            ? m_lastError
            : DdpError(DdpError::Kind::NotConnected);
        // Report asynchronously so callers can connect to `finished` first.
        QMetaObject::invokeMethod(
            call,
            [this, call, error] {
                call->reject(error);
                forgetCall(call);
            },
            Qt::QueuedConnection);
        return call;
    }
    case State::Connecting:
        if (m_socketOpen) {
            sendCall(call); // pipelined with the handshake
            return call;
        }
        [[fallthrough]];
    case State::WaitingToReconnect:
        m_waitingCalls.append(call);
        return call;
    case State::Connected:
        sendCall(call);
        return call;
    }
    return call;
}

DdpSubscription *DdpConnection::subscribe(const QString &name, const QJsonArray &params)
{
    auto *sub = new DdpSubscription(QStringLiteral("s") + QString::number(m_nextId++), name, params,
                                    this);
    m_subscriptions.insert(sub->id(), sub);
    if (m_socket && m_socketOpen)
        send(DdpFrame::sub(sub->id(), name, params));
    return sub;
}

void DdpConnection::unsubscribe(DdpSubscription *subscription)
{
    if (!subscription || !m_subscriptions.remove(subscription->id()))
        return;
    if (m_socket && m_socketOpen)
        send(DdpFrame::unsub(subscription->id()));
    subscription->markStopped({});
    subscription->deleteLater();
}

void DdpConnection::send(const QJsonObject &message)
{
    if (!m_socket || !m_socketOpen)
        return;
    if (lcDdpFrames().isDebugEnabled())
        qCDebug(lcDdpFrames).noquote() << "->" << describe(message);
    m_socket->sendTextMessage(QString::fromUtf8(DdpFrame::encode(message)));
}

void DdpConnection::sendCall(DdpMethodCall *call)
{
    m_pendingCalls.insert(call->id(), call);
    send(DdpFrame::method(call->id(), call->method(), call->params()));
}

void DdpConnection::lose(const DdpError &reason)
{
    const bool wasUp = m_socket != nullptr;
    discardSocket();
    if (!wasUp)
        return;
    m_lastError = reason;
    failPendingCalls(reason);
    for (const QPointer<DdpSubscription> &sub : std::as_const(m_subscriptions))
        if (sub)
            sub->setReady(false);
    m_collections.clear();
    if (m_autoReconnect)
        scheduleReconnect();
    else
        setState(State::Disconnected);
    Q_EMIT disconnected(reason);
}

void DdpConnection::discardSocket(std::optional<QWebSocketProtocol::CloseCode> closeCode)
{
    m_heartbeatIdle.stop();
    m_heartbeatTimeout.stop();
    m_handshakeTimer.stop();
    const bool wasOpen = std::exchange(m_socketOpen, false);
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    // Its signals are of no interest any more, and must not re-enter us while it goes.
    socket->disconnect(this);
    if (closeCode && wasOpen)
        socket->close(*closeCode);
    else
        socket->abort();
    socket->deleteLater();
}

void DdpConnection::failPendingCalls(const DdpError &reason)
{
    // Every call made and not answered fails now: sent ones lost their answer with the socket,
    // and waiting ones would otherwise hang until their time-out.
    auto pending = std::exchange(m_pendingCalls, {});
    const auto waiting = std::exchange(m_waitingCalls, {});
    for (const QPointer<DdpMethodCall> &call : waiting)
        pending.insert(call ? call->id() : QString(), call);
    for (const QPointer<DdpMethodCall> &call : std::as_const(pending)) {
        if (!call)
            continue;
        call->reject(reason);
        forgetCall(call);
    }
    const auto awaiting = std::exchange(m_awaitingUpdated, {});
    for (const QPointer<DdpMethodCall> &call : awaiting)
        if (call)
            call->deleteLater();
}

void DdpConnection::forgetCall(DdpMethodCall *call)
{
    // Delete once nothing more can arrive for it: finished, and `updated` seen or no longer
    // expected (it failed locally, or the session it was sent on is gone).
    if (!call->isFinished())
        return;
    const bool answeredByServer
        = !call->hasError() || call->error().kind() == DdpError::Kind::ServerError;
    if (call->isDataVisible() || !answeredByServer)
        m_awaitingUpdated.remove(call->id());
    if (!m_awaitingUpdated.contains(call->id()) && !m_pendingCalls.contains(call->id()))
        call->deleteLater();
}

void DdpConnection::scheduleReconnect()
{
    const int delay = m_backoff.nextDelayMs();
    qCInfo(lcDdp) << "reconnecting in" << delay << "ms (attempt" << m_backoff.attempt() << ")";
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
    m_reconnectDeadline = QDeadlineTimer(delay);
    Q_EMIT reconnectScheduled(delay);
}

void DdpConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
