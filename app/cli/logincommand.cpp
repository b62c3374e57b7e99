#include "cli/logincommand.h"

#include "cli/terminal.h"
#include "core/serveraddress.h"
#include "rocketchat/signinerror.h"
#include "sso/loginservices.h"
#include "sso/singleinstance.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "tls/certificatetrust.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <utility>

namespace {

// Codes a person may type on the terminal before we give up (the server limits them too).
constexpr int maximumTypedCodes = 3;

} // namespace

LoginCommand::LoginCommand(QObject *parent)
    : Command(name(), parent), m_terminal(new Terminal(this))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a time-out someone asked for is never early
    connect(&m_deadline, &QTimer::timeout, this, &LoginCommand::onDeadline);
    connect(this, &Command::finished, &m_deadline, &QTimer::stop);
    connect(m_terminal, &Terminal::lineReady, this, &LoginCommand::onLineReady);
    connect(m_terminal, &Terminal::inputEnded, this, &LoginCommand::onInputEnded);
}

LoginCommand::~LoginCommand() = default;

QString LoginCommand::name()
{
    return QStringLiteral("login");
}

QString LoginCommand::summary()
{
    return tr("Sign in to a Rocket.Chat server with a username or e-mail address and password, "
              "single sign-on, or a personal access token.");
}

void LoginCommand::start(const QStringList &arguments)
{
    if (!parseArguments(arguments))
        return;

    m_controller = new SignInController(this);
    if (m_store) {
        // Saved before signedIn() comes; nothing is written when the keychain refuses.
        m_tokens = new KeychainTokenStore(this);
        m_accounts = new AccountStore(this);
        m_controller->setStores(m_tokens, m_accounts);
    }
    if (!m_trustFingerprint.isEmpty()) {
        // Remembered for the server once it matches, as the window's "Trust", unless --no-store.
        m_controller->certificateTrust()->trustForThisRun(m_server, m_trustFingerprint, m_store);
    }
    connect(m_controller, &SignInController::stateChanged, this, &LoginCommand::onStateChanged);
    connect(m_controller, &SignInController::errorChanged, this, &LoginCommand::scheduleUpdate);
    if (!m_service.isEmpty() && !startSingleSignOn())
        return;
    // Check the server now, while the person types the password: then signing in costs one
    // round trip once the password is there. A piped password is there before the handshake
    // is: `login` then goes out with `connect` (SignInController::signIn()).
    m_controller->setServerCheckTimeoutMs(m_timeoutMs);
    m_controller->setServer(m_serverText, m_allowInsecure);
    m_controller->checkServerNow(); // no pause for typing: the address is complete
    if (m_service.isEmpty())
        askForPassword();
    scheduleUpdate();
}

bool LoginCommand::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption server
        = serverOption(tr("The Rocket.Chat server, e.g. https://chat.example.com (required)."));
    const QCommandLineOption username = usernameOption(tr("Sign in with this username."));
    const QCommandLineOption email(
        QStringLiteral("email"), tr("Sign in with this e-mail address instead."),
        tr("address", "placeholder in the option list: --email <address>"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the password from the first line of standard input. Without it the password "
           "is asked for on the terminal, without echo."));
    const QCommandLineOption ldap(QStringLiteral("ldap"),
                                  tr("Sign in through the server's LDAP directory."));
    const QCommandLineOption totpCode(
        QStringLiteral("totp-code"),
        tr("The two-factor code (authenticator app or e-mail), when the server asks for one. "
           "On a terminal it is asked for instead. Other users of this computer can see "
           "arguments in the process list: --totp-code-stdin is safer."),
        tr("code", "placeholder in the option list: --totp-code <code>"));
    const QCommandLineOption totpCodeStdin(
        QStringLiteral("totp-code-stdin"),
        tr("Read the two-factor code, when the server asks for one, from the line of standard "
           "input after the password (with --password-stdin: the second line)."));
    const QCommandLineOption noStore(
        QStringLiteral("no-store"),
        tr("Do not keep the session: nothing goes to the system keychain or the account list, "
           "and liftoff resume, status, token and logout will not know it."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("On success print one JSON object (server, userId, username, type, tokenExpires, "
           "stored) instead of a sentence. The token itself is never printed."));
    const QCommandLineOption allowInsecure(
        QStringLiteral("allow-insecure"),
        tr("Allow an unencrypted http:// connection to a server that is not on this computer."));
    const QCommandLineOption timeout
        = secondsOption(QStringLiteral("timeout"),
                        tr("Give up when the server has not answered for this long (default: 30)."),
                        QStringLiteral("30"));
    const QCommandLineOption trustFingerprint = trustFingerprintOption(
        tr("Trust the server's certificate although the system does not, if its SHA-256 "
           "fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered "
           "for the server, as the window's \"Trust this certificate\", unless --no-store."));
    const QCommandLineOption withToken(
        QStringLiteral("with-token"),
        tr("Sign in with a personal access token (made in Rocket.Chat under My Account → "
           "Personal Access Tokens) instead of a password: it is read from standard input, or "
           "asked for on the terminal without echo. Signing out later forgets it on this "
           "computer only: it works until you revoke it in Rocket.Chat."));
    const QCommandLineOption sso(
        QStringLiteral("sso"),
        tr("Sign in with this single sign-on service of the server (e.g. github, "
           "keycloak, saml, cas) in your web browser, instead of a password."),
        tr("service", "placeholder in the option list: --sso <service>"));
    const QCommandLineOption ssoTimeout = secondsOption(
        QStringLiteral("sso-timeout"),
        tr("With --sso: how long to wait for the browser (default: 300)."), QStringLiteral("300"));
    if (!parse(parser, arguments,
               { server, username, email, passwordStdin, ldap, totpCode, totpCodeStdin, noStore,
                 json, allowInsecure, timeout, trustFingerprint, sso, ssoTimeout, withToken },
               help()))
        return false;

    if (!parser.isSet(server)) {
        failUsage(tr("which server? Add --server <url>."));
        return false;
    }
    m_serverText = parser.value(server);
    m_allowInsecure = parser.isSet(allowInsecure);
    m_server = ServerAddress::parse(m_serverText, m_allowInsecure);
    if (!m_server.isValid()) {
        QString problem = m_server.errorMessage();
        if (m_server.error() == ServerAddress::Error::InsecureTransport)
            problem += u' ' + tr("(--allow-insecure allows it.)");
        failUsage(problem);
        return false;
    }

    m_withToken = parser.isSet(withToken);
    if (m_withToken) {
        if (parser.isSet(username) || parser.isSet(email) || parser.isSet(passwordStdin)
            || parser.isSet(ldap) || parser.isSet(sso) || parser.isSet(ssoTimeout)
            || parser.isSet(totpCode) || parser.isSet(totpCodeStdin)) {
            failUsage(tr("--with-token signs in with a personal access token alone: leave out "
                         "--username, --email, --password-stdin, --ldap, --sso and the "
                         "two-factor options."));
            return false;
        }
    } else if (parser.isSet(sso)) {
        m_service = parser.value(sso).trimmed();
        if (m_service.isEmpty()) {
            failUsage(tr("--sso needs the name of a service, e.g. --sso github."));
            return false;
        }
        if (parser.isSet(username) || parser.isSet(email) || parser.isSet(passwordStdin)
            || parser.isSet(ldap)) {
            failUsage(tr("--sso signs in with the browser: leave out --username, --email, "
                         "--password-stdin and --ldap."));
            return false;
        }
        m_ssoTimeoutMs = timeoutMs(parser, ssoTimeout);
        if (m_ssoTimeoutMs == 0)
            return false;
    } else if (parser.isSet(ssoTimeout)) {
        failUsage(tr("--sso-timeout goes with --sso."));
        return false;
    } else if (parser.isSet(username) == parser.isSet(email)) {
        failUsage(tr("give either --username or --email (one of them)."));
        return false;
    }
    if (m_service.isEmpty() && !m_withToken)
        m_identifier = parser.isSet(username) ? parser.value(username) : parser.value(email);
    if (m_service.isEmpty() && !m_withToken && m_identifier.trimmed().isEmpty()) {
        failUsage(tr("the username or e-mail address is empty."));
        return false;
    }
    if (parser.isSet(email) && !m_identifier.contains(u'@')) {
        failUsage(tr("--email needs an e-mail address (name@example.com); for a username use "
                     "--username."));
        return false;
    }

    // --with-token reads standard input itself, piped or typed.
    m_passwordFromStdin = parser.isSet(passwordStdin) || m_withToken;
    m_ldap = parser.isSet(ldap);
    m_json = parser.isSet(json);
    m_store = !parser.isSet(noStore);
    if (parser.isSet(totpCode)) {
        m_totpCode = parser.value(totpCode).trimmed();
        if (m_totpCode.isEmpty()) {
            failUsage(tr("--totp-code is empty."));
            return false;
        }
    }
    m_codeFromStdin = parser.isSet(totpCodeStdin);
    if (m_codeFromStdin && parser.isSet(totpCode)) {
        failUsage(tr("give --totp-code or --totp-code-stdin, not both."));
        return false;
    }
    if (m_codeFromStdin && !m_passwordFromStdin) {
        failUsage(tr("--totp-code-stdin reads the line after the password: it goes with "
                     "--password-stdin."));
        return false;
    }
    m_trustFingerprint = trustedFingerprint(parser, trustFingerprint);
    if (isFinished())
        return false;
    m_timeoutMs = timeoutMs(parser, timeout);
    if (m_timeoutMs == 0)
        return false;

    m_interactive = Terminal::isInteractive();
    if (!m_interactive && !m_passwordFromStdin && m_service.isEmpty()) {
        failUsage(tr("there is no terminal to ask for the password on: pipe it in and add "
                     "--password-stdin."));
        return false;
    }
    return true;
}

QString LoginCommand::secretArgumentRefusal() const
{
    return tr("a password or token is never taken as an argument, where others "
              "could see it: type it when asked, or pipe it in with "
              "--password-stdin (a personal access token: --with-token).");
}

QString LoginCommand::strayArgumentRefusal() const
{
    // Not repeated: it may well be a password typed where it does not belong.
    return tr("login takes options only, and no other arguments; a password is typed "
              "when asked, or piped in with --password-stdin.");
}

Command::Help LoginCommand::help() const
{
    Help help;
    help.usage = tr("Usage: liftoff login --server <url> (--username <name> | --email <address> | "
                    "--sso <service> | --with-token) [options]");
    help.description = tr(
        "Signs in to a Rocket.Chat server, checking the server while you type the password, "
        "and keeps the session in the system keychain for liftoff resume, status, token and "
        "logout (and the window). The password is never taken as an argument: it is asked "
        "for on the terminal without echo, or read from standard input with "
        "--password-stdin. On a terminal, a two-factor code is asked for when the server "
        "wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your "
        "web browser (the BROWSER environment variable, else the system's default browser); "
        "if none can be opened, the address to open is printed. The browser hands the "
        "sign-in back to this command through a rocketchat:// link. With --with-token a "
        "personal access token signs in instead (as gh auth login --with-token): piped in "
        "(echo \"$TOKEN\" | liftoff login --server <url> --with-token) or typed without echo; "
        "it is kept like a session, never expires here, and liftoff logout forgets it on this "
        "computer without deleting it on the server.");
    help.exitCodes = {
        { 0, tr("signed in (and the session stored, unless --no-store)") },
        { 1, tr("anything else (e.g. an unexpected server error)") },
        { 2, tr("usage: a missing or wrong option, or no terminal and no --password-stdin") },
        { 3,
          tr("credentials or personal access token rejected, or the account may not sign in "
             "(deactivated, app user, no roles, e-mail not verified)") },
        { 4, tr("two-factor code required (none given and no terminal) or wrong") },
        { 5,
          tr("server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate "
             "that is not trusted: stderr gives its fingerprint for --trust-fingerprint), "
             "time-out or lost connection") },
        { 6, tr("rate-limited or blocked by the server: try again later") },
        { 7,
          tr("signed in, but the system keychain is unavailable or locked, so the session was "
             "not stored (stdout still says who signed in; stderr says why)") },
    };
    help.footer = tr("On Ctrl+C the terminal is restored and the process ends by the signal, as "
                     "usual (a shell shows 130).");
    return help;
}

void LoginCommand::askForPassword()
{
    m_input = Input::Password;
    QString prompt;
    if (m_interactive && m_withToken) {
        prompt = tr("Personal access token for %1: ").arg(m_server.displayString());
    } else if (m_interactive) {
        prompt = tr("Password for %1 on %2: ").arg(m_identifier, m_server.displayString());
    }
    m_terminal->readLine(prompt, true);
}

void LoginCommand::askForCode()
{
    m_input = Input::Code;
    QString prompt;
    if (m_controller->twoFactorMethod() == SignInController::TwoFactorMethod::Email) {
        const QString hint = m_controller->twoFactorEmailHint();
        prompt = hint.isEmpty() ? tr("Code sent to you by e-mail: ")
                                : tr("Code sent by e-mail to %1: ").arg(hint);
    } else {
        prompt = tr("Two-factor code from your authenticator app: ");
    }
    // The code stays visible: it is short-lived, and people check what they typed.
    m_terminal->readLine(prompt, false);
    updateDeadline();
}

void LoginCommand::onLineReady()
{
    QString line = m_terminal->takeLine();
    const Input input = std::exchange(m_input, Input::None);
    if (isFinished()) {
        Terminal::wipe(line);
        return;
    }
    if (input == Input::Password) {
        if (m_withToken) {
            if (line.trimmed().isEmpty()) {
                Terminal::wipe(line);
                failUsage(tr("no personal access token was given."));
                return;
            }
            m_signInCalled = true;
            m_controller->signInWithPersonalAccessToken(std::move(line));
            Terminal::wipe(line);
            scheduleUpdate();
            return;
        }
        if (line.isEmpty()) {
            failUsage(tr("no password was given."));
            return;
        }
        m_signInCalled = true;
        // The only copy goes to the controller, which overwrites it once used.
        m_controller->signIn(m_identifier, std::move(line), m_ldap);
        Terminal::wipe(line);
    } else if (input == Input::Code || input == Input::PipedCode) {
        const QString code = line.trimmed();
        Terminal::wipe(line);
        if (code.isEmpty() && input == Input::PipedCode) {
            failUsage(tr("the two-factor code on standard input (--totp-code-stdin) is empty."));
            return;
        }
        if (code.isEmpty()) {
            askForCode();
            return;
        }
        ++m_codesSent;
        m_codeSubmitted = true;
        m_controller->submitTwoFactorCode(code);
    }
    scheduleUpdate();
}

void LoginCommand::onInputEnded()
{
    const Input input = std::exchange(m_input, Input::None);
    if (isFinished())
        return;
    if (input == Input::Password && m_withToken) {
        failUsage(tr("standard input ended before a personal access token (--with-token reads "
                     "its first line)."));
    } else if (input == Input::Password) {
        failUsage(m_interactive ? tr("no password was given.")
                                : tr("standard input ended before a password (--password-stdin "
                                     "reads its first line)."));
    } else if (input == Input::Code || input == Input::PipedCode) {
        failSignIn(SignInError(SignInError::Kind::TwoFactorRequired),
                   tr("Standard input ended before a code."));
    }
}

void LoginCommand::onStateChanged(SignInController::State state)
{
    // Any step the controller takes is progress: the time-out counts from here again.
    m_deadline.stop();
    if (state == SignInController::State::SigningIn && m_codeSubmitted)
        m_codeInFlight = true;
    scheduleUpdate();
}

void LoginCommand::scheduleUpdate()
{
    // Queued: the controller's state and error are read together once both have settled.
    if (m_updateScheduled || isFinished())
        return;
    m_updateScheduled = true;
    QMetaObject::invokeMethod(this, &LoginCommand::update, Qt::QueuedConnection);
}

void LoginCommand::update()
{
    m_updateScheduled = false;
    if (isFinished())
        return;
    using State = SignInController::State;
    const SignInError error = m_controller->error();
    switch (m_controller->state()) {
    case State::Idle:
        // The address was checked before; the controller stays here only if it disagrees.
        if (!m_controller->addressProblem().isEmpty()) {
            failUsage(m_controller->addressProblem());
            return;
        }
        break;
    case State::CheckingServer:
    case State::SigningIn:
    case State::Resuming: // never here: login does not resume stored sessions
        break;
    case State::Ready:
        if ((m_signInCalled || m_ssoStarted) && error.isError()) {
            failSignIn(error);
            return;
        }
        break;
    case State::Failed:
    case State::Offline: // (only after a resume)
        // Also while the password is being typed: no use asking for it for a dead server.
        failSignIn(error.isError() ? error : SignInError(SignInError::Kind::ServerUnreachable));
        return;
    case State::TwoFactorRequired:
        handleTwoFactor(error);
        if (isFinished())
            return;
        break;
    case State::SignedIn:
        succeed();
        return;
    case State::WaitingForBrowser:
        reportBrowser();
        break;
    }
    if (!m_service.isEmpty() && !m_ssoStarted && m_controller->state() == State::Ready)
        startBrowserSignIn();
    if (isFinished())
        return;
    updateDeadline();
}

void LoginCommand::handleTwoFactor(const SignInError &error)
{
    using Kind = SignInError::Kind;
    if (m_input == Input::Code || m_input == Input::PipedCode)
        return; // already asking (or reading)
    // Throttling or too many wrong codes end it here.
    if (error.isError() && error.kind() != Kind::TwoFactorRequired
        && error.kind() != Kind::TwoFactorInvalid) {
        failSignIn(error);
        return;
    }
    if (m_codeSubmitted && !m_codeInFlight)
        return; // the code is on its way; this is still the old challenge
    if (std::exchange(m_codeInFlight, false)) {
        m_codeSubmitted = false;
        // Asked again after a code went out: it was wrong (or expired).
        const SignInError wrong
            = error.kind() == Kind::TwoFactorInvalid ? error : SignInError(Kind::TwoFactorInvalid);
        if (!m_interactive || m_codesSent >= maximumTypedCodes) {
            failSignIn(wrong);
            return;
        }
        printLine(stderr, wrong.message());
        askForCode();
        return;
    }
    if (!m_totpCode.isEmpty() && !m_givenCodeUsed) {
        m_givenCodeUsed = true;
        ++m_codesSent;
        m_codeSubmitted = true;
        m_controller->submitTwoFactorCode(m_totpCode);
        return;
    }
    if (m_codeFromStdin && !m_givenCodeUsed) {
        // Read now that the server asks: standard input need not hold a code it never uses.
        m_givenCodeUsed = true;
        m_input = Input::PipedCode;
        m_terminal->readLine();
        return;
    }
    if (!m_interactive) {
        // The controller's message is the window's; here the way to give a code is an option.
        failSignIn(SignInError(Kind::TwoFactorRequired),
                   tr("Without a terminal to ask on, pass the code with --totp-code."));
        return;
    }
    askForCode();
}

void LoginCommand::updateDeadline()
{
    // The time-out measures the server, never the person: it stands still during a prompt.
    using State = SignInController::State;
    const State state = m_controller->state();
    const bool waitingForServer = m_input == Input::None && !isFinished()
        && (state == State::CheckingServer || state == State::SigningIn
            || (state == State::Ready && (m_signInCalled || !m_service.isEmpty()))
            || (state == State::TwoFactorRequired && m_codeSubmitted));
    if (!waitingForServer)
        m_deadline.stop();
    else if (!m_deadline.isActive())
        m_deadline.start(m_timeoutMs);
}

void LoginCommand::onDeadline()
{
    if (isFinished())
        return;
    m_controller->cancel();
    failSignIn(SignInError(SignInError::Kind::Timeout));
}

void LoginCommand::succeed()
{
    const SignedInUser user = m_controller->user();
    // With the stores, the token is saved (or storageProblem() says why not) by now.
    const KeychainError problem = m_store ? m_controller->storageProblem() : KeychainError();
    const bool stored = m_store && !problem.isError();
    if (m_json) {
        QJsonObject object = signedInJson(user);
        object.insert(QStringLiteral("stored"), stored);
        printJson(QJsonDocument(object));
    } else {
        printLine(stdout, signedInLine(user));
    }
    if (problem.isError()) {
        // Signed in all the same: the person learns that, and that it will not last.
        printError(tr("the session was not stored: %1").arg(problem.message()));
        finish(ExitCode::KeychainUnavailable);
        return;
    }
    finish(ExitCode::Success);
}

void LoginCommand::failSignIn(const SignInError &error, const QString &hint)
{
    QString message = error.message();
    if (m_withToken && error.kind() == SignInError::Kind::WrongCredentials)
        message = tr("the server did not accept this personal access token: check that it was "
                     "copied whole and has not been revoked.");
    if (message.isEmpty())
        message = tr("signing in failed.");
    if (!hint.isEmpty())
        message += u' ' + hint;
    const QString certificateHint = Command::certificateHint(error, !m_trustFingerprint.isEmpty());
    if (!certificateHint.isEmpty())
        message += u' ' + certificateHint;
    fail(ExitCode::ofFailure(error), message); // on one line, whatever the translation
}

void LoginCommand::fail(int exitCode, const QString &message)
{
    m_terminal->cancelRead();
    m_input = Input::None;
    Command::fail(exitCode, message);
}

bool LoginCommand::startSingleSignOn()
{
    // The browser's link comes back through the operating system, which starts another
    // `liftoff rocketchat://…`: that one hands it over to us through the instance socket.
    m_instance = new SingleInstance(this);
    if (!m_instance->listen()) {
        failSignIn(SignInError(SignInError::Kind::ServerError),
                   tr("Another Liftoff is running and would receive the browser's sign-in: sign in "
                      "there, or close it and try again."));
        return false;
    }
    connect(m_instance, &SingleInstance::linkReceived, m_controller, &SignInController::handleLink);
    connect(m_controller, &SignInController::linkRefused, this, [this](const SignInError &error) {
        // Said once: a refusal that ends the sign-in is the command's own failure message, so
        // only one that leaves the sign-in waiting is printed here (after the controller acted).
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                const bool endedTheSignIn
                    = m_controller->state() != SignInController::State::WaitingForBrowser
                    && m_controller->error().kind() == error.kind();
                if (!isFinished() && !endedTheSignIn)
                    printError(error.message());
            },
            Qt::QueuedConnection);
    });
    connect(m_controller->loginServices(), &LoginServices::servicesChanged, this,
            &LoginCommand::scheduleUpdate);
    m_controller->loginServices()->setActive(true);
    m_controller->setBrowserTimeoutMs(m_ssoTimeoutMs);
    return true;
}

void LoginCommand::startBrowserSignIn()
{
    if (!m_controller->loginServices()->isReady())
        return; // the list is on its way
    m_ssoStarted = true;
    if (m_controller->signInWithService(m_service))
        return;
    QStringList names;
    for (const LoginService &service : m_controller->loginServices()->services())
        names.append(service.name());
    failUsage(names.isEmpty()
                  ? tr("%1 offers no single sign-on; sign in with --username or --email.")
                        .arg(m_controller->server().displayString())
                  : tr("%1 offers no sign-in with \"%2\"; it offers: %3.")
                        .arg(m_controller->server().displayString(), m_service,
                             names.join(QStringLiteral(", "))));
}

void LoginCommand::reportBrowser()
{
    if (m_browserReported)
        return;
    m_browserReported = true;
    const int minutes = qMax(1, (m_ssoTimeoutMs + 59999) / 60000);
    if (m_controller->browserOpened()) {
        printLine(stderr,
                  tr("Continue signing in with %1 in your web browser (waiting up to %n "
                     "minute(s)).",
                     nullptr, minutes)
                      .arg(m_controller->browserServiceLabel()));
        return;
    }
    printLine(stderr, m_controller->browserProblem());
    printLine(stderr, m_controller->browserUrl().toString(QUrl::FullyEncoded));
    printLine(stderr,
              tr("Waiting up to %n minute(s) for the sign-in to come back.", nullptr, minutes));
}
