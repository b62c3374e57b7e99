#pragma once

#include "core/secondscountdown.h"
#include "rocketchat/deeplink.h"
#include "rocketchat/signinerror.h"
#include "sso/loginservice.h"
#include "sso/ssoattempt.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class DdpConnection;
class DdpMethodCall;
class LoginServices;

// The browser half of single sign-on, for SignInController (which owns the states): the live
// list of services, the attempt under way (its credential token, the URL the browser was sent
// to, the countdown to giving up), the attempts that ended (so that a late link is told apart
// from a forged one), CAS polling, and what a link means.
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    // What to do with a sign-in link (OAuth or SAML).
    struct LinkVerdict
    {
        enum class Action {
            SignIn, // send `request`
            Refuse, // ignore the link; error says why; the attempt (if any) goes on
            EndAttempt, // the attempt is over: error says why
        };
        Action action = Action::Refuse;
        QJsonObject request;
        SignInError error;
    };

    explicit BrowserSignIn(DdpConnection *connection, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    LoginServices *services() const { return m_services; }

    // Starts an attempt for the service (by _id or name) on server: a fresh credential token,
    // the browser opened on the service's start URL, the countdown started. False (error set)
    // when there is no such service.
    bool start(const QString &service, const ServerAddress &server, SignInError *error);
    // Ends the attempt under way (cancelled, timed out, its link used): a link for it that still
    // comes is then refused as no longer awaited.
    void end();

    QUrl url() const { return m_url; }
    bool browserOpened() const { return m_browserOpened; }
    QString browserProblem() const { return m_browserProblem; }
    QString serviceLabel() const { return m_serviceLabel; }
    int secondsLeft() const { return m_countdown.secondsLeft(); }

    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }
    void setCasPollIntervalMs(int ms) { m_casPollIntervalMs = qMax(1, ms); }
    void setLoginTimeoutMs(int ms) { m_loginTimeoutMs = qMax(1, ms); }

    // OAuth and SAML links: whether they belong to the attempt under way.
    LinkVerdict judge(const DeepLink &link);

    // A server error to the `login` of a browser sign-in, in its words: "No matching login
    // attempt found" (or Rocket.Chat 7's rewrite of it to "User not found") means the server
    // did not accept the browser's credentials.
    static SignInError loginError(const SignInError &failure);
    static bool isBrowserRequest(const QJsonObject &request);

Q_SIGNALS:
    void secondsLeftChanged(int seconds);
    // The countdown ran out (the attempt is ended already).
    void timedOut();
    // CAS has no link: the server said yes to a poll (the `login` result), or no for good.
    void casSignedIn(const QJsonObject &result);
    void casFailed(const SignInError &error);

private:
    void pollCas();

    DdpConnection *m_connection;
    LoginServices *m_services;
    std::optional<SsoAttempt> m_attempt;
    // Attempts that ended in the last while, for telling a late link from a forged one.
    QList<SsoAttempt> m_ended;
    QUrl m_url;
    bool m_browserOpened = false;
    QString m_browserProblem;
    QString m_serviceLabel;
    int m_timeoutMs;
    int m_casPollIntervalMs;
    int m_loginTimeoutMs;
    QTimer m_timeout;
    SecondsCountdown m_countdown;
    QTimer m_casPoll;
    QPointer<DdpMethodCall> m_casCall;
};
