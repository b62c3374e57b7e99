#include "cli/opencommand.h"

#include "rocketchat/deeplink.h"
#include "sso/singleinstance.h"

#include <QCommandLineParser>

OpenCommand::OpenCommand(QObject *parent) : Command(name(), parent)
{ }

QString OpenCommand::name()
{
    return QStringLiteral("open");
}

QString OpenCommand::summary()
{
    return tr("Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the "
              "window with it.");
}

namespace {

// QCommandLineParser ends the options at "--": `liftoff open -- -x` has the argument "-x".
bool parseArguments(QCommandLineParser &parser, const QCommandLineOption &help,
                    const QStringList &arguments)
{
    parser.addOption(help);
    parser.addPositionalArgument(
        OpenCommand::tr("url", "placeholder in the usage line: liftoff open <url>"),
        OpenCommand::tr("The link, rocketchat://auth?…"));
    return parser.parse(QStringList { QStringLiteral("liftoff open") } + arguments);
}

} // namespace

QString OpenCommand::linkIn(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, helpOption(), arguments) || parser.isSet(QStringLiteral("help")))
        return {};
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !DeepLink::looksLikeLink(positional.first()))
        return {};
    return positional.first();
}

void OpenCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    if (!parseArguments(parser, help, arguments)) {
        failUsage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        printText(stdout,
                  helpText(tr("Usage: liftoff open <url>"),
                           tr("Hands a sign-in link to the Liftoff that is running (the window, "
                              "or liftoff login --sso), as the operating system does when a "
                              "browser opens a rocketchat:// link. With none running, opens the "
                              "window, which handles the link. A link Liftoff did not ask for "
                              "is refused there."),
                           parser.helpText(),
                           { { 0, tr("handed over (or handled by the window)") },
                             { 2, tr("usage: not one link, or not a rocketchat:// link") } }));
        finish(ExitCode::Success);
        return;
    }
    const QString link = linkIn(arguments);
    if (link.isEmpty()) {
        // The argument is not repeated: it may hold a token.
        failUsage(tr("give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…"));
        return;
    }
    m_instance = new SingleInstance(this);
    connect(m_instance, &SingleInstance::delivered, this, [this] { finish(ExitCode::Success); });
    connect(m_instance, &SingleInstance::noInstance, this, [this] { finish(NotDelivered); });
    m_instance->deliver(link);
}
