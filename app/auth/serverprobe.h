#pragma once

#include "core/serveraddress.h"
#include "ddp/ddperror.h"
#include "rocketchat/servercheck.h"
#include "rocketchat/signinerror.h"

#include <QObject>
#include <QTimer>

class CertificateTrust;
class DdpConnection;
class QNetworkAccessManager;

// The whole check of a server before sign-in, for SignInController: both halves at once, the HTTP
// one (ServerCheck: /api/info, the public settings) and the DDP handshake on the connection (which
// then stays open, so that signing in costs one round trip), a pause in typing before it starts,
// and a deadline under the per-request time-outs. Reports passed() or failed(), once per check.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    // A pause in typing this long starts the check.
    static constexpr int DefaultDelayMs = 500;
    // Each request of the check, and the DDP handshake.
    static constexpr int DefaultTimeoutMs = 10000;

    ServerProbe(QNetworkAccessManager *network, DdpConnection *connection,
                QObject *parent = nullptr);
    ~ServerProbe() override;

    void setCertificateTrust(CertificateTrust *trust);
    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts the pause in typing: due() when it is over.
    void schedule();
    // Checks address now (a check under way starts over); the connection is reopened.
    void start(const ServerAddress &address);
    // Stops without a report, and closes the connection: no reconnecting for ever to a server
    // that is not going to be used.
    void stop();
    // A `login` went out with the handshake before the check ended. Until the next start():
    // when the check then fails, the connection is left open (its owner waits for that answer,
    // logs a success out, and closes it). And the loss of the socket it went out on does not
    // fail the check (it may be that login's doing, as it would have been after a check): the
    // connection reconnects by itself and the check waits for `connected` on the next socket;
    // a second loss fails it as usual.
    void loginSentWithHandshake();
    // Only the HTTP half (the connection is going away anyway).
    void abortHttp() { m_check.abort(); }
    // The DDP half reported a loss during the check (the owner of the connection forwards it).
    void connectionLost(const DdpError &reason);

    bool isChecking() const { return m_checking; }
    // The current address passed the check (and nothing since made it doubtful).
    bool isChecked() const { return m_checked; }
    void invalidate() { m_checked = false; }
    QString version() const { return m_version; } // from /api/info, once checked
    bool hasLdap() const { return m_ldap; } // the public setting LDAP_Enable

Q_SIGNALS:
    void due();
    void passed();
    // The check is stopped already (as by stop(), but see loginSentWithHandshake()) when this
    // comes.
    void failed(const SignInError &error);

private:
    void conclude();
    void fail(const SignInError &error);

    DdpConnection *m_connection;
    ServerCheck m_check;
    QTimer m_debounce;
    QTimer m_deadline;
    int m_delayMs = DefaultDelayMs;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_checking = false;
    bool m_checked = false;
    bool m_keepConnection = false;
    bool m_loginOnSocket = false;
    DdpError m_ddpFailure;
    QString m_version;
    bool m_ldap = false;
};
