#pragma once

#include "devserveroptions.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

class LoginAttemptLog;
class UserDirectory;

// A local server that behaves like Rocket.Chat 7 on the wire: HTTP and the DDP WebSocket
// (`/websocket`) on one port, bound to 127.0.0.1. Used by every test and by the README's first
// command. The protocol it speaks is written down in app/ddp/README.md and
// app/rocketchat/README.md.
class DevServer : public QObject
{
    Q_OBJECT
public:
    explicit DevServer(const DevServerOptions &options = {}, QObject *parent = nullptr);
    ~DevServer() override;

    // Listens on 127.0.0.1:port (0 picks a free port). Returns false and sets errorString() on
    // failure.
    bool listen(quint16 port = 0);
    // TLS from the next listen() on: HTTPS and WSS on the one port, with this certificate (a
    // null one turns TLS off again).
    void setTls(const QSslCertificate &certificate, const QSslKey &privateKey);
    // TLS with a fresh self-signed certificate for 127.0.0.1 and localhost (another one each
    // time). False, with errorString(), when none could be made.
    bool setGeneratedTls();
    bool isTls() const;
    QSslCertificate certificate() const;
    // The certificate's SHA-256 fingerprint, AA:BB:… (empty without TLS).
    QString certificateFingerprint() const;
    // Test hook, a server going down: drops every session and HTTP connection and stops
    // listening. Users, tokens and options stay; listen() again (on the same port) brings it back.
    void stopListening();
    QString errorString() const;
    quint16 port() const;
    // http://127.0.0.1:<port> (https:// with TLS)
    QUrl httpUrl() const;
    // ws://127.0.0.1:<port>/websocket, the DDP endpoint (wss:// with TLS).
    QUrl webSocketUrl() const;

    // Options may be changed at any time; new values apply to frames sent from then on.
    DevServerOptions &options();
    UserDirectory &users();
    // Failed logins by user name and address, for blocking (options().blockFailedLogins).
    LoginAttemptLog &loginAttempts();

    // Number of open WebSocket sessions.
    int sessionCount() const;

    // Test hooks: act on every open session.
    void abortAllSessions(); // drop the TCP connection without a close frame
    void closeAllSessions(); // a normal WebSocket close (1000)
    void sendTextToAll(const QString &frame); // a raw text frame, sent as is (after the delay)
    void sendBinaryToAll(const QByteArray &frame);

Q_SIGNALS:
    void sessionOpened();
    void sessionClosed();
    // Every text frame a client sent, as parsed JSON (invalid frames give an empty object), in
    // the order received; `session` counts sessions from 1.
    void frameReceived(int session, const QJsonObject &frame, const QString &raw);
    // An HTTP request to one of the routes (/api/info, …), as it arrives; its answer follows
    // after frameDelayMs.
    void httpRequestReceived(const QString &method, const QString &path);
    // A fresh e-mail two-factor code (also printed on the binary's stdout).
    void emailCodeIssued(const QString &username, const QString &code);

private:
    class Private;
    std::unique_ptr<Private> d;
};
