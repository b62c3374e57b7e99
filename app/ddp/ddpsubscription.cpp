#include "ddp/ddpsubscription.h"

#include "ddp/ddpconnection.h"

DdpSubscription::DdpSubscription(const QString &id, const QString &name, const QJsonArray &params,
                                 DdpConnection *connection)
    : QObject(connection), m_id(id), m_name(name), m_params(params), m_connection(connection)
{ }

void DdpSubscription::stop()
{
    if (!m_stopped)
        m_connection->unsubscribe(this);
}

void DdpSubscription::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}

void DdpSubscription::markStopped(const DdpError &error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_error = error;
    setReady(false);
    Q_EMIT stopped(error);
}
