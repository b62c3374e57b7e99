#include "sso/browsersignin.h"

#include "core/logging.h"
#include "ddp/ddpconnection.h"
#include "rocketchat/loginrequest.h"
#include "sso/browserlauncher.h"
#include "sso/loginservices.h"

namespace {

// How long the browser may take: long enough for a password manager, a passkey and a second
// factor at the identity provider.
constexpr int DefaultTimeoutMs = 5 * 60 * 1000;
// CAS has no link back: the sign-in is asked for every few seconds, well inside the accounts
// rate limit (5 `login` calls per 10 s and connection, app/rocketchat/README.md §8).
constexpr int DefaultCasPollIntervalMs = 4000;
constexpr int DefaultLoginTimeoutMs = 30000;
// How many ended attempts are remembered (and for how long) to explain a late link.
constexpr int RememberedAttempts = 16;
constexpr qint64 RememberEndedMs = 60 * 60 * 1000;
// Meteor's LoginCancelledError.numericError: "No matching login attempt found".
const QString kNoMatchingAttempt = QStringLiteral("145546287");

} // namespace

BrowserSignIn::BrowserSignIn(DdpConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_services(new LoginServices(connection, this))
    , m_timeoutMs(DefaultTimeoutMs)
    , m_casPollIntervalMs(DefaultCasPollIntervalMs)
    , m_loginTimeoutMs(DefaultLoginTimeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_attempt)
            return;
        qCInfo(lcAuth) << "the browser sign-in took too long";
        end();
        Q_EMIT timedOut();
    });
    connect(&m_countdown, &SecondsCountdown::secondsLeftChanged, this,
            &BrowserSignIn::secondsLeftChanged);
    m_casPoll.setSingleShot(true);
    connect(&m_casPoll, &QTimer::timeout, this, &BrowserSignIn::pollCas);
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_casCall)
        m_casCall->disconnect(this);
}

bool BrowserSignIn::start(const QString &serviceName, const ServerAddress &server,
                          SignInError *error)
{
    end();
    const LoginService service = m_services->service(serviceName);
    if (!service.isSupported()) {
        if (error)
            *error = SignInError(
                SignInError::Kind::ServerError,
                tr("this server offers no sign-in with \"%1\"").arg(serviceName.left(60)));
        return false;
    }
    SsoAttempt::Method method = SsoAttempt::Method::OAuth;
    if (service.method() == LoginService::Method::Saml)
        method = SsoAttempt::Method::Saml;
    else if (service.method() == LoginService::Method::Cas)
        method = SsoAttempt::Method::Cas;
    const SsoAttempt attempt(method, service.name(), server);
    m_attempt = attempt;
    m_url = service.startUrl(server, attempt);
    m_serviceLabel = service.label();
    qCInfo(lcAuth) << "signing in with" << service.name() << "in the browser";
    m_browserProblem.clear();
    m_browserOpened = BrowserLauncher::open(m_url, &m_browserProblem);
    m_timeout.start(m_timeoutMs);
    m_countdown.start(m_timeoutMs);
    if (method == SsoAttempt::Method::Cas)
        m_casPoll.start(m_casPollIntervalMs);
    return true;
}

void BrowserSignIn::end()
{
    m_timeout.stop();
    m_countdown.stop();
    m_casPoll.stop();
    if (m_casCall) {
        m_casCall->disconnect(this);
        m_casCall.clear();
    }
    if (!m_attempt)
        return;
    m_ended.prepend(*m_attempt);
    m_attempt.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_ended.isEmpty()
           && (m_ended.size() > RememberedAttempts
               || m_ended.last().startedAt().msecsTo(now) > RememberEndedMs))
        m_ended.removeLast();
}

BrowserSignIn::LinkVerdict BrowserSignIn::judge(const DeepLink &link)
{
    using Action = LinkVerdict::Action;
    using Kind = SignInError::Kind;
    LinkVerdict verdict;
    if (link.credentialToken().isEmpty() && !link.providerError().isEmpty()) {
        // A refusal without credentials (Rocket.Chat hands off OAuth errors that way): it names
        // no attempt, so anyone can send one. The attempt goes on (only a link with its
        // credential token ends it); the person is told in our words, never the link's.
        const bool fits = m_attempt && m_attempt->server() == link.server()
            && (link.kind() == DeepLink::Kind::OAuth)
                == (m_attempt->method() == SsoAttempt::Method::OAuth);
        qCInfo(lcAuth) << "a refusal that names no sign-in;"
                       << (fits ? "the sign-in goes on" : "not started here");
        verdict.error = SignInError(fits ? Kind::SsoDenied : Kind::SsoLinkNotStarted);
        return verdict;
    }
    if (!m_attempt || !m_attempt->hasCredentialToken(link.credentialToken())) {
        const bool late
            = std::any_of(m_ended.cbegin(), m_ended.cend(), [&link](const SsoAttempt &ended) {
                  return ended.hasCredentialToken(link.credentialToken())
                      && ended.server() == link.server();
              });
        qCInfo(lcAuth) << "refused a" << link.redactedDescription() << "-"
                       << (late ? "its sign-in is over" : "not started here");
        verdict.error = SignInError(late ? Kind::SsoExpired : Kind::SsoLinkNotStarted);
        return verdict;
    }
    switch (m_attempt->match(link, m_timeoutMs)) {
    case SsoAttempt::Match::Matches:
        break;
    case SsoAttempt::Match::OtherServer:
        qCInfo(lcAuth) << "refused a" << link.redactedDescription()
                       << "- another server than the sign-in's";
        verdict.action = Action::EndAttempt;
        verdict.error = SignInError(Kind::SsoLinkOtherServer, link.server().displayString());
        end();
        return verdict;
    case SsoAttempt::Match::Expired:
        verdict.action = Action::EndAttempt;
        verdict.error = SignInError(Kind::SsoExpired);
        end();
        return verdict;
    case SsoAttempt::Match::UnknownToken:
    case SsoAttempt::Match::WrongKind:
        verdict.error = SignInError(Kind::SsoLinkNotStarted);
        return verdict;
    }
    end();
    if (!link.providerError().isEmpty()) {
        qCInfo(lcAuth) << "the identity provider refused the sign-in";
        verdict.action = Action::EndAttempt;
        // Ours, never the link's text: a link is anyone's to write.
        verdict.error = SignInError(Kind::SsoDenied);
        return verdict;
    }
    verdict.action = Action::SignIn;
    verdict.request = link.kind() == DeepLink::Kind::OAuth
        ? LoginRequest::oauth(link.credentialToken(), link.credentialSecret())
        : LoginRequest::saml(link.credentialToken());
    return verdict;
}

SignInError BrowserSignIn::loginError(const SignInError &failure)
{
    using Kind = SignInError::Kind;
    const bool noMatch = failure.ddpError().code() == kNoMatchingAttempt
        || failure.kind() == Kind::WrongCredentials || failure.kind() == Kind::SessionRejected;
    return noMatch ? SignInError(Kind::SsoRejected) : failure;
}

bool BrowserSignIn::isBrowserRequest(const QJsonObject &request)
{
    const QJsonObject login = request.contains(QLatin1String("totp"))
            && request.value(QLatin1String("totp")).toObject().contains(QLatin1String("login"))
        ? request.value(QLatin1String("totp")).toObject().value(QLatin1String("login")).toObject()
        : request;
    return login.contains(QLatin1String("oauth")) || login.contains(QLatin1String("saml"))
        || login.contains(QLatin1String("cas"));
}

void BrowserSignIn::pollCas()
{
    if (!m_attempt || m_attempt->method() != SsoAttempt::Method::Cas || m_casCall)
        return;
    if (m_connection->state() != DdpConnection::State::Connected) {
        m_casPoll.start(m_casPollIntervalMs);
        return;
    }
    DdpMethodCall *call
        = m_connection->call(QStringLiteral("login"),
                             { LoginRequest::cas(m_attempt->credentialToken()) }, m_loginTimeoutMs);
    m_casCall = call;
    connect(call, &DdpMethodCall::finished, this, [this, call] {
        if (call != m_casCall)
            return;
        m_casCall.clear();
        if (!call->hasError()) {
            qCInfo(lcAuth) << "the CAS sign-in is complete";
            end();
            Q_EMIT casSignedIn(call->result().toObject());
            return;
        }
        const SignInError failure = SignInError::fromDdpError(call->error());
        // Not yet (nothing validated under our token), or not now: ask again later.
        const bool notYet = call->error().code() == kNoMatchingAttempt
            || failure.kind() == SignInError::Kind::WrongCredentials || failure.isTransient();
        if (notYet) {
            qint64 wait = m_casPollIntervalMs;
            if (failure.kind() == SignInError::Kind::RateLimited)
                wait = qMax<qint64>(wait, failure.retryAfterMs());
            m_casPoll.start(int(qMin<qint64>(wait, m_timeoutMs)));
            return;
        }
        qCInfo(lcAuth) << "the CAS sign-in failed:" << call->error().toLogString();
        end();
        Q_EMIT casFailed(failure);
    });
}
