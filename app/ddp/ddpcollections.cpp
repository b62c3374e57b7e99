#include "ddp/ddpcollections.h"

bool DdpCollections::contains(const QString &collection, const QString &id) const
{
    return m_documents.value(collection).contains(id);
}

QJsonObject DdpCollections::document(const QString &collection, const QString &id) const
{
    return m_documents.value(collection).value(id);
}

QHash<QString, QJsonObject> DdpCollections::documents(const QString &collection) const
{
    return m_documents.value(collection);
}

void DdpCollections::applyAdded(const QString &collection, const QString &id,
                                const QJsonObject &fields)
{
    // Meteor merges an `added` for a document it already has (several subscriptions may publish
    // the same one).
    QJsonObject &document = m_documents[collection][id];
    for (auto it = fields.begin(); it != fields.end(); ++it)
        document.insert(it.key(), it.value());
    Q_EMIT documentAdded(collection, id, fields);
}

void DdpCollections::applyChanged(const QString &collection, const QString &id,
                                  const QJsonObject &fields, const QJsonArray &cleared)
{
    QJsonObject &document = m_documents[collection][id];
    for (auto it = fields.begin(); it != fields.end(); ++it)
        document.insert(it.key(), it.value());
    for (const QJsonValue &key : cleared)
        document.remove(key.toString());
    Q_EMIT documentChanged(collection, id);
}

void DdpCollections::applyRemoved(const QString &collection, const QString &id)
{
    auto collectionIt = m_documents.find(collection);
    if (collectionIt == m_documents.end() || !collectionIt->remove(id))
        return;
    if (collectionIt->isEmpty())
        m_documents.erase(collectionIt);
    Q_EMIT documentRemoved(collection, id);
}

void DdpCollections::clear()
{
    const auto documents = std::exchange(m_documents, {});
    for (auto it = documents.begin(); it != documents.end(); ++it)
        for (auto doc = it->begin(); doc != it->end(); ++doc)
            Q_EMIT documentRemoved(it.key(), doc.key());
}
