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
    if (token.isEmpty()) {
        // The token was never read from the keychain: nothing to tell the server with.
        forget(false);
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
        // Any answer of the server's, even an error, means it was reached.
        const bool reached
            = !call->hasError() || call->error().kind() == DdpError::Kind::ServerError;
        if (!reached) {
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
            Q_EMIT serverUnreachable();
        }
        forget(reached);
    });
}

void SignOutJob::forget(bool reached)
{
    TokenJob *job = m_keeper->forget(m_key);
    if (!job) {
        Q_EMIT finished(reached);
        deleteLater();
        return;
    }
    connect(job, &TokenJob::finished, this, [this, reached] {
        Q_EMIT finished(reached);
        deleteLater();
    });
}
