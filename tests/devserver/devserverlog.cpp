#include "devserverlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

Q_LOGGING_CATEGORY(lcDevServer, "liftoff.devserver", QtWarningMsg)

namespace {

bool isSecretKey(const QString &key)
{
    static const QSet<QString> secretKeys = {
        QStringLiteral("password"), QStringLiteral("digest"),           QStringLiteral("token"),
        QStringLiteral("resume"),   QStringLiteral("credentialSecret"), QStringLiteral("code"),
        QStringLiteral("ldapPass"),
    };
    return secretKeys.contains(key);
}

QJsonValue redact(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()))
                it.value() = QStringLiteral("<redacted>");
            else
                it.value() = redact(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redact(*it);
        return array;
    }
    return value;
}

} // namespace

QString DevServerLog::redactedFrame(const QByteArray &raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("(%1 bytes that are not JSON)").arg(raw.size());
    const QJsonValue redacted
        = redact(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const QJsonDocument out = redacted.isArray() ? QJsonDocument(redacted.toArray())
                                                 : QJsonDocument(redacted.toObject());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

QString DevServerLog::redactedFrame(const QString &raw)
{
    return redactedFrame(raw.toUtf8());
}
