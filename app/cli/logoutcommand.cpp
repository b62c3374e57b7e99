#include "cli/logoutcommand.h"

#include "auth/signincontroller.h"
#include "cli/sessionresume.h"
#include "cli/terminal.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"

#include <QCommandLineParser>

LogoutCommand::LogoutCommand(QObject *parent) : AccountCommand(name(), parent)
{
    m_signOutDeadline.setSingleShot(true);
    connect(&m_signOutDeadline, &QTimer::timeout, this, [this] {
        disconnect(m_resume->controller(), &SignInController::signedOut, this, nullptr);
        forgetLocally(tr("The server did not answer in time, so the session of %1 may still be "
                         "valid there until it expires; it is no longer stored on this computer.")
                          .arg(describe(m_account)));
    });
}

QString LogoutCommand::name()
{
    return QStringLiteral("logout");
}

QString LogoutCommand::summary()
{
    return tr("Sign out on the server and forget the stored session (--all: every one; "
              "--others: every other session of the account).");
}

void LogoutCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), tr("Sign out of every stored account."));
    const QCommandLineOption others(
        QStringLiteral("others"),
        tr("Sign out every OTHER session of the account on the server instead (other devices "
           "and browsers), and make its personal access tokens stop working; this session "
           "stays signed in and stored. Asks first on a terminal."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("With --others: do not ask (needed without a terminal)."));
    const QCommandLineOption timeoutSeconds = timeoutOption(30);
    Help help;
    help.usage = tr("Usage: liftoff logout [--server <url>] [--username <name> | --all | --others "
                    "[--yes]] [options]");
    help.description
        = tr("Signs out of a stored session, as Sign out in the window does: the server is told "
             "to forget the session, then its token is removed from the system keychain and the "
             "account from the list. Without options, the account used last; --server and "
             "--username pick another, --all takes every one. When the server cannot be "
             "reached, the session is forgotten on this computer all the same and stderr says "
             "that it may still be valid on the server until it expires: the exit code is 0, "
             "since nothing is stored any more. An account signed in with a personal access "
             "token is only forgotten on this computer: the server is not told, since that would "
             "delete the token for every script that uses it; it works until you revoke it in "
             "Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and "
             "ends every other one of the account on the server (not offered for a personal "
             "access token).");
    help.exitCodes = {
        { 0,
          tr("signed out (also when the server could not be told: see stderr), or --all and "
             "there was nothing to sign out of") },
        { 1, tr("anything else") },
        { 2, tr("usage: a wrong or unknown option") },
        { 3,
          tr("no stored session matches (--others: or the session is no longer accepted, or "
             "it is a personal access token)") },
        { 5, tr("--others: the server could not be reached") },
        { 7,
          tr("system keychain unavailable or locked: nothing was removed, try again once it "
             "works") },
    };
    if (!parse(parser, arguments, { all, others, yes, timeoutSeconds }, true, help))
        return;
    if (parser.isSet(others) && parser.isSet(all)) {
        failUsage(tr("give --all or --others, not both."));
        return;
    }
    if (parser.isSet(yes) && !parser.isSet(others)) {
        failUsage(tr("--yes goes with --others."));
        return;
    }
    if (parser.isSet(all) && isSelecting(parser)) {
        failUsage(tr("--all signs out of every account: leave out --server and --username."));
        return;
    }
    m_timeoutMs = timeoutMs(parser, timeoutSeconds);
    if (m_timeoutMs == 0)
        return;
    if (parser.isSet(others)) {
        if (!parser.isSet(yes) && !Terminal::isInteractive()) {
            failUsage(tr("--others asks before it signs out the other sessions, and there is no "
                         "terminal to ask on: add --yes."));
            return;
        }
        const std::optional<SavedAccount> account = selectAccount(parser);
        if (!account)
            return;
        startSigningOutOthers(*account, parser.isSet(yes));
        return;
    }
    if (parser.isSet(all)) {
        m_queue = storedAccounts();
        if (m_queue.isEmpty()) {
            printLine(stderr, tr("liftoff logout: no stored session; nothing to sign out of."));
            finish(ExitCode::Success);
            return;
        }
    } else {
        const std::optional<SavedAccount> account = selectAccount(parser);
        if (!account)
            return;
        m_queue = { *account };
    }
    next();
}

void LogoutCommand::next()
{
    if (m_queue.isEmpty()) {
        finish(m_exitCode);
        return;
    }
    m_account = m_queue.takeFirst();
    m_note.clear();
    if (m_account.isPersonalAccessToken()) {
        // `logout` would delete the token on the server: it is only forgotten here, without
        // even signing in.
        forgetLocally(personalAccessTokenNote());
        return;
    }
    if (m_resume)
        m_resume->deleteLater();
    m_resume = new SessionResume(m_account, tokenStore(), accountStore(), m_timeoutMs, this);
    connect(m_resume, &SessionResume::finished, this, &LogoutCommand::onResumed);
    m_resume->start();
}

void LogoutCommand::onResumed()
{
    using Outcome = SessionResume::Outcome;
    switch (m_resume->outcome()) {
    case Outcome::Running:
        return;
    case Outcome::SignedIn: {
        SignInController *controller = m_resume->controller();
        connect(controller, &SignInController::signedOut, this, &LogoutCommand::onSignedOut,
                Qt::SingleShotConnection);
        // The controller's own time-out for `logout` is m_timeoutMs; this is a safety net.
        m_signOutDeadline.start(2 * m_timeoutMs);
        controller->signOut();
        return;
    }
    case Outcome::Expired:
    case Outcome::Rejected:
        // The controller forgot it already; this only makes sure it is gone before we end.
        forgetLocally(tr("The session of %1 had already ended (%2); it is forgotten.")
                          .arg(describe(m_account), m_resume->error().message()));
        return;
    case Outcome::Unreachable:
    case Outcome::Failed:
        forgetLocally(tr("%1: the server could not be told, so the session may still be valid "
                         "there until it expires. It is no longer stored on this computer.")
                          .arg(describe(m_account)));
        return;
    case Outcome::KeychainProblem:
        if (m_resume->error().keychainError().kind() == KeychainError::Kind::NotFound) {
            // No token to end anything with: only the account is left to forget.
            forgetLocally(tr("The keychain held no session for %1; it is forgotten.")
                              .arg(describe(m_account)));
            return;
        }
        // Without the token the server cannot be told; removing the account alone would leave
        // the token in the keychain with nothing pointing at it.
        printError(
            tr("%1 is still signed in: %2").arg(describe(m_account), m_resume->error().message()));
        done(ExitCode::KeychainUnavailable);
        return;
    }
}

void LogoutCommand::onSignedOut()
{
    m_signOutDeadline.stop();
    SignInController *controller = m_resume->controller();
    const KeychainError problem = controller->storageProblem();
    if (problem.isError() && problem.operation() == KeychainError::Operation::Remove) {
        printError(tr("signed out of %1 on the server, but: %2")
                       .arg(describe(m_account), problem.message()));
        done(ExitCode::KeychainUnavailable);
        return;
    }
    forgetLocally(controller->notice().simplified());
}

void LogoutCommand::forgetLocally(const QString &note)
{
    m_signOutDeadline.stop();
    // The controller removes the token itself (but says nothing when that is done). The keychain
    // answers in order, so once this removal is through, so is the controller's; and should the
    // controller not have removed it, this does.
    m_note = note;
    TokenJob *job = tokenStore()->remove(m_account.key());
    connect(job, &TokenJob::finished, this, &LogoutCommand::onTokenRemoved);
}

void LogoutCommand::onTokenRemoved(TokenJob *job)
{
    if (job->error().isError()) {
        printError(tr("%1: %2").arg(describe(m_account), job->error().message()));
        done(ExitCode::KeychainUnavailable);
        return;
    }
    if (accountStore()->contains(m_account.key()) && !accountStore()->remove(m_account.key())) {
        printError(tr("could not update %1.").arg(accountStore()->fileName()));
        done(ExitCode::Failure);
        return;
    }
    printLine(stdout, tr("Signed out of %1.").arg(describe(m_account)));
    if (!m_note.isEmpty())
        printError(m_note);
    done(ExitCode::Success);
}

void LogoutCommand::done(int exitCode)
{
    // With --all: the worst outcome, the keychain first.
    if (exitCode == ExitCode::KeychainUnavailable || m_exitCode == ExitCode::Success)
        m_exitCode = exitCode;
    next();
}

QString LogoutCommand::personalAccessTokenNote()
{
    return tr("The personal access token still works until you revoke it in Rocket.Chat (My "
              "Account → Personal Access Tokens); it is no longer stored on this computer.");
}

void LogoutCommand::startSigningOutOthers(const SavedAccount &account, bool confirmed)
{
    m_account = account;
    if (account.isPersonalAccessToken()) {
        fail(ExitCode::SignInNeeded,
             tr("%1 is signed in with a personal access token; signing out the other sessions "
                "would delete that token too. Sign in with a password (liftoff login) to do it.")
                 .arg(describe(account)));
        return;
    }
    if (confirmed) {
        signOutOthers();
        return;
    }
    m_terminal = new Terminal(this);
    connect(m_terminal, &Terminal::lineReady, this, [this] {
        const QString answer = m_terminal->takeLine().trimmed().toLower();
        // "y" in every language: the question says so.
        if (answer == QLatin1String("y") || answer == QLatin1String("yes")
            || answer == tr("y", "the answer yes to a [y/N] question")) {
            signOutOthers();
            return;
        }
        printLine(stderr, tr("Nothing was signed out."));
        finish(ExitCode::Failure);
    });
    connect(m_terminal, &Terminal::inputEnded, this, [this] {
        printLine(stderr, tr("Nothing was signed out."));
        finish(ExitCode::Failure);
    });
    printLine(stderr,
              tr("Sign out all other sessions of %1? Other devices and browsers are signed out, "
                 "and personal access tokens stop working. This session stays signed in.")
                  .arg(describe(account)));
    m_terminal->readLine(tr("Continue? [y/N] "));
}

void LogoutCommand::signOutOthers()
{
    m_resume = new SessionResume(m_account, tokenStore(), accountStore(), m_timeoutMs, this);
    connect(m_resume, &SessionResume::finished, this, [this] {
        if (m_resume->outcome() != SessionResume::Outcome::SignedIn) {
            fail(m_resume->exitCode(),
                 tr("%1: %2").arg(describe(m_account), m_resume->error().message()));
            return;
        }
        SignInController *controller = m_resume->controller();
        connect(controller, &SignInController::otherSessionsSignedOut, this, [this] {
            m_signOutDeadline.stop();
            printLine(stdout,
                      tr("Signed out every other session of %1; this one is still signed in.")
                          .arg(describe(m_account)));
            finish(ExitCode::Success);
        });
        connect(controller, &SignInController::otherSessionsSignOutFailed, this,
                [this](const SignInError &error) {
                    m_signOutDeadline.stop();
                    fail(ExitCode::ofFailure(error),
                         tr("the other sessions of %1 were not signed out: %2")
                             .arg(describe(m_account), error.message()));
                });
        m_signOutDeadline.disconnect(this); // not the sign-out's safety net
        connect(&m_signOutDeadline, &QTimer::timeout, this, [this] {
            fail(ExitCode::ServerUnavailable,
                 tr("the server did not answer in time; the other sessions of %1 may not be "
                    "signed out.")
                     .arg(describe(m_account)));
        });
        m_signOutDeadline.start(2 * m_timeoutMs);
        controller->signOutOtherSessions();
    });
    m_resume->start();
}
