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
    // Rocket.Chat's own paths (/_saml/authorize/…/<token>, /_cas/<token>, also percent-encoded)
    // are the app's redaction; the dev identity provider's /saml/<token> is ours alone.
    static const QRegularExpression pathToken(QStringLiteral("(/saml/)[^/?#&\\s]+"));
    QString out = Redaction::redactUrl(url);
    out.replace(pathToken, QStringLiteral("\\1") + Redaction::placeholder());
    return out;
}
