#include "ddp/ddpframe.h"

#include <QJsonDocument>

#include <cmath>
#include <cstring>

namespace {

// Qt's JSON parser (6.4 at least) orders an object's members by how each key was written: a key
// with an escape is kept as UTF-16 and compared by code unit, a plain UTF-8 one by code point. The
// two orders disagree between characters from U+E000 up and those beyond U+FFFF, so the same
// member names come out in another order once re-encoded (operator== compares in order), and lone
// surrogates ("\udc80") mix both orders in one object, where value() then misses members the
// object holds (a fuzzer finding). insert() orders by the comparison that value() uses: objects
// built again through it are consistent. Only frames with a non-ASCII byte or a \u escape can be
// affected; the others are left alone.
bool mayBeMisordered(const QByteArray &utf8)
{
    // On every frame, so eight bytes at a time: any byte with its high bit set (non-ASCII)?
    const char *const data = utf8.constData();
    const qsizetype size = utf8.size();
    quint64 bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        bits |= word;
    }
    for (; i < size; ++i)
        bits |= uchar(data[i]);
    if (bits & 0x8080808080808080ULL)
        return true;
    // A \u escape (other escapes, \" most often, are fine).
    const char *const end = data + size;
    const char *p = data;
    while ((p = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p))))) {
        if (end - p < 2)
            break;
        if (p[1] == 'u')
            return true;
        p += 2; // past the escaped character, which may be a backslash itself
    }
    return false;
}

QJsonValue reordered(const QJsonValue &value);

QJsonObject reordered(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), reordered(it.value()));
    return out;
}

QJsonValue reordered(const QJsonValue &value)
{
    if (value.isObject())
        return reordered(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            out.append(reordered(element));
        return out;
    }
    return value;
}

} // namespace

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
    decoded.object = mayBeMisordered(utf8) ? reordered(document.object()) : document.object();
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
