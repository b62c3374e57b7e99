#pragma once

// Everything logged (qDebug, qInfo, qWarning, qCritical, through any category) while a LogCapture
// lives, for tests that check what the logs show and, above all, what they never show: tokens,
// passwords, digests. It turns categories on with filter rules ("liftoff.*=true") and puts back
// the previous message handler and the default rules when it stops or goes away. One at a time.

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class LogCapture
{
public:
    // Whether messages also reach the previous handler (the test's output): none, or all but
    // qDebug (qInfo, qWarning, qCritical).
    enum class PassOn { Nothing, AllButDebug };

    explicit LogCapture(const QString &filterRules = {}, PassOn passOn = PassOn::Nothing)
        : m_passOn(passOn)
    {
        s_active = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        if (!filterRules.isEmpty()) {
            QLoggingCategory::setFilterRules(filterRules);
            m_rulesSet = true;
        }
    }

    ~LogCapture() { stop(); }

    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    // Stops capturing (what was captured stays readable).
    void stop()
    {
        if (s_active != this)
            return;
        if (m_rulesSet)
            QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
    }

    // Every message so far, in order.
    QStringList lines() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lines;
    }

    // The same as one text, a line per message.
    QString text() const { return lines().join(u'\n'); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        LogCapture *capture = s_active;
        if (!capture)
            return;
        {
            const QMutexLocker lock(&capture->m_mutex);
            capture->m_lines.append(message);
        }
        if (capture->m_passOn == PassOn::AllButDebug && capture->m_previous && type != QtDebugMsg)
            capture->m_previous(type, context, message);
    }

    static inline LogCapture *s_active = nullptr;
    QtMessageHandler m_previous = nullptr;
    PassOn m_passOn;
    bool m_rulesSet = false;
    mutable QMutex m_mutex;
    QStringList m_lines;
};
