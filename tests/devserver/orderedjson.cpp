#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OrderedJson &OrderedJson::insert(const QString &key, const QJsonValue &value)
{
    m_members.append({ key, serialize(value) });
    return *this;
}

OrderedJson &OrderedJson::insert(const QString &key, const OrderedJson &object)
{
    m_members.append({ key, object.toJson() });
    return *this;
}

OrderedJson &OrderedJson::insert(const QString &key, const QList<OrderedJson> &objects)
{
    QByteArray text = "[";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            text += ',';
        text += objects.at(i).toJson();
    }
    text += ']';
    m_members.append({ key, text });
    return *this;
}

bool OrderedJson::contains(const QString &key) const
{
    for (const auto &member : m_members) {
        if (member.first == key)
            return true;
    }
    return false;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (i > 0)
            text += ',';
        text += serialize(QJsonValue(m_members.at(i).first));
        text += ':';
        text += m_members.at(i).second;
    }
    text += '}';
    return text;
}

QByteArray OrderedJson::serialize(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Undefined:
        return "null";
    default: {
        // QJsonDocument only writes arrays and objects: wrap the scalar and unwrap it again.
        const QByteArray wrapped
            = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }
    }
}
