#pragma once

#include "rocketchat/signinerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class DdpConnection;
class DdpMethodCall;

// The `login` call of a sign-in, for SignInController: the request built from a name and a
// password (the password wiped as soon as it is used), a sign-in held until the server check is
// done or pipelined with the handshake (pipeline()), the call itself and its answer. A call that
// ends after abandon() is not reported, except a success: lateSuccess(), since that session must
// not stay signed in.
class LoginAttempt : public QObject
{
    Q_OBJECT
public:
    explicit LoginAttempt(DdpConnection *connection, QObject *parent = nullptr);
    ~LoginAttempt() override;

    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }

    // What was typed (trimmed); the user name when the users document never comes.
    QString identifier() const { return m_identifier; }
    void setIdentifier(const QString &identifier) { m_identifier = identifier; }

    // The `login` request for a name and password: the SHA-256 digest, or with ldap the password
    // itself (LDAP binds with it). passwordUtf8 is wiped, and so is every copy made here. Sets
    // identifier().
    QJsonObject credentials(const QString &identifier, QByteArray &passwordUtf8, bool ldap);

    // Holds a sign-in until the server check is done: credentials (the password waits here, as
    // UTF-8, only until the request can be built), or a ready request.
    void hold(const QString &identifier, QByteArray &passwordUtf8, bool ldap);
    void holdRequest(const QJsonObject &request) { m_heldRequest = request; }
    // Credentials are held (a held request does not count: nobody typed anything).
    bool holdsCredentials() const { return m_holding; }
    // A ready request is held (holdRequest()).
    bool holdsRequest() const { return !m_heldRequest.isEmpty(); }
    // Gives up what is held; the password is wiped.
    void dropHeld();
    // The request held, built now (a held password is wiped); empty when nothing is held.
    QJsonObject takeHeld(bool ldapServer);

    // Sends the credentials held (hold()) before the server check has ended: `login` goes out
    // with `connect` (on the connection's next sessionStarting, or at once while the handshake
    // is under way), in the LDAP shape when they were held so or when ldap, else in the password
    // shape. No sent(): pipelinedRequestSent(), and the answer is kept (answerKept()) until
    // release(). After the password shape the password is kept, as UTF-8, for one retry in the
    // LDAP shape (takeLdapRetry()) until dropLdapRetry(); otherwise it is wiped as soon as the
    // request is built.
    void pipeline(bool ldap);
    // A pipelined `login` went out (or is waiting for the handshake) and its answer is not
    // reported yet.
    bool isPipelined() const { return m_pipelined && !m_released; }
    // Its answer came and is kept until release().
    bool hasKeptAnswer() const { return m_kept.has_value(); }
    bool keptSuccess() const { return m_kept && m_kept->success; }
    // The token of a kept success: what signs a new session in meanwhile (empty otherwise).
    QString keptToken() const;
    // The check is over: the kept answer is reported now (succeeded() or failed()), or the one
    // still to come when it comes.
    void release();
    // Drops the pipelined call and its kept answer without a report. True when that answer was a
    // success: that session is the caller's to log out.
    bool dropPipelined();

    // The password kept after a pipelined password-shape `login`, for one retry in the LDAP
    // shape; the request is built now and the password wiped.
    bool canRetryWithLdap() const { return !m_retryPassword.isEmpty(); }
    QJsonObject takeLdapRetry();
    void dropLdapRetry();

    // Calls `login` with params; sent() at once, then succeeded() or failed().
    void call(const QJsonObject &params);
    bool isRunning() const { return !m_call.isNull() || m_pipelined; }
    // A kept success is reported as lateSuccess() (from the event loop).
    void abandon();
    // `logout`, for a session signed in by mistake; its failure is only logged. done, if given,
    // runs once the server answered (or could not be reached).
    void logOutQuietly(const std::function<void()> &done = {});

Q_SIGNALS:
    void sent();
    void succeeded(const QJsonObject &result);
    void failed(const SignInError &error);
    void lateSuccess();
    // pipeline()'s request went out (for the two-factor retry).
    void pipelinedRequestSent(const QJsonObject &request);
    // A pipelined call's answer came and is kept (see release()).
    void answerKept();

private:
    struct Answer
    {
        bool success = false;
        QJsonObject result;
        SignInError error;
    };

    void onFinished(DdpMethodCall *call);
    void sendPipelined();
    void report(const Answer &answer);

    DdpConnection *m_connection;
    QPointer<DdpMethodCall> m_call;
    int m_timeoutMs = 30000;
    QString m_identifier;
    bool m_holding = false;
    QString m_heldIdentifier;
    QByteArray m_heldPassword;
    bool m_heldLdap = false;
    QJsonObject m_heldRequest;
    // pipeline(): waiting for the handshake, or sent; its answer kept until release().
    bool m_pipelined = false;
    bool m_pipelineWaiting = false;
    bool m_released = false;
    std::optional<Answer> m_kept;
    // The connection's socket is open and `connect` went out (sessionStarting) on this socket.
    bool m_handshakeStarted = false;
    QByteArray m_retryPassword;
    QString m_retryIdentifier;
};
