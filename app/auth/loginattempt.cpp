#include "auth/loginattempt.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"

#include <utility>

LoginAttempt::LoginAttempt(DdpConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    // Whether a call made now goes out with the handshake under way: only once `connect` is out
    // on the socket (before that, a call would wait in the connection where cancel() cannot
    // reach it).
    connect(m_connection, &DdpConnection::sessionStarting, this, [this] {
        m_handshakeStarted = true;
        sendPipelined();
    });
    connect(m_connection, &DdpConnection::stateChanged, this, [this](DdpConnection::State state) {
        if (state != DdpConnection::State::Connecting && state != DdpConnection::State::Connected)
            m_handshakeStarted = false;
    });
}

LoginAttempt::~LoginAttempt()
{
    dropHeld();
}

QJsonObject LoginAttempt::credentials(const QString &who, QByteArray &passwordUtf8, bool ldap)
{
    m_identifier = who.trimmed();
    QString password = QString::fromUtf8(passwordUtf8);
    LoginRequest::wipe(passwordUtf8);
    QJsonObject login;
    if (ldap) {
        login = LoginRequest::ldap(m_identifier, password);
    } else {
        QString digest = LoginRequest::passwordDigest(password);
        login = LoginRequest::password(m_identifier, digest);
        LoginRequest::wipe(digest);
    }
    LoginRequest::wipe(password);
    qCInfo(lcAuth) << "signing in with" << (ldap ? "LDAP" : "a password") << "by"
                   << (m_identifier.contains(QLatin1Char('@')) ? "e-mail address" : "user name");
    return login;
}

void LoginAttempt::hold(const QString &identifier, QByteArray &passwordUtf8, bool ldap)
{
    dropHeld();
    m_holding = true;
    m_heldIdentifier = identifier;
    m_heldPassword = passwordUtf8;
    LoginRequest::wipe(passwordUtf8);
    m_heldLdap = ldap;
}

void LoginAttempt::dropHeld()
{
    m_heldRequest = {};
    m_holding = false;
    m_heldIdentifier.clear();
    LoginRequest::wipe(m_heldPassword);
    dropLdapRetry();
}

QJsonObject LoginAttempt::takeHeld(bool ldapServer)
{
    if (!m_heldRequest.isEmpty())
        return std::exchange(m_heldRequest, {});
    if (!m_holding)
        return {};
    m_holding = false;
    const QJsonObject login
        = credentials(m_heldIdentifier, m_heldPassword, m_heldLdap || ldapServer);
    m_heldIdentifier.clear();
    return login;
}

void LoginAttempt::pipeline(bool ldap)
{
    if (!m_holding)
        return;
    m_heldLdap = m_heldLdap || ldap;
    m_call.clear();
    m_pipelined = true;
    m_pipelineWaiting = true;
    m_released = false;
    m_kept.reset();
    const DdpConnection::State state = m_connection->state();
    if (state == DdpConnection::State::Connected
        || (state == DdpConnection::State::Connecting && m_handshakeStarted))
        sendPipelined();
}

void LoginAttempt::sendPipelined()
{
    if (!m_pipelineWaiting || !m_holding)
        return;
    m_pipelineWaiting = false;
    m_holding = false;
    QByteArray password;
    if (m_heldLdap) {
        password = std::exchange(m_heldPassword, {});
    } else {
        // Whether the server wants the LDAP shape is not known yet: the password stays for one
        // retry in it, until the check says (dropLdapRetry()).
        password = QByteArray(m_heldPassword.constData(), m_heldPassword.size());
        m_retryIdentifier = m_heldIdentifier;
        m_retryPassword = std::exchange(m_heldPassword, {});
    }
    const QJsonObject login = credentials(m_heldIdentifier, password, m_heldLdap);
    m_heldIdentifier.clear();
    qCInfo(lcAuth) << "sending the sign-in with the handshake, before the server check ended";
    DdpMethodCall *call = m_connection->call(QStringLiteral("login"), { login }, m_timeoutMs);
    m_call = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] { onFinished(call); });
    Q_EMIT pipelinedRequestSent(login);
}

void LoginAttempt::release()
{
    if (!m_pipelined)
        return;
    m_released = true;
    if (!m_kept)
        return; // reported when it comes
    const Answer answer = *std::exchange(m_kept, std::nullopt);
    m_pipelined = false;
    report(answer);
}

QString LoginAttempt::keptToken() const
{
    return keptSuccess() ? m_kept->result.value(QLatin1String("token")).toString() : QString();
}

bool LoginAttempt::dropPipelined()
{
    const bool success = keptSuccess();
    if (m_pipelined)
        m_call.clear();
    m_pipelined = false;
    m_pipelineWaiting = false;
    m_released = false;
    m_kept.reset();
    dropHeld();
    return success;
}

QJsonObject LoginAttempt::takeLdapRetry()
{
    if (m_retryPassword.isEmpty())
        return {};
    const QJsonObject login = credentials(m_retryIdentifier, m_retryPassword, true);
    m_retryIdentifier.clear();
    return login;
}

void LoginAttempt::dropLdapRetry()
{
    m_retryIdentifier.clear();
    LoginRequest::wipe(m_retryPassword);
}

void LoginAttempt::abandon()
{
    const bool keptSuccess = this->keptSuccess();
    m_call.clear();
    m_pipelined = false;
    m_pipelineWaiting = false;
    m_released = false;
    m_kept.reset();
    dropLdapRetry();
    if (keptSuccess)
        QMetaObject::invokeMethod(this, &LoginAttempt::lateSuccess, Qt::QueuedConnection);
}

void LoginAttempt::call(const QJsonObject &params)
{
    m_pipelined = false;
    m_pipelineWaiting = false;
    m_kept.reset();
    DdpMethodCall *call = m_connection->call(QStringLiteral("login"), { params }, m_timeoutMs);
    m_call = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] { onFinished(call); });
    Q_EMIT sent();
}

void LoginAttempt::onFinished(DdpMethodCall *call)
{
    if (call != m_call) {
        // Abandoned meanwhile: a success that still arrives must not leave a session behind.
        if (!call->hasError())
            Q_EMIT lateSuccess();
        return;
    }
    m_call.clear();
    Answer answer;
    answer.success = !call->hasError();
    if (answer.success)
        answer.result = call->result().toObject();
    else
        answer.error = SignInError::fromDdpError(call->error());
    // The password waits for an LDAP retry only after a refusal of the password.
    if (answer.error.kind() != SignInError::Kind::WrongCredentials)
        dropLdapRetry();
    if (m_pipelined && !m_released) {
        m_kept = answer;
        Q_EMIT answerKept();
        return;
    }
    m_pipelined = false;
    report(answer);
}

void LoginAttempt::report(const Answer &answer)
{
    if (answer.success)
        Q_EMIT succeeded(answer.result);
    else
        Q_EMIT failed(answer.error);
}

void LoginAttempt::logOutQuietly(const std::function<void()> &done)
{
    DdpMethodCall *call = m_connection->call(QStringLiteral("logout"), {}, m_timeoutMs);
    connect(call, &DdpMethodCall::finished, this, [call, done] {
        if (call->hasError())
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
        if (done)
            done();
    });
}
