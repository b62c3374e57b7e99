#pragma once

#include "core/serveraddress.h"

#include <QObject>
#include <QString>

class DdpConnection;
class SessionKeeper;

// Signing one session out: `logout` on the server (over the connection, opened or signed in again
// first when needed), then the stored session deleted (SessionKeeper::forget()). finished() comes
// once both are done; the job then deletes itself.
class SignOutJob : public QObject
{
    Q_OBJECT
public:
    SignOutJob(DdpConnection *connection, SessionKeeper *keeper, QObject *parent = nullptr);
    ~SignOutJob() override;

    // key: the stored session (may be empty: nothing stored); token: what signs the connection
    // in (empty when never read from the keychain: the server is then not told).
    void start(const QString &key, const QString &token, const ServerAddress &server,
               int handshakeTimeoutMs, int callTimeoutMs);

Q_SIGNALS:
    // `logout` did not reach the server (before finished()).
    void serverUnreachable();
    // reached: the server answered `logout` (even with an error).
    void finished(bool reached);

private:
    void forget(bool reached);

    DdpConnection *m_connection;
    SessionKeeper *m_keeper;
    QString m_key;
};
