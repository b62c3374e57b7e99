#pragma once

#include "orderedjson.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

struct DevServerOptions;
class LoginAttemptLog;
class QWebSocket;
class SingleSignOn;
class UserDirectory;
struct UserAccount;

// One DDP session on one WebSocket, as Meteor's ddp-server (with accounts-base, accounts-password
// and Rocket.Chat's login additions) runs it: the connect handshake, heartbeats, methods, subs and
// login. Everything it sends goes through one queue, which adds the configured delay while keeping
// the order, and is where the faults (drop after N frames, silence, garbage) are applied.
class DevSession : public QObject
{
    Q_OBJECT
public:
    DevSession(std::unique_ptr<QWebSocket> socket, int number, DevServerOptions &options,
               UserDirectory &users, LoginAttemptLog &attempts, SingleSignOn &sso,
               QObject *parent = nullptr);
    ~DevSession() override;

    // Sends the greeting (if any) and starts reading. Call once, after connecting the signals.
    void start();

    int number() const { return m_number; }
    // The DDP session id sent in `connected`; empty before the handshake.
    QString sessionId() const { return m_sessionId; }
    QString userId() const { return m_userId; }
    // base64(sha256) of the login token this session is logged in with, or empty.
    QByteArray hashedToken() const { return m_hashedToken; }
    bool isOpen() const;

    void abort(); // drops the TCP connection at once, without a close frame
    void close(); // a normal close (1000) at once
    // After the frames already queued: a normal close (as Meteor closes a session whose token was
    // revoked).
    void closeAfterQueuedFrames();
    // Raw frames, through the queue (delay, faults) like every other frame.
    void sendText(const QString &frame);
    void sendBinary(const QByteArray &frame);

Q_SIGNALS:
    void frameReceived(int session, const QJsonObject &frame, const QString &raw);
    void closed();

private:
    struct Outgoing
    {
        enum class Kind { Text, Binary, Close, Drop }; // Drop: abort the socket (a fault)
        Kind kind;
        QByteArray data;
        qint64 due; // on m_clock
    };
    struct LoginOutcome; // defined in devsession.cpp
    struct RateWindow
    {
        qint64 start = -1;
        int count = 0;
    };

    // Incoming.
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void handleFrame(const QByteArray &raw);
    void handleConnect(const QJsonObject &message);
    void processMessage(const QJsonObject &message);
    void dispatch(const QJsonObject &message);
    void handleMethod(const QJsonObject &message);
    void handleSub(const QJsonObject &message);
    void handleUnsub(const QJsonObject &message);

    // Methods.
    void handleLogin(const QString &id, const QJsonArray &params);
    void handleLogout(const QString &id);
    bool loginRateLimited(const QString &id);
    LoginOutcome runLoginHandlers(const QJsonValue &options);
    LoginOutcome resumeHandler(const QJsonObject &options);
    void handleRemoveOtherTokens(const QString &id);
    LoginOutcome passwordHandler(const QJsonObject &options);
    LoginOutcome ldapHandler(const QJsonObject &options);
    LoginOutcome oauthHandler(const QJsonObject &options);
    LoginOutcome samlHandler(const QJsonObject &options);
    LoginOutcome casHandler(const QJsonObject &options);
    std::optional<OrderedJson> validateLoginAttempt(const LoginOutcome &outcome,
                                                    const UserAccount &user,
                                                    const QJsonObject &options);
    std::optional<OrderedJson> checkSecondFactor(const UserAccount &user, const QString &code);
    std::optional<OrderedJson> checkLoginBlocked(const QString &username, const QString &address);
    void publishUser(const UserAccount &user);
    void unpublishUser();
    void sendMethodAnswer(const QString &id, const OrderedJson &result, bool hasResult,
                          const std::optional<OrderedJson> &error);

    // Heartbeat (Meteor's ddp-common/heartbeat.js).
    void startHeartbeat();
    void onHeartbeatInterval();
    void onHeartbeatTimeout();

    // Outgoing.
    void send(const OrderedJson &frame);
    void sendError(const QString &reason, const QJsonValue &offendingMessage = {});
    void enqueue(Outgoing::Kind kind, const QByteArray &data);
    void flushDueFrames();
    void transmit(const Outgoing &frame);
    void onDisconnected();

    std::unique_ptr<QWebSocket> m_socket;
    const int m_number;
    DevServerOptions &m_options;
    UserDirectory &m_users;
    LoginAttemptLog &m_attempts;
    SingleSignOn &m_sso;

    QString m_sessionId;
    QString m_version; // negotiated DDP version
    bool m_closing = false; // a close is queued or done: read nothing more
    bool m_closedEmitted = false;
    bool m_silenced = false; // silentAfterConnected after `connected`
    // With ignoredLoginBlocks, a login swallowed by ignoreLogin never finishes, so (as in Meteor,
    // where login does not unblock) every later message except ping/pong waits behind it.
    bool m_blocked = false;

    QString m_userId;
    QByteArray m_hashedToken;
    QString m_publishedUserId; // the users document this session has been sent
    QHash<QString, RateWindow> m_rateWindows; // by method name

    // Subscriptions: id → documents (collection, id) it published; documents are reference
    // counted like Meteor's merge box, so two subs of the same data send one `added`.
    QHash<QString, QList<QPair<QString, QString>>> m_subs;
    QHash<QPair<QString, QString>, int> m_documentRefs;

    QTimer m_heartbeatInterval;
    QTimer m_heartbeatTimeout;
    bool m_seenPacket = false;

    QElapsedTimer m_clock;
    std::deque<Outgoing> m_queue;
    qint64 m_lastDue = 0;
    QTimer m_sendTimer;
    int m_framesSent = 0;
};
