#pragma once

#include "sso/loginservice.h"

#include <QList>
#include <QObject>
#include <QPointer>

class DdpConnection;
class DdpSubscription;

// The live list of the server's browser sign-in services: while active, subscribes to
// `meteor.loginServiceConfiguration` on the connection (the subscription follows the connection
// to every new session and server) and keeps one LoginService per published document. Services
// that appear, change or vanish while the sign-in page is open are announced. Inactive (the
// default) it costs nothing on the wire: a resumed or signed-in session sends no extra frame.
class LoginServices : public QObject
{
    Q_OBJECT
public:
    static QString collectionName(); // meteor_accounts_loginServiceConfiguration

    explicit LoginServices(DdpConnection *connection, QObject *parent = nullptr);
    ~LoginServices() override;

    // Whoever shows or uses the list switches it on (the sign-in page while shown, `login
    // --sso`); off, the subscription ends and the list empties.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The services Liftoff can start, ordered by label (then id), for buttons.
    QList<LoginService> services() const;
    // By `_id` or by service name ("keycloak", "saml"); an invalid service when there is none.
    LoginService service(const QString &idOrName) const;
    // The subscription's first batch arrived on this connection (a server without services is
    // ready with an empty list).
    bool isReady() const;

Q_SIGNALS:
    void serviceAdded(const LoginService &service);
    void serviceChanged(const LoginService &service);
    void serviceRemoved(const QString &id);
    // After any of the three, and when the subscription becomes ready.
    void servicesChanged();

private:
    void onDocumentAdded(const QString &collection, const QString &id);
    void onDocumentChanged(const QString &collection, const QString &id);
    void onDocumentRemoved(const QString &collection, const QString &id);

    DdpConnection *m_connection;
    QPointer<DdpSubscription> m_subscription;
    QList<LoginService> m_services; // supported ones, in arrival order
    bool m_active = false;
};
