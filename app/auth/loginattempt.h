#pragma once

#include "rocketchat/signinerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class DdpConnection;
class DdpMethodCall;

// The `login` call of a sign-in, for SignInController: the request built from a name and a
// password (the password wiped as soon as it is used), a sign-in held until the server check is
// done, the call itself and its answer. A call that ends after abandon() is not reported, except
// a success: lateSuccess(), since that session must not stay signed in.
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
    // Gives up what is held; the password is wiped.
    void dropHeld();
    // The request held, built now (a held password is wiped); empty when nothing is held.
    QJsonObject takeHeld(bool ldapServer);

    // Calls `login` with params; sent() at once, then succeeded() or failed().
    void call(const QJsonObject &params);
    bool isRunning() const { return !m_call.isNull(); }
    void abandon() { m_call.clear(); }
    // `logout`, for a session signed in by mistake; its failure is only logged.
    void logOutQuietly();

Q_SIGNALS:
    void sent();
    void succeeded(const QJsonObject &result);
    void failed(const SignInError &error);
    void lateSuccess();

private:
    void onFinished(DdpMethodCall *call);

    DdpConnection *m_connection;
    QPointer<DdpMethodCall> m_call;
    int m_timeoutMs = 30000;
    QString m_identifier;
    bool m_holding = false;
    QString m_heldIdentifier;
    QByteArray m_heldPassword;
    bool m_heldLdap = false;
    QJsonObject m_heldRequest;
};
