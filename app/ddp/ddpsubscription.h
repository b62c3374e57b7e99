#pragma once

#include "ddp/ddperror.h"

#include <QJsonArray>
#include <QObject>

class DdpConnection;

// A live DDP subscription. It survives reconnects: the connection sends it again, with the same
// id, on every new session, and it becomes ready again when the server says so.
class DdpSubscription : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
public:
    DdpSubscription(const QString &id, const QString &name, const QJsonArray &params,
                    DdpConnection *connection);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QJsonArray params() const { return m_params; }
    bool isReady() const { return m_ready; }
    bool isStopped() const { return m_stopped; }
    DdpError error() const { return m_error; }

    // Sends `unsub`; the object is deleted later.
    void stop();

    // Called by DdpConnection.
    void setReady(bool ready);
    void markStopped(const DdpError &error);

Q_SIGNALS:
    void readyChanged(bool ready);
    // The server ended the subscription (`nosub`), with an error if it refused it.
    void stopped(const DdpError &error);

private:
    QString m_id;
    QString m_name;
    QJsonArray m_params;
    DdpConnection *m_connection;
    bool m_ready = false;
    bool m_stopped = false;
    DdpError m_error;
};
