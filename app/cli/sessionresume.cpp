#include "cli/sessionresume.h"

#include "auth/signincontroller.h"
#include "cli/exitcode.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"

namespace {

// Where a resume that ended with `error` leaves the session.
SessionResume::Outcome outcomeOf(const SignInError &error)
{
    using Group = SignInError::Group;
    using Outcome = SessionResume::Outcome;
    if (error.kind() == SignInError::Kind::SessionExpired)
        return Outcome::Expired;
    switch (error.group()) {
    case Group::Refused: // the account may not sign in (any more): the token is of no use
        return Outcome::Rejected;
    case Group::Keychain:
        return Outcome::KeychainProblem;
    case Group::ServerUnavailable: // the server could not be asked: the token is kept
        return Outcome::Unreachable;
    case Group::None:
    case Group::TwoFactor:
    case Group::Throttled:
    case Group::Other:
        break;
    }
    return Outcome::Failed;
}

} // namespace

SessionResume::SessionResume(const SavedAccount &account, TokenStore *tokens,
                             AccountStore *accounts, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_tokens(tokens)
    , m_controller(new SignInController(this))
    , m_timeoutMs(timeoutMs)
{
    m_controller->setStores(tokens, accounts);
    // The deadline below (precise) is the one that ends a resume; the controller's own time-outs
    // are coarse timers, which may fire up to 5 % early, so they get a little more.
    const int controllerTimeoutMs = timeoutMs + timeoutMs / 10 + 100;
    m_controller->setServerCheckTimeoutMs(controllerTimeoutMs);
    m_controller->setSignInTimeoutMs(controllerTimeoutMs);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a time-out someone asked for is never early
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_outcome != Outcome::Running)
            return;
        m_controller->cancel();
        conclude(Outcome::Unreachable, SignInError(SignInError::Kind::Timeout));
    });
    connect(m_controller, &SignInController::stateChanged, this, &SessionResume::scheduleUpdate);
    connect(m_controller, &SignInController::errorChanged, this, &SessionResume::scheduleUpdate);
}

SessionResume::~SessionResume() = default;

void SessionResume::start()
{
    m_started = true;
    m_deadline.start(m_timeoutMs);
    if (!m_controller->resumeAccount(m_account.key())) {
        // Forgotten meanwhile, e.g. by `liftoff logout` in another process.
        QMetaObject::invokeMethod(
            this,
            [this] {
                conclude(Outcome::Failed,
                         SignInError(SignInError::Kind::SessionRejected,
                                     tr("the account is no longer stored")));
            },
            Qt::QueuedConnection);
        return;
    }
    scheduleUpdate();
}

int SessionResume::exitCode() const
{
    switch (m_outcome) {
    case Outcome::Running:
    case Outcome::SignedIn:
        return ExitCode::Success;
    case Outcome::Expired:
    case Outcome::Rejected:
        return ExitCode::SignInNeeded;
    case Outcome::Unreachable:
        return ExitCode::ServerUnavailable;
    case Outcome::KeychainProblem:
        // A keychain that works but has no token: nothing to wait for, sign in again.
        return m_error.keychainError().isError() ? ExitCode::of(m_error.keychainError())
                                                 : ExitCode::KeychainUnavailable;
    case Outcome::Failed:
        break;
    }
    return ExitCode::ofFailure(m_error);
}

void SessionResume::scheduleUpdate()
{
    // Queued: the controller's state and error are read together once both have settled.
    if (m_updateScheduled || !m_started || m_outcome != Outcome::Running)
        return;
    m_updateScheduled = true;
    QMetaObject::invokeMethod(this, &SessionResume::update, Qt::QueuedConnection);
}

void SessionResume::update()
{
    m_updateScheduled = false;
    if (m_outcome != Outcome::Running)
        return;
    using State = SignInController::State;
    using Kind = SignInError::Kind;
    const SignInError error = m_controller->error();
    switch (m_controller->state()) {
    case State::Resuming:
    case State::CheckingServer:
    case State::SigningIn:
        return; // still on its way
    case State::SignedIn:
        conclude(Outcome::SignedIn);
        return;
    case State::WaitingForBrowser: // never here: only a sign-in goes to the browser
    case State::Offline:
        // The window waits for the server; a command reports and ends. The token stays.
        m_controller->cancel();
        conclude(Outcome::Unreachable,
                 error.isError() ? error : SignInError(Kind::ServerUnreachable));
        return;
    case State::TwoFactorRequired:
        m_controller->cancel();
        conclude(Outcome::Failed, SignInError(Kind::TwoFactorRequired));
        return;
    case State::Idle:
    case State::Ready:
    case State::Failed:
        break;
    }
    if (!error.isError())
        return; // the error follows (errorChanged), or the deadline ends it
    conclude(outcomeOf(error), error);
}

void SessionResume::conclude(Outcome outcome, const SignInError &error)
{
    if (m_outcome != Outcome::Running)
        return;
    m_deadline.stop();
    m_outcome = outcome;
    m_error = error;
    if (outcome != Outcome::Expired && outcome != Outcome::Rejected) {
        announce();
        return;
    }
    // The controller deletes such a token, but does not say when the keychain is done; a process
    // that ended now could cut the deletion short. The keychain answers in order, so once this
    // removal (of what should already be gone) is through, so is the controller's.
    TokenJob *job = m_tokens->remove(m_account.key());
    connect(job, &TokenJob::finished, this, &SessionResume::announce);
}

void SessionResume::announce()
{
    Q_EMIT finished();
}
