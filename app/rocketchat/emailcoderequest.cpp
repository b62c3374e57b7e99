#include "rocketchat/emailcoderequest.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// The REST rate limiter's answer: {"success": false, "error": "Error, too many requests. Please
// slow down. You must wait 7 seconds before trying again. [error-too-many-requests]",
// "errorType": "error-too-many-requests", "details": {"timeToReset": 6512, …}}.
qint64 retryAfterMs(const QJsonObject &answer)
{
    return SignInError::retryAfterMsFrom(
        answer.value(QLatin1String("details")).toObject().value(QLatin1String("timeToReset")),
        answer.value(QLatin1String("error")).toString());
}

} // namespace

EmailCodeRequest::EmailCodeRequest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

EmailCodeRequest::~EmailCodeRequest()
{
    if (m_reply)
        m_reply->disconnect(this); // it goes with the network access manager
}

bool EmailCodeRequest::start(const ServerAddress &server, const QString &emailOrUsername,
                             int timeoutMs)
{
    if (m_reply)
        return false;
    QNetworkRequest request(server.apiUrl(QStringLiteral("/api/v1/users.2fa.sendEmailCode")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // Redirects are followed on the server's own origin only (see ServerCheck).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    const QJsonObject body { { QStringLiteral("emailOrUsername"), emailOrUsername } };
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(reply, &QNetworkReply::redirected, this, [this, reply, server](const QUrl &target) {
        if (server.isSameOriginAs(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCInfo(lcAuth) << "not following a redirect of the e-mail code request to another origin";
        reply->disconnect(this);
        reply->deleteLater(); // stops it
        m_reply.clear();
        Q_EMIT finished(SignInError::serverMoved(target));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const SignInError error
            = interpret(status, reply->readAll(), reply->error() == QNetworkReply::NoError,
                        reply->errorString());
        if (error.isError())
            qCInfo(lcAuth) << "sending a new e-mail code failed:" << reply->error() << status;
        Q_EMIT finished(error);
    });
    return true;
}

SignInError EmailCodeRequest::interpret(int status, const QByteArray &body, bool transportOk,
                                        const QString &transportError)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (transportOk && answer.value(QLatin1String("success")).toBool())
        return {};
    if (status == 0 || status >= 500)
        return SignInError(SignInError::Kind::ServerUnreachable, transportError);
    // Rocket.Chat's REST errors: {"success": false, "error": "…", "errorType": "…"}
    if (status == 429
        || answer.value(QLatin1String("errorType")).toString().endsWith(u"too-many-requests"))
        return SignInError::rateLimited(retryAfterMs(answer));
    const QString reason = answer.value(QLatin1String("error")).toString();
    return SignInError(SignInError::Kind::ServerError,
                       reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason);
}
