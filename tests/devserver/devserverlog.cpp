#include "devserverlog.h"

#include "ddp/redaction.h"

#include <QRegularExpression>

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

QString DevServerLog::redactedUrl(const QString &url)
{
    static const QRegularExpression pathToken(
        QStringLiteral("(/_saml/authorize/[^/?#\\s]+/|/_cas/|/saml/)[^/?#&\\s]+"));
    QString out = Redaction::redactUrl(url);
    out.replace(pathToken, QStringLiteral("\\1") + Redaction::placeholder());
    return out;
}
