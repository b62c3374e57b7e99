#pragma once

#include "auth/signedinuser.h"

#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <optional>

class DdpConnection;
class SessionKeeper;

// The phase between a `login` the server accepted and signedIn(): waiting (briefly) for the
// current user's document, then keeping the session (the token first, then the account data).
// SignInController's state stays SigningIn or Resuming meanwhile; isFinishing() names the phase.
class FinishingSignIn : public QObject
{
    Q_OBJECT
public:
    // After a successful `login`, how long to wait for the users document if it comes late.
    static constexpr int UserDocumentWaitMs = 2000;

    FinishingSignIn(DdpConnection *connection, SessionKeeper *keeper, QObject *parent = nullptr);
    ~FinishingSignIn() override;

    // Starts with the login result's user (account.userId, token, …). `identifier` is what was
    // typed (the user name when the document never comes); `resumed` the stored account being
    // resumed, and `storedToken` its token: the keychain is not written again for it.
    void start(const SignedInUser &user, const QString &identifier,
               const std::optional<SavedAccount> &resumed, const QString &storedToken);
    bool isFinishing() const;
    // The user being finished (the token for a reconnection meanwhile, a newer expiry).
    SignedInUser &user() { return m_user; }
    const SignedInUser &user() const { return m_user; }
    // Stops; nothing is reported. A token write under way ends on its own (SessionKeeper).
    void abandon();

Q_SIGNALS:
    // The session is kept (or storageProblem() says why not): the user is signed in.
    void finished(const SignedInUser &user);

private:
    void onUserDocument();
    void keep();
    void complete();

    DdpConnection *m_connection;
    SessionKeeper *m_keeper;
    bool m_awaitingDocument = false;
    bool m_saving = false;
    QMetaObject::Connection m_documentConnection;
    QTimer m_documentTimer;
    SignedInUser m_user;
    QString m_identifier;
    std::optional<SavedAccount> m_resumed;
    QString m_storedToken;
};
