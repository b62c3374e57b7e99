#include "cli/accountcommand.h"

#include "core/serveraddress.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"

#include <QCommandLineParser>

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
    QList<QCommandLineOption> all;
    if (withSelection)
        all = { m_server, m_username };
    if (!Command::parse(parser, arguments, all + options, help))
        return false;
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
        + signInAgain(byServer ? server.origin().toString() : QStringLiteral("<url>"),
                      byName ? username : QStringLiteral("<name>"));
    fail(ExitCode::SignInNeeded, message);
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

QString AccountCommand::signInAgain(const QString &server, const QString &username)
{
    return tr("Sign in with: liftoff login --server %1 --username %2").arg(server, username);
}

QCommandLineOption AccountCommand::timeoutOption(int defaultSeconds)
{
    return secondsOption(
        QStringLiteral("timeout"),
        tr("Give up on a server that has not answered after this long (default: %1).")
            .arg(defaultSeconds),
        QString::number(defaultSeconds));
}
