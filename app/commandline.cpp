#include "commandline.h"

#include "command.h"
#include "logincommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CommandLine::CommandLine(QObject *parent) : QObject(parent)
{ }

CommandLine::~CommandLine() = default;

const QList<CommandLine::Entry> &CommandLine::entries()
{
    // New commands (resume, status, token, logout) join here.
    static const QList<Entry> list = {
        { LoginCommand::name(), &LoginCommand::summary,
          [](QObject *parent) -> Command * { return new LoginCommand(parent); } },
    };
    return list;
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(u'-');
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const Entry &entry : entries())
        names.append(entry.name);
    names.append(QStringLiteral("help"));
    return names;
}

QString CommandLine::commandsSummary()
{
    QString text = tr("Commands (no display needed):") + u'\n';
    for (const Entry &entry : entries())
        text += QStringLiteral("  %1  %2\n").arg(entry.name.leftJustified(6), entry.summary());
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(6),
                     tr("List the commands, or show one command's options: liftoff help login."));
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
        finishLater(Command::Success);
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
    print(stderr,
          tr("liftoff: there is no command \"%1\". Run \"liftoff help\" to list them.").arg(name)
              + u'\n');
    finishLater(Command::UsageError);
}

void CommandLine::printHelp()
{
    QString text = tr("Usage: liftoff <command> [options]\n"
                      "       liftoff [--server <url>] [--allow-insecure]   (opens the window)\n"
                      "\n"
                      "Liftoff signs you in to your Rocket.Chat server.\n"
                      "\n");
    text += commandsSummary();
    text += u'\n' + tr("Run \"liftoff <command> --help\" for a command's options and exit codes.")
        + u'\n';
    print(stdout, text);
}

void CommandLine::finishLater(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}
