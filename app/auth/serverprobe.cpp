#include "auth/serverprobe.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"

#include <utility>

ServerProbe::ServerProbe(QNetworkAccessManager *network, DdpConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_check(network)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ServerProbe::due);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_checking)
            fail(SignInError(SignInError::Kind::Timeout));
    });
    connect(&m_check, &ServerCheck::finished, this, [this] {
        if (m_checking)
            conclude();
    });
    connect(m_connection, &DdpConnection::connected, this, [this] {
        if (m_checking)
            conclude();
    });
}

ServerProbe::~ServerProbe() = default;

void ServerProbe::setCertificateTrust(CertificateTrust *trust)
{
    m_check.setCertificateTrust(trust);
}

void ServerProbe::schedule()
{
    m_debounce.start(m_delayMs);
}

void ServerProbe::start(const ServerAddress &address)
{
    m_debounce.stop();
    m_check.abort();
    m_connection->close();
    m_checking = true;
    m_checked = false;
    m_keepConnection = false;
    m_loginOnSocket = false;
    m_ddpFailure = {};
    m_version.clear();
    m_ldap = false;
    // Both halves at once: /api/info and settings over HTTP, the DDP handshake on the socket.
    m_connection->setHandshakeTimeout(m_timeoutMs);
    m_check.start(address, m_timeoutMs);
    m_connection->open(address);
    // A net under the per-request time-outs, in case one of them never fires.
    m_deadline.start(m_timeoutMs + 2000);
}

void ServerProbe::stop()
{
    m_checking = false;
    m_checked = false;
    m_deadline.stop();
    m_debounce.stop();
    m_check.abort();
    m_connection->close();
}

void ServerProbe::loginSentWithHandshake()
{
    m_keepConnection = true;
    m_loginOnSocket = true;
}

void ServerProbe::connectionLost(const DdpError &reason)
{
    if (!m_checking)
        return;
    if (std::exchange(m_loginOnSocket, false)
        && m_connection->state() == DdpConnection::State::WaitingToReconnect) {
        qCInfo(lcAuth) << "the connection was lost with the sign-in on it; the check waits for the"
                          " next one";
        return;
    }
    // Remember why; /api/info usually says it better (not Rocket.Chat, too old), so wait for it
    // before reporting.
    m_ddpFailure = reason;
    conclude();
}

void ServerProbe::conclude()
{
    if (!m_check.isFinished())
        return;
    m_version = m_check.version(); // also for "too old"
    if (m_check.error().isError()) {
        fail(m_check.error());
        return;
    }
    if (m_ddpFailure.isError()) {
        fail(SignInError::fromDdpError(m_ddpFailure));
        return;
    }
    if (m_connection->state() != DdpConnection::State::Connected)
        return;
    m_checking = false;
    m_deadline.stop();
    m_checked = true;
    m_ldap = m_check.hasLdap();
    qCInfo(lcAuth) << "server ready: Rocket.Chat" << m_version << (m_ldap ? "with LDAP" : "");
    Q_EMIT passed();
}

void ServerProbe::fail(const SignInError &error)
{
    qCInfo(lcAuth) << "server check failed:" << error.kind();
    const DdpConnection::State state = m_connection->state();
    if (m_keepConnection
        && (state == DdpConnection::State::Connecting
            || state == DdpConnection::State::Connected)) {
        m_checking = false;
        m_checked = false;
        m_deadline.stop();
        m_debounce.stop();
        m_check.abort();
    } else {
        stop();
    }
    Q_EMIT failed(error);
}
