#include "auth/loginattempt.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"

#include <utility>

LoginAttempt::LoginAttempt(DdpConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{ }

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

void LoginAttempt::call(const QJsonObject &params)
{
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
    if (call->hasError())
        Q_EMIT failed(SignInError::fromDdpError(call->error()));
    else
        Q_EMIT succeeded(call->result().toObject());
}

void LoginAttempt::logOutQuietly()
{
    DdpMethodCall *call = m_connection->call(QStringLiteral("logout"), {}, m_timeoutMs);
    connect(call, &DdpMethodCall::finished, this, [call] {
        if (call->hasError())
            qCInfo(lcAuth) << "logout failed:" << call->error().toLogString();
    });
}
