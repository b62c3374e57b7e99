#include "auth/tokenlinkconfirmation.h"

#include "core/logging.h"
#include "ddp/ddpcollections.h"
#include "ddp/ddpconnection.h"
#include "ddp/ddpmethodcall.h"
#include "rocketchat/loginrequest.h"

#include <utility>

namespace {

const QString kUsers = QStringLiteral("users");

} // namespace

TokenLinkConfirmation::TokenLinkConfirmation(QObject *parent) : QObject(parent)
{
    m_documentTimer.setSingleShot(true);
    connect(&m_documentTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "the link's server did not send the user's document";
        fail(SignInError(SignInError::Kind::SsoInvalidLink,
                         tr("%1 did not say whose session it holds, so Liftoff did not sign in.",
                            "%1 is a server address")
                             .arg(m_checking ? m_checking->server().displayString() : QString())));
    });
}

TokenLinkConfirmation::~TokenLinkConfirmation()
{
    stopCheck();
}

void TokenLinkConfirmation::setTimeouts(int handshakeMs, int loginMs)
{
    m_handshakeTimeoutMs = qMax(1, handshakeMs);
    m_loginTimeoutMs = qMax(1, loginMs);
}

void TokenLinkConfirmation::offer(const DeepLink &link)
{
    if ((m_asked && *m_asked == link) || (m_checking && *m_checking == link))
        return; // the same link again: already on it
    if (m_asked) {
        // Never a second question over the first, nor one that changes under the person's
        // pointer: it waits for the answer (only the newest one).
        if (m_waiting)
            qCInfo(lcAuth) << "a newer session-token link replaces the one waiting";
        qCInfo(lcAuth) << "a" << link.redactedDescription() << "waits for the question asked";
        m_waiting = link;
        return;
    }
    if (m_checking)
        qCInfo(lcAuth) << "a newer session-token link replaces the one being checked";
    check(link);
}

std::optional<DeepLink> TokenLinkConfirmation::confirm()
{
    if (!m_asked)
        return std::nullopt;
    if (m_waiting)
        qCInfo(lcAuth) << "the link waiting is dropped: the person chose";
    m_waiting.reset();
    m_owner = {};
    return std::exchange(m_asked, std::nullopt);
}

void TokenLinkConfirmation::reject()
{
    if (m_asked)
        qCInfo(lcAuth) << "the" << m_asked->redactedDescription() << "was declined";
    m_asked.reset();
    m_owner = {};
    if (m_waiting)
        check(*std::exchange(m_waiting, std::nullopt));
}

void TokenLinkConfirmation::check(const DeepLink &link)
{
    stopCheck();
    m_checking = link;
    qCInfo(lcAuth) << "asking the server whose session the" << link.redactedDescription()
                   << "holds";
    // A connection of its own: the controller's (and whoever is signed in on it) stays as it is.
    m_connection = std::make_unique<DdpConnection>();
    m_connection->setAutoReconnect(false);
    m_connection->setCertificateTrust(m_trust);
    m_connection->setHandshakeTimeout(m_handshakeTimeoutMs);
    connect(m_connection.get(), &DdpConnection::disconnected, this, [this](const DdpError &reason) {
        // Before the answer: the call fails too, and says it; after it, we closed it ourselves.
        if (m_call || !m_checking)
            return;
        if (m_documentTimer.isActive())
            fail(SignInError::fromDdpError(reason));
    });
    m_connection->open(link.server());
    DdpMethodCall *call
        = m_connection->call(QStringLiteral("login"), { LoginRequest::resume(link.token()) },
                             m_handshakeTimeoutMs + m_loginTimeoutMs);
    m_call = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] { onResumed(call); });
}

void TokenLinkConfirmation::onResumed(DdpMethodCall *call)
{
    if (call != m_call || !m_checking)
        return;
    m_call.clear();
    if (call->hasError()) {
        const DdpError error = call->error();
        qCInfo(lcAuth) << "the link's session was not accepted:" << error.toLogString();
        if (error.kind() == DdpError::Kind::ServerError) {
            // Signed out, expired, or never a session: the server's words are not shown (the
            // server is the link's, and so may be anyone's).
            fail(SignInError(SignInError::Kind::SsoInvalidLink,
                             tr("%1 does not accept the session it holds (it was signed out, "
                                "or it expired), so Liftoff did not sign in.",
                                "%1 is a server address")
                                 .arg(m_checking->server().displayString())));
            return;
        }
        fail(SignInError(SignInError::Kind::SsoInvalidLink,
                         tr("Liftoff could not ask %1 whose session it holds. %2",
                            "%1 is a server address, %2 says why")
                             .arg(m_checking->server().displayString(),
                                  SignInError::fromDdpError(error).message())));
        return;
    }
    m_checkedUserId = call->result().toObject().value(QLatin1String("id")).toString();
    if (m_checkedUserId.isEmpty()) {
        fail(SignInError(SignInError::Kind::SsoInvalidLink,
                         tr("%1 did not say whose session it holds, so Liftoff did not sign in.",
                            "%1 is a server address")
                             .arg(m_checking->server().displayString())));
        return;
    }
    // The current user's document usually comes before the result, but may follow it.
    if (m_connection->collections()->contains(kUsers, m_checkedUserId)) {
        onOwnerDocument();
        return;
    }
    m_documentConnection = connect(m_connection->collections(), &DdpCollections::documentAdded,
                                   this, [this](const QString &collection, const QString &id) {
                                       if (collection == kUsers && id == m_checkedUserId)
                                           onOwnerDocument();
                                   });
    m_documentTimer.start(UserDocumentWaitMs);
}

void TokenLinkConfirmation::onOwnerDocument()
{
    if (!m_checking)
        return;
    const QJsonObject document = m_connection->collections()->document(kUsers, m_checkedUserId);
    Owner owner;
    owner.userId = m_checkedUserId;
    owner.username = document.value(QLatin1String("username")).toString();
    owner.name = document.value(QLatin1String("name")).toString();
    if (owner.username.isEmpty()) {
        fail(SignInError(SignInError::Kind::SsoInvalidLink,
                         tr("%1 did not say whose session it holds, so Liftoff did not sign in.",
                            "%1 is a server address")
                             .arg(m_checking->server().displayString())));
        return;
    }
    const DeepLink link = *m_checking;
    stopCheck(); // closes the connection: no `logout`, the session stays the person's
    qCInfo(lcAuth) << "the" << link.redactedDescription() << "holds a session; asking";
    m_asked = link;
    m_owner = owner;
    Q_EMIT confirmationRequested();
}

void TokenLinkConfirmation::fail(const SignInError &error)
{
    if (!m_checking)
        return;
    stopCheck();
    Q_EMIT refused(error);
}

void TokenLinkConfirmation::stopCheck()
{
    m_checking.reset();
    m_checkedUserId.clear();
    m_documentTimer.stop();
    disconnect(m_documentConnection);
    if (m_call) {
        m_call->disconnect(this);
        m_call.clear();
    }
    if (m_connection) {
        m_connection->disconnect(this);
        // Closed, never logged out: `logout` would end the session for its owner.
        std::unique_ptr<DdpConnection> connection = std::move(m_connection);
        connection->close();
        connection.release()->deleteLater();
    }
}
