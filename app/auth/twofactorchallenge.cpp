#include "auth/twofactorchallenge.h"

#include "core/logging.h"
#include "rocketchat/loginrequest.h"

QJsonObject TwoFactorChallenge::answer(const QString &code) const
{
    return LoginRequest::withTwoFactorCode(m_request, code.trimmed());
}

TwoFactorChallenge::Reading TwoFactorChallenge::read(const SignInError &failure,
                                                     const QString &identifier)
{
    using Kind = SignInError::Kind;
    if (failure.kind() != Kind::TwoFactorRequired && failure.kind() != Kind::TwoFactorInvalid)
        return Reading::NotTwoFactor;
    const QJsonObject details = failure.ddpError().details().toObject();
    m_serverMethod = details.value(QLatin1String("method")).toString();
    if (m_serverMethod != u"totp" && m_serverMethod != u"email")
        return Reading::UnsupportedMethod;
    m_method = m_serverMethod == u"totp" ? Method::Totp : Method::Email;
    m_hint = details.value(QLatin1String("emailOrUsername")).toString();
    if (m_method == Method::Email && m_hint.isEmpty())
        m_hint = identifier;
    qCInfo(lcAuth) << "two-factor code needed, method" << m_serverMethod;
    return Reading::Challenge;
}

void TwoFactorChallenge::reset()
{
    m_method = Method::None;
    m_hint.clear();
}

void TwoFactorChallenge::end()
{
    m_request = {};
    reset();
}
