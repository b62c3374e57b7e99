#include "ddp/ddpmethodcall.h"

DdpMethodCall::DdpMethodCall(const QString &id, const QString &method, const QJsonArray &params,
                             int timeoutMs, QObject *parent)
    : QObject(parent), m_id(id), m_method(method), m_params(params)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &DdpMethodCall::timedOut);
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
}

void DdpMethodCall::resolve(const QJsonValue &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_result = result;
    Q_EMIT finished();
}

void DdpMethodCall::reject(const DdpError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_error = error;
    Q_EMIT finished();
}

void DdpMethodCall::markDataVisible()
{
    if (m_dataVisible)
        return;
    m_dataVisible = true;
    Q_EMIT dataVisible();
}
