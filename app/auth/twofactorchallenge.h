#pragma once

#include "rocketchat/signinerror.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

// The two-factor step of a sign-in: the request last sent (kept for the retry with the code, and
// forgotten once the flow ends: it holds the digest, or for LDAP the password), and the challenge
// the server answered it with (totp or e-mail, and where the e-mail went).
//
// The request is kept no longer than needed: once a code is asked for, it lives for expiryMs()
// (5 minutes) without a code, then it is forgotten and expired() says so (the person signs in
// again). While a code is on its way the clock stands still.
class TwoFactorChallenge : public QObject
{
    Q_OBJECT
public:
    enum class Method { None, Totp, Email };

    // What a failed `login` means for the challenge.
    enum class Reading {
        NotTwoFactor, // some other failure
        Challenge, // a code is needed (method() and emailHint() set)
        UnsupportedMethod, // a method this client cannot ask for (e.g. "password")
    };

    static constexpr int DefaultExpiryMs = 5 * 60 * 1000;

    explicit TwoFactorChallenge(QObject *parent = nullptr);
    ~TwoFactorChallenge() override;

    void setExpiryMs(int ms) { m_expiry.setInterval(qMax(1, ms)); }
    int expiryMs() const { return m_expiry.interval(); }

    void setRequest(const QJsonObject &request);
    const QJsonObject &request() const { return m_request; }
    bool hasRequest() const { return !m_request.isEmpty(); }
    // The request again, wrapped with the code; the expiry clock stops until the next challenge.
    QJsonObject answer(const QString &code);
    // A code could not be checked (network, rate limit): the code is asked for again, and the
    // request expires after expiryMs() from now.
    void waitForCode();

    // identifier: what was typed, the e-mail hint when the server names none. A challenge starts
    // the expiry clock.
    Reading read(const SignInError &failure, const QString &identifier);
    Method method() const { return m_method; }
    bool isActive() const { return m_method != Method::None; }
    QString emailHint() const { return m_method == Method::Email ? m_hint : QString(); }
    // The method the server asked for, as it said it (for the unsupported one).
    QString serverMethod() const { return m_serverMethod; }

    void forgetRequest();
    // No code asked for any more (the request stays).
    void reset();
    // The flow is over: the challenge and the request go.
    void end();

Q_SIGNALS:
    // No code came within expiryMs(): the request is forgotten already.
    void expired();

private:
    QJsonObject m_request;
    Method m_method = Method::None;
    QString m_hint;
    QString m_serverMethod;
    QTimer m_expiry;
};
