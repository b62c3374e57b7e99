#pragma once

#include "rocketchat/deeplink.h"
#include "rocketchat/signinerror.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class CertificateTrust;
class DdpConnection;
class DdpMethodCall;

// A session-token link (rocketchat://auth?host=…&token=…&userId=…) before the person says yes:
// whose token it is. The token is resumed on a DdpConnection of its own (the controller's, and
// the session on it, stay untouched), the current user's document is read (name, user name), and
// that connection is closed WITHOUT `logout`, which would end the person's session. Only then is
// the person asked (confirmationRequested()). A token the server refuses, or a server that
// cannot be asked, is refused(): nobody is asked anything.
//
// One question at a time: a link that comes while one is asked waits (a newer one replaces it)
// until the question is answered; a link that comes while one is being checked replaces it.
class TokenLinkConfirmation : public QObject
{
    Q_OBJECT
public:
    // Who the token signs in, as the server says.
    struct Owner
    {
        QString userId;
        QString username;
        QString name;
    };

    explicit TokenLinkConfirmation(QObject *parent = nullptr);
    ~TokenLinkConfirmation() override;

    // The certificates the check's connection accepts (not owned; null: the system's only).
    void setCertificateTrust(CertificateTrust *trust) { m_trust = trust; }
    // The handshake, and the `login` with the token.
    void setTimeouts(int handshakeMs, int loginMs);
    // After the `login`, how long to wait for the user's document.
    static constexpr int UserDocumentWaitMs = 2000;

    void offer(const DeepLink &link);
    // The link the person is asked about, once its owner is known (invalid otherwise).
    DeepLink pendingLink() const { return m_asked.value_or(DeepLink()); }
    Owner owner() const { return m_owner; }
    bool isChecking() const { return m_checking.has_value(); }
    // A link waits for the question under way to be answered.
    bool hasWaitingLink() const { return m_waiting.has_value(); }
    // Yes: the link is taken away (to sign in with it); a link waiting is dropped.
    std::optional<DeepLink> confirm();
    // No: a link waiting is checked next.
    void reject();

Q_SIGNALS:
    // pendingLink() and owner() are set: ask.
    void confirmationRequested();
    // The link's token is of no use (the server refused it, or could not be asked): error says
    // why; nothing is asked.
    void refused(const SignInError &error);

private:
    void check(const DeepLink &link);
    void onResumed(DdpMethodCall *call);
    void onOwnerDocument();
    void fail(const SignInError &error);
    void stopCheck();

    CertificateTrust *m_trust = nullptr;
    int m_handshakeTimeoutMs = 10000;
    int m_loginTimeoutMs = 30000;
    std::unique_ptr<DdpConnection> m_connection;
    QPointer<DdpMethodCall> m_call;
    std::optional<DeepLink> m_checking;
    QString m_checkedUserId;
    QTimer m_documentTimer;
    QMetaObject::Connection m_documentConnection;
    std::optional<DeepLink> m_asked;
    Owner m_owner;
    std::optional<DeepLink> m_waiting;
};
