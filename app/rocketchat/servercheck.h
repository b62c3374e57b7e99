#pragma once

#include "core/serveraddress.h"
#include "rocketchat/signinerror.h"
#include "tls/untrustedcertificate.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class CertificateTrust;
class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

// The HTTP half of checking a server before sign-in: `GET /api/info` (is it Rocket.Chat, which
// version) and `GET /api/v1/settings.public` (is LDAP on), sent in parallel, each with a
// time-out. The DDP handshake, the other half, is SignInController's. `finished` fires once,
// after both answers, or at once when /api/info fails (the settings are then not waited for).
class ServerCheck : public QObject
{
    Q_OBJECT
public:
    explicit ServerCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ServerCheck() override;

    // Decides on certificates the system does not trust (not owned; must outlive the check).
    // Without it every such certificate is refused.
    void setCertificateTrust(CertificateTrust *trust) { m_trust = trust; }

    // Starts both requests (aborting a previous check). Each gives up after timeoutMs.
    void start(const ServerAddress &address, int timeoutMs);
    // Stops without emitting `finished`.
    void abort();

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    // None when the server is a Rocket.Chat that is new enough; else NotRocketChat,
    // ServerUnreachable, TlsUntrusted, CertificateChanged (both with the certificate),
    // ServerTooOld, or ServerMoved (a redirect to another origin, which is not followed).
    SignInError error() const { return m_error; }
    QString version() const { return m_version; }
    // The public setting LDAP_Enable (false when the settings could not be read).
    bool hasLdap() const { return m_ldap; }

Q_SIGNALS:
    void finished();

private:
    void onInfoFinished();
    void onSettingsFinished();
    QNetworkReply *get(const QString &path, int timeoutMs);
    SignInError transportError(QNetworkReply *reply) const;
    void finishIfDone();
    void discard(QNetworkReply *reply);

    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(QNetworkReply *reply);
    void onRedirected(QNetworkReply *reply, const QUrl &target);

    QNetworkAccessManager *m_network;
    CertificateTrust *m_trust = nullptr;
    UntrustedCertificate m_refusal;
    QSet<const QNetworkReply *> m_sslErrorReplies; // whose handshake reported errors
    ServerAddress m_address;
    QPointer<QNetworkReply> m_info;
    QPointer<QNetworkReply> m_settings;
    bool m_infoDone = false;
    bool m_settingsDone = false;
    bool m_finished = false;
    int m_timeoutMs = 0;
    SignInError m_error;
    QString m_version;
    bool m_ldap = false;
};
