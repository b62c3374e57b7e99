#pragma once

#include "ddp/ddperror.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QTimer>

// One DDP method call, as a job: `finished` fires exactly once, with the result or an error
// (server error, time-out, lost connection). `updated` (the server's "data is visible" notice)
// is tracked separately. The connection owns the object and deletes it later, once it is
// finished and nothing more can arrive for it.
class DdpMethodCall : public QObject
{
    Q_OBJECT
public:
    DdpMethodCall(const QString &id, const QString &method, const QJsonArray &params, int timeoutMs,
                  QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString method() const { return m_method; }
    QJsonArray params() const { return m_params; }

    bool isFinished() const { return m_finished; }
    // True once the server sent `updated` for this call.
    bool isDataVisible() const { return m_dataVisible; }
    bool hasError() const { return m_error.isError(); }
    DdpError error() const { return m_error; }
    // The `result` value; undefined when the server sent none (a method returning nothing).
    QJsonValue result() const { return m_result; }

    // Called by DdpConnection.
    void resolve(const QJsonValue &result);
    void reject(const DdpError &error);
    void markDataVisible();

Q_SIGNALS:
    void finished();
    void dataVisible();
    // Internal: the per-call timer ran out.
    void timedOut();

private:
    QString m_id;
    QString m_method;
    QJsonArray m_params;
    QTimer m_timeout;
    bool m_finished = false;
    bool m_dataVisible = false;
    QJsonValue m_result = QJsonValue(QJsonValue::Undefined);
    DdpError m_error;
};
