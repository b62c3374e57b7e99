#pragma once

// Talking to the Secret Service (org.freedesktop.secrets) on the session bus directly, behind the
// keychain library's back: for tests that check what it really holds for a Liftoff entry, and for
// the child processes that lock the keyring, each in a session of its own (so that the keyring
// the other tests share is never locked). Only ever in the throw-away sessions of
// scripts/with-session.sh.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QVariant>

namespace SecretService {

// A call of method on the service itself (/org/freedesktop/secrets).
inline QDBusMessage methodCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                          QStringLiteral("/org/freedesktop/secrets"),
                                          QStringLiteral("org.freedesktop.Secret.Service"), method);
}

// Items the Secret Service holds for the Liftoff entry key: (unlocked, locked). Empty, and *ok
// false, when the service did not answer.
inline QPair<QList<QDBusObjectPath>, QList<QDBusObjectPath>> searchItems(const QString &key,
                                                                         bool *ok = nullptr)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search = methodCall(QStringLiteral("SearchItems"));
    search << QVariant::fromValue(QMap<QString, QString> {
        { QStringLiteral("user"), key }, { QStringLiteral("server"), QStringLiteral("Liftoff") } });
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search);
    const bool answered
        = reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2;
    if (ok)
        *ok = answered;
    if (!answered)
        return {};
    return { qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)),
             qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)) };
}

// A property of an item ("Label", "Attributes", …), invalid when it could not be read.
inline QVariant itemProperty(const QDBusObjectPath &item, const QString &property)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), item.path(),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Item") << property;
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get);
    return reply.isValid() ? reply.value().variant() : QVariant();
}

// Takes the display away from what the bus starts from now on. gnome-keyring asks a prompter
// (gcr-prompter, started by the bus) to unlock; without a display it gives up at once and the
// keyring stays locked, as for a person who cancels. False when the bus refused.
inline bool startPromptsWithoutDisplay(QDBusConnection &bus)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage environment = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("UpdateActivationEnvironment"));
    environment << QVariant::fromValue(
        QMap<QString, QString> { { QStringLiteral("DISPLAY"), QString() },
                                 { QStringLiteral("WAYLAND_DISPLAY"), QString() } });
    return bus.call(environment).type() == QDBusMessage::ReplyMessage;
}

enum class Lock { Locked, NoDefaultCollection, Refused };

// Locks the default collection (the "login" keyring).
inline Lock lockDefaultCollection(QDBusConnection &bus)
{
    QDBusMessage alias = methodCall(QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> collection = bus.call(alias);
    if (!collection.isValid())
        return Lock::NoDefaultCollection;
    QDBusMessage lock = methodCall(QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> { collection.value() });
    if (bus.call(lock).type() != QDBusMessage::ReplyMessage)
        return Lock::Refused;
    return Lock::Locked;
}

// scripts/with-session.sh, to run a child in a session (bus, HOME, keyring) of its own; "" when
// the sources are not next to the test.
inline QString sessionScript()
{
    const QString script
        = QFileInfo(QStringLiteral(__FILE__))
              .dir()
              .absoluteFilePath(QStringLiteral("../../../scripts/with-session.sh"));
    return QFileInfo::exists(script) ? script : QString();
}

// The environment for that child: this one, without the mark of the session it runs in, so that
// the script starts a new one.
inline QProcessEnvironment environmentForOwnSession()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LIFTOFF_IN_SESSION"));
    return environment;
}

} // namespace SecretService
