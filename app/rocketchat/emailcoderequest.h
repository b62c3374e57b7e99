#pragma once

#include "core/serveraddress.h"
#include "rocketchat/signinerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Asks the server for a fresh e-mail two-factor code: POST /api/v1/users.2fa.sendEmailCode
// {"emailOrUsername": …}, Rocket.Chat's REST API. One request at a time.
class EmailCodeRequest : public QObject
{
    Q_OBJECT
public:
    explicit EmailCodeRequest(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EmailCodeRequest() override;

    // False (nothing sent) while a request is under way.
    bool start(const ServerAddress &server, const QString &emailOrUsername, int timeoutMs);
    bool isRunning() const { return !m_reply.isNull(); }

    // What an answer means: None when the code was sent; ServerUnreachable (no answer, or 5xx:
    // detail is the transport's error text), RateLimited (the REST rate limiter, with the wait it
    // names), or ServerError (the server's `error`, else "HTTP <status>").
    static SignInError interpret(int httpStatus, const QByteArray &body, bool transportOk,
                                 const QString &transportError);

Q_SIGNALS:
    // With interpret()'s error, or ServerMoved when the server redirected to another origin
    // (not followed).
    void finished(const SignInError &error);

private:
    // Redirects on the server's own origin followed, at most (as Qt's default).
    static constexpr int maxRedirects = 50;
    void post(const ServerAddress &server, const QUrl &url, const QByteArray &body, int timeoutMs,
              int redirectsLeft);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};
