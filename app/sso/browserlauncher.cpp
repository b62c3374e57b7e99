#include "sso/browserlauncher.h"

#include "core/logging.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace {

BrowserLauncher::Opener &systemOpener()
{
    static BrowserLauncher::Opener opener;
    return opener;
}

bool startDetached(const QStringList &commandLine)
{
    if (commandLine.isEmpty())
        return false;
    QProcess process;
    process.setProgram(commandLine.first());
    process.setArguments(commandLine.mid(1));
    process.setStandardInputFile(QProcess::nullDevice());
    // Our standard output may be a script's (--json); a browser's chatter must not end up there.
    process.setStandardOutputFile(QProcess::nullDevice());
    return process.startDetached();
}

bool openWithPlatformCommand(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return startDetached(
        { QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), text });
#elif defined(Q_OS_MACOS)
    return startDetached({ QStringLiteral("open"), text });
#else
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    return !opener.isEmpty() && startDetached({ opener, text });
#endif
}

} // namespace

void BrowserLauncher::setSystemOpener(Opener opener)
{
    systemOpener() = std::move(opener);
}

QStringList BrowserLauncher::browserCommands(const QString &value)
{
#if defined(Q_OS_WIN)
    const QChar separator = u';';
#else
    const QChar separator = u':';
#endif
    QStringList commands;
    for (const QString &command : value.split(separator)) {
        if (!command.trimmed().isEmpty())
            commands.append(command.trimmed());
    }
    return commands;
}

QStringList BrowserLauncher::commandLine(const QString &command, const QString &url)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty())
        return {};
    bool placed = false;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).contains(QLatin1String("%s"))) {
            arguments[i].replace(QLatin1String("%s"), url);
            placed = true;
        }
    }
    if (!placed)
        arguments.append(url);
    return arguments;
}

bool BrowserLauncher::open(const QUrl &url, QString *problem)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("BROWSER"))
        && !browserCommands(environment.value(QStringLiteral("BROWSER"))).isEmpty()) {
        const QStringList commands = browserCommands(environment.value(QStringLiteral("BROWSER")));
        for (const QString &command : commands) {
            const QStringList line = commandLine(command, text);
            if (startDetached(line)) {
                qCInfo(lcAuth) << "opened" << url.host() << "with the BROWSER command"
                               << line.value(0);
                return true;
            }
            qCInfo(lcAuth) << "the BROWSER command" << line.value(0) << "did not start";
        }
        if (problem)
            *problem = tr("The browser named in the BROWSER environment variable could not be "
                          "started. Open the address below in a browser yourself, or correct "
                          "BROWSER.");
        return false;
    }
    const bool opened = systemOpener() ? systemOpener()(url) : openWithPlatformCommand(url);
    qCInfo(lcAuth) << (opened ? "opened" : "could not open") << url.host()
                   << "in the default browser";
    if (!opened && problem)
        *problem = tr("No web browser could be opened. Open the address below in a browser "
                      "yourself.");
    return opened;
}
