#include "devserverlog.h"

#include "redaction.h"

Q_LOGGING_CATEGORY(lcDevServer, "liftoff.devserver", QtWarningMsg)

// The dev server logs frames with the same redaction as the app: one list of what is secret.
QString DevServerLog::redactedFrame(const QString &raw)
{
    return Redaction::redactFrame(raw);
}

QString DevServerLog::redactedFrame(const QByteArray &raw)
{
    return Redaction::redactFrame(QString::fromUtf8(raw));
}
