#pragma once

#include "rocketchat/signinerror.h"

#include <QJsonObject>
#include <QString>

// The two-factor step of a sign-in: the request last sent (kept for the retry with the code, and
// forgotten once the flow ends: it holds the digest, or for LDAP the password), and the challenge
// the server answered it with (totp or e-mail, and where the e-mail went).
class TwoFactorChallenge
{
public:
    enum class Method { None, Totp, Email };

    // What a failed `login` means for the challenge.
    enum class Reading {
        NotTwoFactor, // some other failure
        Challenge, // a code is needed (method() and emailHint() set)
        UnsupportedMethod, // a method this client cannot ask for (e.g. "password")
    };

    void setRequest(const QJsonObject &request) { m_request = request; }
    const QJsonObject &request() const { return m_request; }
    bool hasRequest() const { return !m_request.isEmpty(); }
    // The request again, wrapped with the code.
    QJsonObject answer(const QString &code) const;

    // identifier: what was typed, the e-mail hint when the server names none.
    Reading read(const SignInError &failure, const QString &identifier);
    Method method() const { return m_method; }
    bool isActive() const { return m_method != Method::None; }
    QString emailHint() const { return m_method == Method::Email ? m_hint : QString(); }
    // The method the server asked for, as it said it (for the unsupported one).
    QString serverMethod() const { return m_serverMethod; }

    void forgetRequest() { m_request = {}; }
    // No code asked for any more (the request stays).
    void reset();
    // The flow is over: the challenge and the request go.
    void end();

private:
    QJsonObject m_request;
    Method m_method = Method::None;
    QString m_hint;
    QString m_serverMethod;
};
