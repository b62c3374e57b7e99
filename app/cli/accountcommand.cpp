#include "cli/accountcommand.h"

#include "core/serveraddress.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "storage/tokenjob.h"

#include <QCommandLineParser>

AccountCommand::AccountCommand(const QString &name, QObject *parent)
    : Command(parent)
    , m_name(name)
    , m_server(QStringLiteral("server"),
               tr("The server of the stored account, e.g. https://chat.example.com (default: the "
                  "account used last)."),
               tr("url", "placeholder in the option list: --server <url>"))
    , m_username(QStringLiteral("username"),
                 tr("The user name of the stored account, when there are several (default: the "
                    "one used last)."),
                 tr("name", "placeholder in the option list: --username <name>"))
{ }

AccountCommand::~AccountCommand() = default;

TokenStore *AccountCommand::tokenStore()
{
    if (!m_tokens)
        m_tokens = new KeychainTokenStore(this);
    return m_tokens;
}

AccountStore *AccountCommand::accountStore()
{
    if (!m_accounts)
        m_accounts = new AccountStore(this);
    return m_accounts;
}

bool AccountCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                           const QList<QCommandLineOption> &options, bool withSelection,
                           const Help &help)
{
    for (const QString &argument : arguments) {
        if (isSecretOption(argument)) {
            failUsage(tr("a password or token is never taken as an argument, where others could "
                         "see it."));
            return false;
        }
    }
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    parser.addOption(helpOption);
    if (withSelection)
        parser.addOptions({ m_server, m_username });
    parser.addOptions(options);
    if (!parser.parse(QStringList { QStringLiteral("liftoff ") + m_name } + arguments)) {
        failUsage(parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        printLine(
            stdout,
            helpText(help.usage, help.description, parser.helpText(), help.exitCodes, help.footer));
        finish(Success);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Not repeated: it may be a secret typed where it does not belong.
        failUsage(tr("%1 takes options only, and no other arguments (see liftoff %1 --help).")
                      .arg(m_name));
        return false;
    }
    if (withSelection && parser.isSet(m_server)) {
        // Only to compare with the stored origins: nothing connects to what was typed here.
        const ServerAddress address = ServerAddress::parse(parser.value(m_server), true);
        if (!address.isValid()) {
            failUsage(address.errorMessage());
            return false;
        }
    }
    if (withSelection && parser.isSet(m_username) && parser.value(m_username).trimmed().isEmpty()) {
        failUsage(tr("--username is empty."));
        return false;
    }
    return true;
}

bool AccountCommand::isSelecting(const QCommandLineParser &parser) const
{
    return parser.isSet(m_server) || parser.isSet(m_username);
}

std::optional<SavedAccount> AccountCommand::selectAccount(const QCommandLineParser &parser)
{
    const bool byServer = parser.isSet(m_server);
    const ServerAddress server = ServerAddress::parse(parser.value(m_server), true);
    const bool byName = parser.isSet(m_username);
    const QString username = parser.value(m_username).trimmed();
    for (const SavedAccount &account : storedAccounts()) { // the one used last first
        if (byServer && account.server.origin() != server.origin())
            continue;
        // User names are case-insensitive on Rocket.Chat.
        if (byName && account.username.compare(username, Qt::CaseInsensitive) != 0)
            continue;
        return account;
    }

    QString message;
    if (byServer && byName)
        message = tr("no stored session for %1 on %2.").arg(username, server.displayString());
    else if (byServer)
        message = tr("no stored session on %1.").arg(server.displayString());
    else if (byName)
        message = tr("no stored session for %1.").arg(username);
    else
        message = tr("no stored session.");
    message += u' '
        + tr("Sign in with: liftoff login --server %1 --username %2")
              .arg(byServer ? server.origin().toString() : QStringLiteral("<url>"),
                   byName ? username : QStringLiteral("<name>"));
    fail(SignInNeeded, message);
    return std::nullopt;
}

QList<SavedAccount> AccountCommand::storedAccounts()
{
    return accountStore()->accounts();
}

QString AccountCommand::describe(const SavedAccount &account)
{
    return tr("%1 on %2")
        .arg(account.username.isEmpty() ? account.userId : account.username,
             account.server.displayString());
}

QCommandLineOption AccountCommand::timeoutOption(int defaultSeconds)
{
    return QCommandLineOption(
        QStringLiteral("timeout"),
        tr("Give up on a server that has not answered after this long (default: %1).")
            .arg(defaultSeconds),
        tr("seconds", "placeholder in the option list: --timeout <seconds>"),
        QString::number(defaultSeconds));
}

void AccountCommand::fail(int exitCode, const QString &message)
{
    printLine(stderr, QStringLiteral("liftoff %1: %2").arg(m_name, message.simplified()));
    finish(exitCode);
}

void AccountCommand::failUsage(const QString &message)
{
    fail(UsageError, message);
}

void AccountCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

// ---- SessionResume ------------------------------------------------------------------------------

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
        return Command::Success;
    case Outcome::Expired:
    case Outcome::Rejected:
        return Command::SignInNeeded;
    case Outcome::Unreachable:
        return Command::ServerUnavailable;
    case Outcome::KeychainProblem:
        // The keychain works but has no token: nothing to wait for, sign in again.
        return m_error.keychainError().kind() == KeychainError::Kind::NotFound
            ? Command::SignInNeeded
            : Command::KeychainUnavailable;
    case Outcome::Failed:
        break;
    }
    return m_error.exitCode() > 0 ? m_error.exitCode() : Command::Failure;
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
    switch (error.kind()) {
    case Kind::SessionExpired:
        conclude(Outcome::Expired, error);
        return;
    case Kind::SessionRejected:
        conclude(Outcome::Rejected, error);
        return;
    case Kind::KeychainUnavailable:
        conclude(Outcome::KeychainProblem, error);
        return;
    default:
        break;
    }
    if (error.exitCode() == Command::ServerUnavailable)
        conclude(Outcome::Unreachable, error);
    else if (error.exitCode() == Command::SignInNeeded)
        conclude(Outcome::Rejected, error);
    else
        conclude(Outcome::Failed, error);
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
    emit finished();
}
