#include "cli/tokencommand.h"

#include "cli/printable.h"
#include "cli/terminal.h"
#include "storage/tokenstore.h"

#include <QCommandLineParser>

TokenCommand::TokenCommand(QObject *parent) : AccountCommand(name(), parent)
{ }

QString TokenCommand::name()
{
    return QStringLiteral("token");
}

QString TokenCommand::summary()
{
    return tr("Print the stored session token, for scripts (from the keychain, no network).");
}

void TokenCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    Help help;
    help.usage = tr("Usage: liftoff token [--server <url>] [--username <name>]");
    help.description
        = tr("Prints the session token that \"liftoff login\" stored in the system keychain, "
             "followed by a line break, for scripts: the account given by --server and "
             "--username, or else the one used last. It reads the keychain only and does not ask "
             "the server whether the token is still accepted (liftoff status does). The token "
             "signs in as you: keep it out of logs, files and command lines.");
    help.exitCodes = {
        { 0, tr("the token is on stdout") },
        { 1, tr("anything else") },
        { 2, tr("usage: a wrong or unknown option") },
        { 3,
          tr("no stored session, its token is not in the keychain, or it has expired: sign in "
             "with liftoff login") },
        { 7, tr("system keychain unavailable or locked") },
    };
    if (!parse(parser, arguments, {}, true, help))
        return;
    const std::optional<SavedAccount> account = selectAccount(parser);
    if (!account)
        return;
    m_account = *account;
    if (m_account.hasExpired()) {
        fail(ExitCode::SignInNeeded,
             tr("the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 "
                "--username %4")
                 .arg(describe(m_account), m_account.tokenExpires.toUTC().toString(Qt::ISODate),
                      m_account.server.origin().toString(), m_account.username));
        return;
    }
    TokenJob *job = tokenStore()->read(m_account.key());
    connect(job, &TokenJob::finished, this, &TokenCommand::onRead);
}

void TokenCommand::onRead(TokenJob *job)
{
    const KeychainError error = job->error();
    if (!error.isError()) {
        // A token has no control characters; should the keychain hold one that has, they show
        // as escapes rather than reach the terminal.
        QString token = Printable::visible(job->token());
        QByteArray bytes = token.toUtf8();
        Terminal::wipe(token);
        bytes.append('\n');
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        Terminal::wipe(bytes); // the job's copy goes with the job
        finish(ExitCode::Success);
        return;
    }
    if (error.kind() == KeychainError::Kind::NotFound) {
        fail(ExitCode::of(error),
             tr("the keychain holds no session token for %1. Sign in with: liftoff login "
                "--server %2 --username %3")
                 .arg(describe(m_account), m_account.server.origin().toString(),
                      m_account.username));
        return;
    }
    fail(ExitCode::of(error), error.message());
}
