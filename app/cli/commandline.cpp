#include "cli/commandline.h"

#include "cli/command.h"
#include "cli/logincommand.h"
#include "cli/logoutcommand.h"
#include "cli/opencommand.h"
#include "cli/resumecommand.h"
#include "cli/statuscommand.h"
#include "cli/tokencommand.h"
#include "core/localization.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

CommandLine::CommandLine(QObject *parent) : QObject(parent)
{ }

CommandLine::~CommandLine() = default;

namespace {

template<typename T> CommandLine::Entry entry()
{
    return { T::name(), &T::summary, [](QObject *parent) -> Command * { return new T(parent); } };
}

} // namespace

const QList<CommandLine::Entry> &CommandLine::entries()
{
    static const QList<Entry> list = {
        entry<LoginCommand>(), entry<ResumeCommand>(), entry<StatusCommand>(),
        entry<TokenCommand>(), entry<LogoutCommand>(), entry<OpenCommand>(),
    };
    return list;
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(u'-');
}

QString CommandLine::commandsSummary()
{
    QString text = tr("Commands (no display needed):") + u'\n';
    for (const Entry &entry : entries())
        text += QStringLiteral("  %1  %2\n")
                    .arg(entry.name.leftJustified(6), Command::wrapped(entry.summary(), 10, 10));
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(6),
                     Command::wrapped(tr("List the commands, or show one command's options: "
                                         "liftoff help login."),
                                      10, 10));
    return text;
}

void CommandLine::start(const QStringList &arguments)
{
    // The command line speaks in single lines on stderr that say what to do. Logging, ours and
    // Qt's, stays quiet unless QT_LOGGING_RULES (which wins over these rules) asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("liftoff.*=false\n"
                                                    "qt.*.warning=false\n"
                                                    "default.warning=false"));

    const QString name = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (name != u"help") {
        run(name, rest);
    } else if (!rest.isEmpty() && rest.first() != u"help") {
        run(rest.first(), { QStringLiteral("--help") }); // liftoff help login
    } else {
        printHelp();
        finishLater(ExitCode::Success);
    }
}

void CommandLine::run(const QString &name, const QStringList &arguments)
{
    for (const Entry &entry : entries()) {
        if (entry.name != name)
            continue;
        m_command = entry.create(this);
        // Queued, so that finished() never comes before the event loop runs.
        connect(m_command, &Command::finished, this, &CommandLine::finished, Qt::QueuedConnection);
        m_command->start(arguments);
        return;
    }
    Command::printLine(
        stderr,
        tr("liftoff: there is no command \"%1\". Run \"liftoff help\" to list them.").arg(name));
    finishLater(ExitCode::UsageError);
}

void CommandLine::printHelp()
{
    QString text = tr("Usage: liftoff <command> [options]\n"
                      "       liftoff [--server <url>] [--allow-insecure]   (opens the window)\n"
                      "\n"
                      "Liftoff signs you in to your Rocket.Chat server.\n"
                      "\n");
    text += commandsSummary();
    text += u'\n' + tr("Run \"liftoff <command> --help\" for a command's options and exit codes.");
    text += u'\n'
        + Command::wrapped(tr("--lang <code> picks the language of a command or the window "
                              "instead of the system's: %1.")
                               .arg(Localization::describeAvailableLanguages()),
                           0, 0);
    Command::printText(stdout, text);
}

void CommandLine::finishLater(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}
