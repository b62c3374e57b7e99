#include "auth/signoutjob.h"

#include "auth/sessionkeeper.h"
#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"
#include "storage/tokenjob.h"

SignOutJob::SignOutJob(DdpConnection *connection, SessionKeeper *keeper, QObject *parent)
    : QObject(parent), m_connection(connection), m_keeper(keeper)
{ }

SignOutJob::~SignOutJob() = default;

void SignOutJob::start(const QString &key, const QString &token, const ServerAddress &server,
                       int handshakeTimeoutMs, int callTimeoutMs)
{
    m_key = key;
    // Forgotten here at once, whatever the server says: the account leaves every list now, and
    // the token leaves the keychain even if the server never answers.
    forgetHere();
    if (token.isEmpty()) {
        // The token was never read from the keychain: nothing to tell the server with.
        serverAnswered(false);
        return;
    }
    const DdpConnection::State state = m_connection->state();
    if (m_connection->address() != server || state == DdpConnection::State::Disconnected
        || state == DdpConnection::State::Failed) {
        m_connection->setHandshakeTimeout(handshakeTimeoutMs);
        m_connection->open(server);
    } else if (state == DdpConnection::State::WaitingToReconnect) {
        m_connection->reconnectNow(); // no waiting for the back-off: someone wants an answer
    }
    if (m_connection->state() != DdpConnection::State::Connected) {
        // Between connections the next session is not signed in yet: sign it in first, so that
        // `logout` does forget the token on the server.
        m_connection->call(QStringLiteral("login"), { LoginRequest::resume(token) }, callTimeoutMs);
    }
    DdpMethodCall *call = m_connection->call(QStringLiteral("logout"), {}, callTimeoutMs);
    connect(call, &DdpMethodCall::finished, this, [this, call] {
        if (m_answered)
            return; // given up on already
        // Any answer of the server's, even an error, means it was reached.
        const bool reached
            = !call->hasError() || call->error().kind() == DdpError::Kind::ServerError;
        if (!reached) {
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
            Q_EMIT serverUnreachable();
        }
        serverAnswered(reached);
    });
    // A slow or hung server does not keep the person waiting: signed out here, it counts as not
    // reached (the call goes on; its late answer changes nothing).
    m_serverWait.setSingleShot(true);
    connect(&m_serverWait, &QTimer::timeout, this, [this] {
        if (m_answered)
            return;
        qCInfo(lcAuth) << "the server did not answer logout in" << m_serverWaitMs
                       << "ms; signed out here all the same";
        m_timedOut = true;
        Q_EMIT serverUnreachable();
        serverAnswered(false);
    });
    if (m_serverWaitMs >= 0 && m_serverWaitMs < callTimeoutMs)
        m_serverWait.start(m_serverWaitMs);
}

void SignOutJob::forgetOnly(const QString &key)
{
    m_key = key;
    forgetHere();
    serverAnswered(false);
}

void SignOutJob::forgetHere()
{
    TokenJob *job = m_keeper->forget(m_key);
    if (!job) {
        m_forgotten = true;
        return;
    }
    connect(job, &TokenJob::finished, this, [this] {
        m_forgotten = true;
        finishIfDone();
    });
}

void SignOutJob::serverAnswered(bool reached)
{
    if (m_answered)
        return;
    m_answered = true;
    m_reached = reached;
    m_serverWait.stop();
    finishIfDone();
}

void SignOutJob::finishIfDone()
{
    if (!m_answered || !m_forgotten || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_reached);
    deleteLater();
}
