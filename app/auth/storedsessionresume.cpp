#include "auth/storedsessionresume.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"

#include <limits>

StoredSessionResume::StoredSessionResume(DdpConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StoredSessionResume::retryDue);
    connect(&m_countdown, &SecondsCountdown::secondsLeftChanged, this,
            &StoredSessionResume::secondsLeftChanged);
}

StoredSessionResume::~StoredSessionResume() = default;

void StoredSessionResume::begin(const SavedAccount &account)
{
    m_account = account;
    m_backoff.reset();
}

bool StoredSessionResume::prepareAttempt()
{
    ++m_attempt;
    m_call.clear();
    stopCountdown();
    // A personal access token, or an expiry the server did not give as a date, never expires.
    const QDateTime expires = m_account->tokenExpires;
    if (m_account->hasExpired()) {
        qCInfo(lcAuth) << "the stored session expired on" << expires << "- not sending it";
        return false;
    }
    return true;
}

void StoredSessionResume::startAttempt(int handshakeTimeoutMs, int loginTimeoutMs)
{
    m_loginTimeoutMs = loginTimeoutMs;
    // The keychain read and the connection at the same time; the token goes out with the
    // handshake (sessionStarting) or, if the keychain is slower, as soon as it is read.
    m_connection->close();
    m_connection->setHandshakeTimeout(handshakeTimeoutMs);
    m_connection->open(m_account->server);
    if (m_token.isEmpty() && !m_readJob) {
        TokenJob *job = m_tokens->read(m_account->key());
        m_readJob = job;
        connect(job, &TokenJob::finished, this, [this, job] { onTokenRead(job); });
    } else {
        send();
    }
}

void StoredSessionResume::onTokenRead(TokenJob *job)
{
    if (job != m_readJob)
        return;
    m_readJob.clear();
    KeychainError problem = job->error();
    if (!problem.isError() && job->token().isEmpty())
        problem = KeychainError(KeychainError::Kind::NotFound, KeychainError::Operation::Read);
    if (problem.isError()) {
        qCWarning(lcKeychain) << "could not read the stored session:" << problem.toLogString();
        Q_EMIT tokenReadFailed(problem);
        return;
    }
    m_token = job->token();
    Q_EMIT tokenRead();
}

void StoredSessionResume::send()
{
    if (!m_account || m_token.isEmpty() || m_call)
        return;
    const DdpConnection::State state = m_connection->state();
    if (state != DdpConnection::State::Connecting && state != DdpConnection::State::Connected)
        return; // lost already: the owner hears of it from the connection
    qCInfo(lcAuth) << "signing in with the stored session";
    DdpMethodCall *call = m_connection->call(QStringLiteral("login"),
                                             { LoginRequest::resume(m_token) }, m_loginTimeoutMs);
    m_call = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] { onCallFinished(call); });
}

void StoredSessionResume::onCallFinished(DdpMethodCall *call)
{
    if (call != m_call)
        return;
    m_call.clear();
    if (!call->hasError()) {
        Q_EMIT accepted(call->result().toObject());
        return;
    }
    failAttempt(SignInError::fromResumeError(call->error()));
}

void StoredSessionResume::failAttempt(const SignInError &failure)
{
    const int attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt, failure] {
            if (attempt == m_attempt && m_account)
                Q_EMIT attemptFailed(failure);
        },
        Qt::QueuedConnection);
}

void StoredSessionResume::waitToRetry(const SignInError &failure)
{
    m_call.clear();
    // Our countdown decides when to try again, not DdpConnection's own reconnecting.
    m_connection->close();
    qint64 delay = m_backoff.nextDelayMs();
    if (failure.kind() == SignInError::Kind::RateLimited)
        delay = qMax(delay, failure.retryAfterMs());
    qCInfo(lcAuth) << "the server cannot be reached; trying the stored session again in" << delay
                   << "ms";
    const int ms = int(qMin<qint64>(delay, std::numeric_limits<int>::max()));
    m_retryTimer.start(qMax(0, ms));
    m_countdown.start(ms);
}

bool StoredSessionResume::end()
{
    if (!m_account)
        return false;
    ++m_attempt;
    m_account.reset();
    m_token.clear();
    m_readJob.clear(); // a late answer is dropped
    m_call.clear();
    stopCountdown();
    return true;
}

void StoredSessionResume::succeed()
{
    m_backoff.reset();
    end();
}

void StoredSessionResume::stopCountdown()
{
    m_retryTimer.stop();
    m_countdown.stop();
}
