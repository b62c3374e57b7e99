#include "cli/statuscommand.h"

#include "cli/printable.h"
#include "cli/sessionresume.h"
#include "storage/accountstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Outcome = SessionResume::Outcome;

// The words of the status column and of the JSON `status` field: for scripts, not translated.
QString statusWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::SignedIn:
        return QStringLiteral("valid");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::KeychainProblem:
        return QStringLiteral("keychain-problem");
    case Outcome::Running:
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("error");
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

StatusCommand::StatusCommand(QObject *parent) : AccountCommand(name(), parent)
{ }

QString StatusCommand::name()
{
    return QStringLiteral("status");
}

QString StatusCommand::summary()
{
    return tr("List the stored accounts and check whether each session is still valid.");
}

void StatusCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print one JSON array: per account server, userId, username, kind (session or "
           "personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, "
           "when it is not valid, message. Tokens are never printed."));
    const QCommandLineOption timeoutSeconds = timeoutOption(10);
    Help help;
    help.usage = tr("Usage: liftoff status [options]");
    help.description
        = tr("Lists the accounts whose session is stored, one line each: server, username and "
             "status, one of valid, expired, rejected (the server no longer accepts the "
             "session), unreachable, keychain-problem or error. Each session is checked by "
             "signing in with it, all at once; checking does not count as using an account. A "
             "session found expired or rejected is forgotten, as the window does, so it is "
             "listed this once. What is wrong is said on stderr. When an account is kept as a "
             "personal access token, a fourth column gives each account's kind: session or "
             "personal-access-token.");
    help.exitCodes = {
        { 0, tr("every stored session is valid") },
        { 1, tr("anything else (e.g. an unexpected server error)") },
        { 2, tr("usage: a wrong or unknown option") },
        { 3,
          tr("no stored session, or one expired, was rejected or has no token in the keychain: "
             "sign in again") },
        { 5, tr("a server could not be reached in time (its session is kept)") },
        { 7, tr("system keychain unavailable or locked") },
    };
    help.footer = tr("When several apply, the first of 7, 3, 5, 1 in this order.");
    if (!parse(parser, arguments, { json, timeoutSeconds }, false, help))
        return;
    m_json = parser.isSet(json);
    const int timeout = timeoutMs(parser, timeoutSeconds);
    if (timeout == 0)
        return;

    const QList<SavedAccount> accounts = storedAccounts();
    if (accounts.isEmpty()) {
        if (m_json)
            printLine(stdout, QStringLiteral("[]"));
        fail(ExitCode::SignInNeeded,
             tr("no stored session. Sign in with: liftoff login --server <url> --username "
                "<name>"));
        return;
    }
    for (const SavedAccount &account : accounts) {
        m_lastUsed.insert(account.key(), account.lastUsed);
        auto *resume = new SessionResume(account, tokenStore(), accountStore(), timeout, this);
        connect(resume, &SessionResume::finished, this, &StatusCommand::onResumeFinished);
        m_resumes.append(resume);
    }
    m_pending = int(m_resumes.size());
    for (SessionResume *resume : std::as_const(m_resumes))
        resume->start();
}

void StatusCommand::onResumeFinished()
{
    if (--m_pending > 0)
        return;
    restoreLastUse();
    report();
}

void StatusCommand::restoreLastUse()
{
    // A check signs in, which the controller counts as a use; put the order back as it was.
    AccountStore *accounts = accountStore();
    for (auto it = m_lastUsed.cbegin(); it != m_lastUsed.cend(); ++it) {
        const std::optional<SavedAccount> now = accounts->account(it.key());
        if (now && now->lastUsed != it.value())
            accounts->markUsed(it.key(), it.value());
    }
}

void StatusCommand::report()
{
    // Exit code: the first of 7, 3, 5, 1 that applies.
    auto rank = [](int code) {
        switch (code) {
        case ExitCode::KeychainUnavailable:
            return 0;
        case ExitCode::SignInNeeded:
            return 1;
        case ExitCode::ServerUnavailable:
            return 2;
        case ExitCode::Success:
            return 4;
        default:
            return 3;
        }
    };
    int exitCode = ExitCode::Success;

    QJsonArray array;
    QList<QStringList> rows;
    QStringList problems;
    bool anyPersonalAccessToken = false;
    for (const SessionResume *resume : std::as_const(m_resumes)) {
        const SavedAccount account = resume->account();
        const QString status = statusWord(resume->outcome());
        const int code = rank(resume->exitCode()) == rank(ExitCode::Failure) ? ExitCode::Failure
                                                                             : resume->exitCode();
        if (rank(code) < rank(exitCode))
            exitCode = code;
        QString message;
        if (resume->outcome() != Outcome::SignedIn) {
            message = resume->error().message().simplified();
            if (resume->outcome() == Outcome::Unreachable)
                message += u' ' + tr("The session is kept.");
            problems.append(describe(account) + QStringLiteral(": ") + message);
        }
        // Escaped before the columns are measured, so that they line up as printed.
        rows.append({ Printable::visible(account.server.displayString()),
                      Printable::visible(account.username), status,
                      SavedAccount::kindName(account.kind) });
        anyPersonalAccessToken = anyPersonalAccessToken || account.isPersonalAccessToken();
        QJsonObject object {
            { QStringLiteral("server"), account.server.origin().toString() },
            { QStringLiteral("userId"), account.userId },
            { QStringLiteral("username"), account.username },
            { QStringLiteral("kind"), SavedAccount::kindName(account.kind) },
            { QStringLiteral("status"), status },
            { QStringLiteral("tokenExpires"), timeValue(account.tokenExpires) },
            { QStringLiteral("lastUsed"), timeValue(m_lastUsed.value(account.key())) },
        };
        if (!message.isEmpty())
            object.insert(QStringLiteral("message"), message);
        array.append(object);
    }

    if (m_json) {
        printJson(QJsonDocument(array));
    } else {
        int serverWidth = 0;
        int nameWidth = 0;
        int statusWidth = 0;
        for (const QStringList &row : std::as_const(rows)) {
            serverWidth = qMax(serverWidth, int(row.at(0).size()));
            nameWidth = qMax(nameWidth, int(row.at(1).size()));
            statusWidth = qMax(statusWidth, int(row.at(2).size()));
        }
        for (const QStringList &row : std::as_const(rows)) {
            // The kind only when a personal access token is among them: otherwise all are
            // sessions, and the three columns stay as scripts know them.
            const QString line = anyPersonalAccessToken
                ? QStringLiteral("%1  %2  %3  %4")
                      .arg(row.at(0).leftJustified(serverWidth), row.at(1).leftJustified(nameWidth),
                           row.at(2).leftJustified(statusWidth), row.at(3))
                : QStringLiteral("%1  %2  %3")
                      .arg(row.at(0).leftJustified(serverWidth), row.at(1).leftJustified(nameWidth),
                           row.at(2));
            printLine(stdout, line);
        }
    }
    for (const QString &problem : std::as_const(problems))
        printError(problem);
    finish(exitCode);
}
