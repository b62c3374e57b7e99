#pragma once

#include "core/serveraddress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

class SsoAttempt;

// One way to sign in through the browser, as the server publishes it in
// `meteor.loginServiceConfiguration` (app/rocketchat/README.md §10): an OAuth provider (built
// in, such as GitHub, or custom, such as Keycloak), SAML or CAS. Knows what its button says and
// looks like, and where the browser goes to start the sign-in.
class LoginService
{
    Q_DECLARE_TR_FUNCTIONS(LoginService)
public:
    enum class Method { OAuth, Saml, Cas };

    LoginService() = default;
    // From a published document (its fields, without `_id`). isSupported() says whether Liftoff
    // can start it (e.g. an OAuth service without a client id or a known authorize URL cannot).
    static LoginService fromDocument(const QString &id, const QJsonObject &document);

    bool isSupported() const { return m_supported; }
    QString id() const { return m_id; } // the document's _id
    QString name() const { return m_name; } // `service`: "github", "keycloak", "saml", "cas"
    Method method() const { return m_method; }
    // "GitHub", "Company account" (a custom button's buttonLabelText), "SAML" …; translated
    // where it is ours.
    QString label() const { return m_label; }
    // What a screen reader says: "Sign in with GitHub".
    QString accessibleName() const;
    // "#1d74f5"-style colours from the document; empty: the platform's button colours.
    QString buttonColor() const { return m_buttonColor; }
    QString labelColor() const { return m_labelColor; }
    // The icon file's name under :/liftoff/providers/ (without ".svg"): the service name for
    // providers, "saml", "cas". The UI falls back to a generic icon when there is no such file.
    QString iconKey() const { return m_name; }

    // Where the browser starts the sign-in for this attempt (its credential token):
    // - OAuth: the provider's authorize URL with client_id, redirect_uri=<server>/_oauth/<name>,
    //   response_type=code, scope and the attempt's state;
    // - SAML: <server>/_saml/authorize/<provider>/<credentialToken>?loginClient=desktop;
    // - CAS: <login_url>?service=<server>/_cas/<credentialToken>.
    // Invalid when !isSupported().
    QUrl startUrl(const ServerAddress &server, const SsoAttempt &attempt) const;

    QJsonObject document() const { return m_document; }

    friend bool operator==(const LoginService &a, const LoginService &b)
    {
        return a.m_id == b.m_id && a.m_document == b.m_document;
    }
    friend bool operator!=(const LoginService &a, const LoginService &b) { return !(a == b); }

private:
    QString m_id;
    QString m_name;
    Method m_method = Method::OAuth;
    bool m_supported = false;
    bool m_custom = false;
    QString m_label;
    QString m_buttonColor;
    QString m_labelColor;
    QString m_samlProvider;
    // OAuth: where to send the browser, and with what.
    QUrl m_authorizeUrl;
    QString m_clientId;
    QString m_scope;
    QJsonObject m_document;
};
