#include "storage/secretserviceprobe.h"

#include "core/logging.h"

#include <QMetaObject>
#include <QObject>

#if defined(LIFTOFF_HAVE_QTDBUS) && defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)                    \
    && !defined(Q_OS_ANDROID)
#define LIFTOFF_SECRET_SERVICE 1
#endif

#ifdef LIFTOFF_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

namespace {

const QString secretsName = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

QDBusMessage secretsCall(const QString &path, const QString &interface, const QString &method)
{
    QDBusMessage message = QDBusMessage::createMethodCall(secretsName, path, interface, method);
    // Asking must not start a keyring daemon that the keychain itself did not start.
    message.setAutoStartService(false);
    return message;
}

// Sends message and hands the finished watcher to done, from the event loop. The watcher is a
// child of context, so nothing is called once context is gone.
void send(const QDBusMessage &message, QObject *context,
          std::function<void(const QDBusPendingCallWatcher &)> done)
{
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         done(*w);
                     });
}

void checkDefaultCollection(QObject *context,
                            std::function<void(SecretServiceProbe::EntryState)> done)
{
    using EntryState = SecretServiceProbe::EntryState;
    QDBusMessage readAlias
        = secretsCall(secretsPath, serviceInterface, QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    send(readAlias, context, [context, done](const QDBusPendingCallWatcher &w) {
        const QDBusPendingReply<QDBusObjectPath> alias = w;
        if (alias.isError()) {
            qCDebug(lcKeychain) << "Secret Service: ReadAlias failed:" << alias.error().name();
            return done(EntryState::Unknown);
        }
        const QString path = alias.value().path();
        if (path.isEmpty() || path == QLatin1String("/"))
            return done(EntryState::Absent); // no default collection: nothing can be locked
        QDBusMessage get = secretsCall(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                       QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        send(get, context, [done](const QDBusPendingCallWatcher &w) {
            const QDBusPendingReply<QDBusVariant> locked = w;
            if (locked.isError()) {
                qCDebug(lcKeychain) << "Secret Service: Locked property:" << locked.error().name();
                return done(EntryState::Unknown);
            }
            done(locked.value().variant().toBool() ? EntryState::AbsentCollectionLocked
                                                   : EntryState::Absent);
        });
    });
}

} // namespace

bool SecretServiceProbe::isSupported()
{
    return true;
}

bool SecretServiceProbe::hasSessionBus()
{
    return QDBusConnection::sessionBus().isConnected();
}

void SecretServiceProbe::checkService(QObject *context, std::function<void(Availability)> done)
{
    if (!hasSessionBus()) {
        QMetaObject::invokeMethod(
            context, [done] { done(Availability::NoSessionBus); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage hasOwner = busCall(QStringLiteral("NameHasOwner"));
    hasOwner << secretsName;
    send(hasOwner, context, [context, done](const QDBusPendingCallWatcher &w) {
        const QDBusPendingReply<bool> owned = w;
        if (owned.isError())
            return done(Availability::Unknown);
        if (owned.value())
            return done(Availability::Available);
        send(busCall(QStringLiteral("ListActivatableNames")), context,
             [done](const QDBusPendingCallWatcher &w) {
                 const QDBusPendingReply<QStringList> names = w;
                 if (names.isError())
                     return done(Availability::Unknown);
                 done(names.value().contains(secretsName) ? Availability::Available
                                                          : Availability::NoSecretService);
             });
    });
}

void SecretServiceProbe::checkEntry(const QString &service, const QString &key, QObject *context,
                                    std::function<void(EntryState)> done)
{
    if (!hasSessionBus()) {
        QMetaObject::invokeMethod(
            context, [done] { done(EntryState::Unknown); }, Qt::QueuedConnection);
        return;
    }
    static const auto attributesType = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(attributesType)

    const QMap<QString, QString> attributes { { QStringLiteral("user"), key },
                                              { QStringLiteral("server"), service } };
    QDBusMessage search = secretsCall(secretsPath, serviceInterface, QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    send(search, context, [context, done](const QDBusPendingCallWatcher &w) {
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found = w;
        if (found.isError()) {
            qCDebug(lcKeychain) << "Secret Service: SearchItems failed:" << found.error().name();
            return done(EntryState::Unknown);
        }
        if (!found.argumentAt<1>().isEmpty())
            return done(EntryState::Locked);
        if (!found.argumentAt<0>().isEmpty())
            return done(EntryState::Unlocked);
        // gnome-keyring matches the attributes of locked items too, other services may not:
        // with nothing found, a locked default collection still leaves the answer open.
        checkDefaultCollection(context, done);
    });
}

#else // no Secret Service on this platform (or no QtDBus): every answer is Unknown

bool SecretServiceProbe::isSupported()
{
    return false;
}

bool SecretServiceProbe::hasSessionBus()
{
    return false;
}

void SecretServiceProbe::checkService(QObject *context, std::function<void(Availability)> done)
{
    QMetaObject::invokeMethod(
        context, [done] { done(Availability::Unknown); }, Qt::QueuedConnection);
}

void SecretServiceProbe::checkEntry(const QString &, const QString &, QObject *context,
                                    std::function<void(EntryState)> done)
{
    QMetaObject::invokeMethod(
        context, [done] { done(EntryState::Unknown); }, Qt::QueuedConnection);
}

#endif
