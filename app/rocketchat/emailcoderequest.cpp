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
    const QJsonObject body { { QStringLiteral("emailOrUsername"), emailOrUsername } };
    post(server, server.apiUrl(QStringLiteral("/api/v1/users.2fa.sendEmailCode")),
         QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs, maxRedirects);
    return true;
}

void EmailCodeRequest::post(const ServerAddress &server, const QUrl &url, const QByteArray &body,
                            int timeoutMs, int redirectsLeft)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // Redirects are ours to follow, on the server's own origin only (see ServerCheck): Qt is not
    // told to follow any, and a redirect on the same origin is posted again on a new request
    // (Qt 6.4 sometimes failed a POST it re-sent itself, with "Unknown error").
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, server, body, timeoutMs, redirectsLeft] {
                reply->deleteLater();
                m_reply.clear();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QUrl location
                    = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                if (status >= 300 && status < 400 && location.isValid()) {
                    const QUrl target = reply->url().resolved(location);
                    if (!server.isSameOriginAs(target)) {
                        qCInfo(lcAuth) << "not following a redirect of the e-mail code request "
                                          "to another origin";
                        Q_EMIT finished(SignInError::serverMoved(target));
                        return;
                    }
                    if (redirectsLeft > 0) {
                        post(server, target, body, timeoutMs, redirectsLeft - 1);
                        return;
                    }
                }
                const SignInError error
                    = interpret(status, reply->readAll(), reply->error() == QNetworkReply::NoError,
                                reply->errorString());
                if (error.isError())
                    qCInfo(lcAuth)
                        << "sending a new e-mail code failed:" << reply->error() << status;
                Q_EMIT finished(error);
            });
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
