#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Encoding and decoding of single DDP messages (one JSON object per WebSocket text frame), plus the
// bits of EJSON that sign-in needs (dates as {"$date": ms}).
class DdpFrame
{
public:
    enum class Problem { None, NotJson, NotAnObject, NoMessageType };

    struct Decoded
    {
        Problem problem = Problem::None;
        QJsonObject object;
        // The `msg` field; empty for a greeting ({"server_id": "0"}) or a broken frame.
        QString type;
        bool isGreeting = false;
    };

    static Decoded decode(const QByteArray &utf8);

    static QByteArray encode(const QJsonObject &message);
    static QJsonObject connect(const QString &version, const QStringList &support);
    static QJsonObject method(const QString &id, const QString &name, const QJsonArray &params);
    static QJsonObject sub(const QString &id, const QString &name, const QJsonArray &params);
    static QJsonObject unsub(const QString &id);
    static QJsonObject ping(const QString &id = {});
    static QJsonObject pong(const QJsonValue &id);

    // EJSON dates: {"$date": <ms since epoch>}. Invalid input gives an invalid QDateTime.
    static QDateTime toDateTime(const QJsonValue &ejsonDate);
    static QJsonObject fromDateTime(const QDateTime &dateTime);
};
