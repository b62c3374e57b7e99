#include "auth/twofactorchallenge.h"

#include "core/logging.h"
#include "rocketchat/loginrequest.h"

TwoFactorChallenge::TwoFactorChallenge(QObject *parent) : QObject(parent)
{
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(DefaultExpiryMs);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (!hasRequest())
            return;
        qCInfo(lcAuth) << "no two-factor code came in time; the sign-in request is forgotten";
        forgetRequest();
        Q_EMIT expired();
    });
}

TwoFactorChallenge::~TwoFactorChallenge() = default;

void TwoFactorChallenge::setRequest(const QJsonObject &request)
{
    m_expiry.stop();
    m_request = request;
}

QJsonObject TwoFactorChallenge::answer(const QString &code)
{
    m_expiry.stop(); // the code is on its way
    return LoginRequest::withTwoFactorCode(m_request, code.trimmed());
}

void TwoFactorChallenge::waitForCode()
{
    if (hasRequest())
        m_expiry.start();
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
    waitForCode();
    return Reading::Challenge;
}

void TwoFactorChallenge::forgetRequest()
{
    m_expiry.stop();
    m_request = {};
}

void TwoFactorChallenge::reset()
{
    m_method = Method::None;
    m_hint.clear();
}

void TwoFactorChallenge::end()
{
    forgetRequest();
    reset();
}
