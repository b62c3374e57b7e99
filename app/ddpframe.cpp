#include "ddpframe.h"

#include <QJsonDocument>

#include <cmath>

DdpFrame::Decoded DdpFrame::decode(const QByteArray &utf8)
{
    Decoded decoded;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        decoded.problem = Problem::NotJson;
        return decoded;
    }
    if (!document.isObject()) {
        decoded.problem = Problem::NotAnObject;
        return decoded;
    }
    decoded.object = document.object();
    const QJsonValue type = decoded.object.value(QLatin1String("msg"));
    if (type.isString()) {
        decoded.type = type.toString();
        decoded.isGreeting = decoded.type == QLatin1String("server_id");
    } else if (decoded.object.size() == 1 && decoded.object.contains(QLatin1String("server_id"))) {
        // The pre-1.0 Meteor greeting, still sent by Rocket.Chat's micro-services.
        decoded.isGreeting = true;
    } else {
        decoded.problem = Problem::NoMessageType;
    }
    return decoded;
}

QByteArray DdpFrame::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QJsonObject DdpFrame::connect(const QString &version, const QStringList &support)
{
    return { { QStringLiteral("msg"), QStringLiteral("connect") },
             { QStringLiteral("version"), version },
             { QStringLiteral("support"), QJsonArray::fromStringList(support) } };
}

QJsonObject DdpFrame::method(const QString &id, const QString &name, const QJsonArray &params)
{
    return { { QStringLiteral("msg"), QStringLiteral("method") },
             { QStringLiteral("id"), id },
             { QStringLiteral("method"), name },
             { QStringLiteral("params"), params } };
}

QJsonObject DdpFrame::sub(const QString &id, const QString &name, const QJsonArray &params)
{
    return { { QStringLiteral("msg"), QStringLiteral("sub") },
             { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("params"), params } };
}

QJsonObject DdpFrame::unsub(const QString &id)
{
    return { { QStringLiteral("msg"), QStringLiteral("unsub") }, { QStringLiteral("id"), id } };
}

QJsonObject DdpFrame::ping(const QString &id)
{
    QJsonObject frame { { QStringLiteral("msg"), QStringLiteral("ping") } };
    if (!id.isEmpty())
        frame.insert(QStringLiteral("id"), id);
    return frame;
}

QJsonObject DdpFrame::pong(const QJsonValue &id)
{
    QJsonObject frame { { QStringLiteral("msg"), QStringLiteral("pong") } };
    // Echo the id exactly as sent (Meteor drops the key when the ping had none).
    if (!id.isUndefined() && !id.isNull())
        frame.insert(QStringLiteral("id"), id);
    return frame;
}

QDateTime DdpFrame::toDateTime(const QJsonValue &ejsonDate)
{
    const QJsonValue ms = ejsonDate.toObject().value(QLatin1String("$date"));
    if (!ms.isDouble())
        return {};
    // Beyond ±8.64e15 ms (JavaScript's own limit) it is no date, and converting it to qint64
    // would be undefined behaviour (found by the fuzzer).
    const double value = ms.toDouble();
    if (!std::isfinite(value) || std::abs(value) > 8.64e15)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value), Qt::UTC);
}

QJsonObject DdpFrame::fromDateTime(const QDateTime &dateTime)
{
    return { { QStringLiteral("$date"), double(dateTime.toMSecsSinceEpoch()) } };
}
