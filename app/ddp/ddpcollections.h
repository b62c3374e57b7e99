#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

// The client-side copy of the documents the server publishes (`added`/`changed`/`removed`), by
// collection and id: enough for the login service list and the current-user document.
class DdpCollections : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool contains(const QString &collection, const QString &id) const;
    QJsonObject document(const QString &collection, const QString &id) const;
    QHash<QString, QJsonObject> documents(const QString &collection) const;

    // Called by DdpConnection with the message's fields.
    void applyAdded(const QString &collection, const QString &id, const QJsonObject &fields);
    void applyChanged(const QString &collection, const QString &id, const QJsonObject &fields,
                      const QJsonArray &cleared);
    void applyRemoved(const QString &collection, const QString &id);
    // A new session starts from nothing: every document is removed (with signals).
    void clear();

Q_SIGNALS:
    void documentAdded(const QString &collection, const QString &id, const QJsonObject &fields);
    void documentChanged(const QString &collection, const QString &id);
    void documentRemoved(const QString &collection, const QString &id);

private:
    QHash<QString, QHash<QString, QJsonObject>> m_documents;
};
