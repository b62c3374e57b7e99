#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/opencommand.h"
#include "core/localization.h"
#include "core/processguard.h"
#include "core/settings.h"
#include "core/version.h"
#include "rocketchat/deeplink.h"
#include "ui/windowmodule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkProxyFactory>

#ifdef LIFTOFF_WINDOW_MODULE
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#endif

#include <cstdio>
#include <memory>
#include <optional>

// `liftoff <command> [options]` is the command line (QCoreApplication: no display needed);
// `liftoff [--server URL] [--allow-insecure]` opens the window. --help, --version and usage
// errors of the latter work without a display too. `--lang CODE`, anywhere, picks the language of
// both. Options are made once the translators are installed, so that their help is translated.

namespace {
struct Options
{
    QCommandLineOption server { QStringLiteral("server"),
                                QCoreApplication::translate(
                                    "main", "Connect to the Rocket.Chat server at <url>."),
                                QCoreApplication::translate("main", "url") };
    QCommandLineOption allowInsecure {
        QStringLiteral("allow-insecure"),
        QCoreApplication::translate("main",
                                    "Allow an unencrypted (http:// or ws://) connection to a "
                                    "server that is not on this computer.")
    };
    // Taken out of the arguments before parsing (Localization::takeLanguageOption()): here only
    // for --help.
    QCommandLineOption language {
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Use this language instead of the system's: %1. Also for "
                                    "the commands (liftoff login --lang de …).")
            .arg(Localization::describeAvailableLanguages()),
        QCoreApplication::translate("main", "code", "placeholder in the option list: --lang <code>")
    };
};

void setUpParser(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Liftoff: sign in to your Rocket.Chat server.")
        + QStringLiteral("\n\n")
        + QCoreApplication::translate("main", "Without a command, opens the window.") + u'\n'
        + CommandLine::commandsSummary().trimmed());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.server);
    parser.addOption(options.allowInsecure);
    parser.addOption(options.language);
}

// The names of the settings file (Settings: ~/.config/chat.liftoff.Liftoff/liftoff.conf on Linux).
// The window's module adds the desktop file's name.
void setApplicationNames()
{
    QCoreApplication::setApplicationName(Settings::applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFTOFF_VERSION));
    QCoreApplication::setOrganizationName(Settings::organizationName());
}

// The window (ui/windowmodule.h). On Linux it is liftoff-window.so, loaded only now from
// LIFTOFF_WINDOW_MODULE, its path relative to the executable's folder (the same in the build tree
// as where it is installed); null when it is missing or from another build, with the reason in
// `error`.
const WindowModule *loadWindow(QString *error)
{
#ifdef LIFTOFF_WINDOW_MODULE
    // No QCoreApplication yet (the module makes the QApplication): the executable's own path.
    const QString executableDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    QLibrary library(QDir::cleanPath(executableDir + u'/' + QStringLiteral(LIFTOFF_WINDOW_MODULE)));
    // Every symbol now: a module that does not fit this executable fails here, not mid-way.
    library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    const auto entry
        = reinterpret_cast<const WindowModule *(*)()>(library.resolve("liftoff_window_module"));
    if (!entry) {
        *error = library.errorString();
        return nullptr;
    }
    const WindowModule *module = entry();
    if (module->interfaceVersion != WindowModule::InterfaceVersion
        || qstrcmp(module->liftoffVersion, LIFTOFF_VERSION) != 0) {
        *error = QCoreApplication::translate("main", "%1 is from another build of Liftoff (%2)",
                                             "%1 is a file name, %2 a version")
                     .arg(library.fileName(), QString::fromUtf8(module->liftoffVersion));
        return nullptr;
    }
    return module; // never unloaded: the window's code runs until the process ends
#else
    Q_UNUSED(error);
    return liftoff_window_module();
#endif
}

// The language --lang asks for, else the system's. False when --lang names none Liftoff has
// (the system's is installed then, for the message).
bool installLanguage(QCoreApplication *app, const std::optional<QString> &language)
{
    if (language && Localization::installLanguage(app, *language))
        return true;
    Localization::install(app);
    return !language;
}

int runCommandLine(int argc, char **argv, const QStringList &arguments,
                   const std::optional<QString> &language)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    if (!installLanguage(&app, language)) {
        Command::printLine(
            stderr, QStringLiteral("liftoff: ") + Localization::unknownLanguageMessage(*language));
        return ExitCode::UsageError;
    }
    CommandLine commandLine;
    QObject::connect(&commandLine, &CommandLine::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    commandLine.start(arguments);
    return app.exec();
}

int usageError(const QString &message)
{
    const QString hint = QCoreApplication::translate(
        "main",
        "Run \"liftoff --help\" for the window's options, \"liftoff help\" for the commands.");
    // Controls in an argument repeated here (an unknown option) show escaped.
    Command::printLine(stderr, QStringLiteral("liftoff: ") + message + u' ' + hint);
    return ExitCode::UsageError;
}
} // namespace

int main(int argc, char **argv)
{
    // Before anything holds a secret: no core dumps, and no link (with its token or credential
    // secret) left readable in the command line once it is copied.
    ProcessGuard::disableCoreDumps();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        if (i > 0 && DeepLink::looksLikeLink(arguments.last()))
            ProcessGuard::wipeArgument(argv[i]);
    }
    // The system's proxy settings (http_proxy, https_proxy, no_proxy; the desktop's where Qt
    // reads them) for everything: the server check and the WebSocket alike.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Decide before creating the application object: commands, --help, --version and usage
    // errors must work without a display, so they get a QCoreApplication.
    const std::optional<QString> language = Localization::takeLanguageOption(arguments);
    // `liftoff -- rocketchat://…`, what the operating system runs for a link
    // (Exec=liftoff -- %u), and `liftoff rocketchat://…` are `liftoff open -- …`: the link goes
    // to the Liftoff that is running.
    if (arguments.size() == 3 && arguments.at(1) == u"--"
        && DeepLink::looksLikeLink(arguments.at(2)))
        arguments.removeAt(1);
    if (arguments.size() == 2 && DeepLink::looksLikeLink(arguments.at(1)))
        arguments = QStringList { arguments.at(0), OpenCommand::name(), QStringLiteral("--"),
                                  arguments.at(1) };
    QString link; // none running: this process opens the window and handles the link
    if (CommandLine::wantsCommand(arguments)) {
        const int exitCode = runCommandLine(argc, argv, arguments, language);
        if (exitCode != OpenCommand::NotDelivered)
            return exitCode;
        link = OpenCommand::linkIn(arguments.mid(2)); // as `open` read it: `open -- URL`
    }

    bool needsWindow = !link.isEmpty();
    if (!needsWindow) {
        QCommandLineParser probe;
        Options probeOptions;
        setUpParser(probe, probeOptions);
        needsWindow = probe.parse(arguments) && probe.positionalArguments().isEmpty()
            && !probe.isSet(QStringLiteral("help")) && !probe.isSet(QStringLiteral("version"))
            && !probe.isSet(QStringLiteral("help-all"))
            && (!language || Localization::hasLanguage(*language));
    }

    QString windowError;
    const WindowModule *window = needsWindow ? loadWindow(&windowError) : nullptr;
    std::unique_ptr<QCoreApplication> app(window ? window->createApplication(argc, argv)
                                                 : new QCoreApplication(argc, argv));
    setApplicationNames();
    if (!installLanguage(app.get(), language))
        return usageError(Localization::unknownLanguageMessage(*language));

    QCommandLineParser parser;
    Options options;
    setUpParser(parser, options);
    if (!parser.parse(link.isEmpty() ? arguments : QStringList { arguments.at(0) }))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0); // exits
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate(
            "main", "unexpected argument; a command goes first (liftoff login …)."));
    if (!window) {
        Command::printLine(stderr,
                           QStringLiteral("liftoff: ")
                               + QCoreApplication::translate("main", "cannot open the window: %1")
                                     .arg(windowError));
        return ExitCode::Failure;
    }

    WindowModule::Request request;
    request.hasServer = parser.isSet(options.server);
    request.server = parser.value(options.server);
    request.allowInsecure = parser.isSet(options.allowInsecure);
    request.link = link;
    return window->run(request);
}
