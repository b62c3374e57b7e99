#pragma once

#include "core/serveraddress.h"

#include <QObject>
#include <QString>
#include <QTimer>

class DdpConnection;
class SessionKeeper;

// Signing one session out: the stored session deleted at once (SessionKeeper::forget()), and
// `logout` on the server (over the connection, opened or signed in again first when needed), which
// may be given less time than the call (setServerWaitMs()); or, for a personal access token, only
// the stored session deleted (forgetOnly()). finished() comes once both are done; the job then
// deletes itself.
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
    // How long start() waits for the server's answer to `logout` (at most callTimeoutMs, also
    // the default when ms < 0) before it counts as not reached.
    void setServerWaitMs(int ms) { m_serverWaitMs = ms; }
    int serverWaitMs() const { return m_serverWaitMs; }
    // The server did not answer `logout` within serverWaitMs() (it may be hung).
    bool timedOut() const { return m_timedOut; }
    // Only deletes the stored session, without telling the server: for a personal access token,
    // which `logout` would delete on the server. finished(false) follows.
    void forgetOnly(const QString &key);

Q_SIGNALS:
    // `logout` did not reach the server, or it did not answer in time (before finished()).
    void serverUnreachable();
    // reached: the server answered `logout` (even with an error).
    void finished(bool reached);

private:
    void forgetHere();
    void serverAnswered(bool reached);
    void finishIfDone();

    DdpConnection *m_connection;
    SessionKeeper *m_keeper;
    QString m_key;
    QTimer m_serverWait;
    int m_serverWaitMs = -1;
    bool m_answered = false;
    bool m_reached = false;
    bool m_forgotten = false;
    bool m_finished = false;
    bool m_timedOut = false;
};
