#include "sso/loginservices.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"

#include <algorithm>
#include <utility>

QString LoginServices::collectionName()
{
    return QStringLiteral("meteor_accounts_loginServiceConfiguration");
}

LoginServices::LoginServices(DdpConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    DdpCollections *collections = connection->collections();
    connect(
        collections, &DdpCollections::documentAdded, this,
        [this](const QString &collection, const QString &id) { onDocumentAdded(collection, id); });
    connect(collections, &DdpCollections::documentChanged, this, &LoginServices::onDocumentChanged);
    connect(collections, &DdpCollections::documentRemoved, this, &LoginServices::onDocumentRemoved);
}

void LoginServices::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        if (m_subscription)
            m_connection->unsubscribe(m_subscription);
        m_subscription.clear();
        if (!m_services.isEmpty()) {
            const QList<LoginService> gone = std::exchange(m_services, {});
            for (const LoginService &service : gone)
                Q_EMIT serviceRemoved(service.id());
            Q_EMIT servicesChanged();
        }
        return;
    }
    m_subscription = m_connection->subscribe(QStringLiteral("meteor.loginServiceConfiguration"));
    connect(m_subscription, &DdpSubscription::readyChanged, this, [this](bool ready) {
        if (ready)
            Q_EMIT servicesChanged();
    });
    // Documents already there (another subscription, or an earlier one, published them).
    const auto documents = m_connection->collections()->documents(collectionName());
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        onDocumentAdded(collectionName(), it.key());
}

LoginServices::~LoginServices()
{
    if (m_subscription)
        m_connection->unsubscribe(m_subscription);
}

QList<LoginService> LoginServices::services() const
{
    QList<LoginService> sorted = m_services;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LoginService &a, const LoginService &b) {
                         const int byLabel = a.label().localeAwareCompare(b.label());
                         return byLabel != 0 ? byLabel < 0 : a.id() < b.id();
                     });
    return sorted;
}

LoginService LoginServices::service(const QString &idOrName) const
{
    for (const LoginService &service : m_services)
        if (service.id() == idOrName)
            return service;
    const QString name = idOrName.toLower();
    for (const LoginService &service : m_services)
        if (service.name() == name)
            return service;
    return {};
}

bool LoginServices::isReady() const
{
    return m_subscription && m_subscription->isReady();
}

void LoginServices::onDocumentAdded(const QString &collection, const QString &id)
{
    // An `added` for a document already known (a re-subscription after a reconnect) is a change.
    onDocumentChanged(collection, id);
}

void LoginServices::onDocumentChanged(const QString &collection, const QString &id)
{
    if (collection != collectionName() || !m_active)
        return;
    const LoginService service
        = LoginService::fromDocument(id, m_connection->collections()->document(collection, id));
    const auto existing = std::find_if(m_services.begin(), m_services.end(),
                                       [&id](const LoginService &s) { return s.id() == id; });
    if (existing == m_services.end()) {
        if (!service.isSupported()) {
            qCInfo(lcAuth) << "the server offers sign-in with" << service.name()
                           << "- not one Liftoff can start";
            return;
        }
        m_services.append(service);
        Q_EMIT serviceAdded(service);
        Q_EMIT servicesChanged();
        return;
    }
    if (!service.isSupported()) {
        m_services.erase(existing);
        Q_EMIT serviceRemoved(id);
        Q_EMIT servicesChanged();
        return;
    }
    if (*existing == service)
        return;
    *existing = service;
    Q_EMIT serviceChanged(service);
    Q_EMIT servicesChanged();
}

void LoginServices::onDocumentRemoved(const QString &collection, const QString &id)
{
    if (collection != collectionName())
        return;
    const auto existing = std::find_if(m_services.begin(), m_services.end(),
                                       [&id](const LoginService &s) { return s.id() == id; });
    if (existing == m_services.end())
        return;
    m_services.erase(existing);
    Q_EMIT serviceRemoved(id);
    Q_EMIT servicesChanged();
}
