#include "rocketchat/servercheck.h"

#include "core/logging.h"
#include "rocketchat/serverversion.h"
#include "tls/certificatetrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QVersionNumber>

namespace {

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

ServerCheck::ServerCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

ServerCheck::~ServerCheck()
{
    abort();
}

void ServerCheck::start(const ServerAddress &address, int timeoutMs)
{
    abort();
    m_address = address;
    m_timeoutMs = timeoutMs;
    m_infoDone = m_settingsDone = m_finished = false;
    m_error = {};
    m_refusal = {};
    m_sslErrorReplies.clear();
    m_version.clear();
    m_ldap = false;

    qCInfo(lcServer) << "checking" << address.displayString();
    m_info = get(QStringLiteral("/api/info"), timeoutMs);
    connect(m_info, &QNetworkReply::finished, this, &ServerCheck::onInfoFinished);
    // Real servers page this list (50 by default) and ignore the old `query` parameter since
    // 7.0; `_id` asks for just the settings named.
    m_settings = get(QStringLiteral("/api/v1/settings.public?_id=LDAP_Enable"), timeoutMs);
    connect(m_settings, &QNetworkReply::finished, this, &ServerCheck::onSettingsFinished);
}

void ServerCheck::abort()
{
    for (QNetworkReply *reply : { m_info.data(), m_settings.data() })
        discard(reply);
    m_info.clear();
    m_settings.clear();
}

void ServerCheck::discard(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->disconnect(this);
    // Deleting a reply stops its transfer. (abort() would too, but on a reply whose answer is
    // in and whose `finished` is still queued it reports a second error.)
    reply->deleteLater();
}

bool ServerCheck::isRunning() const
{
    return !m_finished && (m_info || m_settings);
}

QNetworkReply *ServerCheck::get(const QString &path, int timeoutMs)
{
    QNetworkRequest request(m_address.apiUrl(path));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // Each redirect is decided in onRedirected(): followed on the same origin only, where the
    // certificate is judged for the host it was issued to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { onEncrypted(reply); });
    connect(reply, &QNetworkReply::redirected, this,
            [this, reply](const QUrl &target) { onRedirected(reply, target); });
    return reply;
}

void ServerCheck::onRedirected(QNetworkReply *reply, const QUrl &target)
{
    if (m_address.isSameOriginAs(target)) {
        Q_EMIT reply->redirectAllowed();
        return;
    }
    // Another origin: another host (whose certificate CertificateTrust would judge against this
    // address), or http instead of https. Not followed: the person decides by typing it.
    qCInfo(lcServer) << "not following a redirect of" << m_address.displayString() << "to"
                     << target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                        | QUrl::RemoveFragment);
    if (reply == m_settings) {
        discard(reply);
        m_settings.clear();
        m_settingsDone = true; // as when the settings cannot be read
        finishIfDone();
        return;
    }
    if (reply != m_info)
        return;
    discard(reply);
    m_info.clear();
    m_infoDone = true;
    m_error = SignInError::serverMoved(target);
    if (m_settings) {
        discard(m_settings);
        m_settings.clear();
    }
    m_settingsDone = true;
    finishIfDone();
}

void ServerCheck::onEncrypted(QNetworkReply *reply)
{
    // A handshake without errors: the system's authorities vouch for the certificate.
    if (m_trust && !m_sslErrorReplies.contains(reply))
        m_trust->verifiedBySystem(m_address, reply->sslConfiguration().peerCertificate());
}

void ServerCheck::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    m_sslErrorReplies.insert(reply);
    // Called during the handshake: ignoring errors here lets this very connection go on.
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    const CertificateTrust::Decision decision
        = CertificateTrust::decide(m_trust, m_address, leaf, errors);
    if (decision.accepted) {
        reply->ignoreSslErrors(decision.errorsToIgnore);
        return;
    }
    m_refusal = decision.refusal;
}

SignInError ServerCheck::transportError(QNetworkReply *reply) const
{
    using Kind = SignInError::Kind;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = httpStatus(reply);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        if (!m_refusal.isNull())
            return SignInError::fromUntrustedCertificate(m_refusal);
        return SignInError(Kind::TlsUntrusted, reply->errorString());
    case QNetworkReply::OperationCanceledError:
        // setTransferTimeout() aborts this way; abort() by us never gets here (disconnected).
        return SignInError(
            Kind::ServerUnreachable,
            tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        // Something answered on that port, but not in HTTP.
        return SignInError(Kind::NotRocketChat, reply->errorString());
    default:
        break;
    }
    if (status >= 500) // a proxy in front of a server that is down, or a server in trouble
        return SignInError(Kind::ServerUnreachable, tr("the server answered HTTP %1").arg(status));
    if (status >= 400)
        return SignInError(Kind::NotRocketChat, tr("HTTP %1").arg(status));
    return SignInError(Kind::ServerUnreachable, reply->errorString());
}

void ServerCheck::onInfoFinished()
{
    QNetworkReply *reply = m_info;
    if (!reply)
        return;
    m_info.clear();
    reply->deleteLater();
    m_infoDone = true;

    if (reply->error() != QNetworkReply::NoError) {
        m_error = transportError(reply);
        qCInfo(lcServer) << "/api/info failed:" << reply->error() << httpStatus(reply);
    } else {
        // Rocket.Chat answers {"version":"7.4.0","success":true} without authentication; some
        // versions nest it in "info".
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QJsonValue version = body.value(QLatin1String("version"));
        if (!version.isString())
            version = body.value(QLatin1String("info")).toObject().value(QLatin1String("version"));
        m_version = version.toString().trimmed().left(64);
        if (m_version.isEmpty() || QVersionNumber::fromString(m_version).isNull()) {
            m_error = SignInError(SignInError::Kind::NotRocketChat);
            qCInfo(lcServer) << "/api/info has no Rocket.Chat version; not a Rocket.Chat server";
            m_version.clear();
        } else if (!ServerVersion::isSupported(m_version)) {
            m_error = SignInError(SignInError::Kind::ServerTooOld, m_version);
            qCInfo(lcServer) << "Rocket.Chat" << m_version << "is older than"
                             << ServerVersion::minimum();
        } else {
            qCInfo(lcServer) << "Rocket.Chat" << m_version;
        }
    }
    if (m_error.isError() && m_settings) {
        // No point in waiting for the settings of a server we will not use.
        discard(m_settings);
        m_settings.clear();
        m_settingsDone = true;
    }
    finishIfDone();
}

void ServerCheck::onSettingsFinished()
{
    QNetworkReply *reply = m_settings;
    if (!reply)
        return;
    m_settings.clear();
    reply->deleteLater();
    m_settingsDone = true;
    if (reply->error() == QNetworkReply::NoError) {
        // {"settings":[{"_id":"LDAP_Enable","value":true},…],"count":…,"success":true}
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonArray settings = body.value(QLatin1String("settings")).toArray();
        for (const QJsonValue &setting : settings) {
            const QJsonObject object = setting.toObject();
            if (object.value(QLatin1String("_id")).toString() == u"LDAP_Enable")
                m_ldap = object.value(QLatin1String("value")).toBool();
        }
    } else {
        // Not fatal: without the settings, sign in with a password (LDAP stays a choice).
        qCInfo(lcServer) << "public settings not available:" << reply->error();
    }
    finishIfDone();
}

void ServerCheck::finishIfDone()
{
    if (m_finished || !m_infoDone || !m_settingsDone)
        return;
    m_finished = true;
    Q_EMIT finished();
}
