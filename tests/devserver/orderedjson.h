#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// A JSON object that keeps its keys in insertion order. QJsonObject sorts keys, but clients may
// depend on the order Meteor sends (`msg` first; Meteor.Error's isClientSafe, error, reason,
// details, message, errorType), so every frame the dev server sends is built with this.
class OrderedJson
{
public:
    OrderedJson &insert(const QString &key, const QJsonValue &value);
    OrderedJson &insert(const QString &key, const OrderedJson &object);
    // An array of ordered objects.
    OrderedJson &insert(const QString &key, const QList<OrderedJson> &objects);

    bool isEmpty() const { return m_members.isEmpty(); }
    bool contains(const QString &key) const;

    // Compact UTF-8 JSON text.
    QByteArray toJson() const;
    QString toJsonString() const { return QString::fromUtf8(toJson()); }

    // Compact JSON text of any value (numbers that are integers stay integers).
    static QByteArray serialize(const QJsonValue &value);

private:
    QList<QPair<QString, QByteArray>> m_members; // key, serialized value
};
