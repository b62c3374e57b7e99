#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// Opens a URL in the person's own browser, where their password manager and passkeys are.
//
// The BROWSER environment variable wins, as for command-line tools: a colon-separated list of
// commands (";" on Windows), tried in order; in each, "%s" is replaced by the URL, or the URL is
// appended when there is no "%s". A command is split into arguments without a shell (quotes
// group, nothing is expanded), so the URL is never shell text. The first command that starts
// wins; when BROWSER is set and none starts, that is a failure (not some other browser).
//
// Without BROWSER: the system opener. The window sets QDesktopServices::openUrl; the command
// line (no GUI application) runs the platform's opener (xdg-open, open, or the shell's URL
// handler on Windows).
class BrowserLauncher
{
    Q_DECLARE_TR_FUNCTIONS(BrowserLauncher)
public:
    using Opener = std::function<bool(const QUrl &)>;

    // Replaces the system opener for the rest of the process (null: the platform's command).
    static void setSystemOpener(Opener opener);

    // Returns whether a browser was started; otherwise problem says why, translated, so that the
    // caller can show the URL to copy instead. Logs the host only: the URL carries the state.
    static bool open(const QUrl &url, QString *problem = nullptr);

    // The commands in a BROWSER value, empty ones dropped.
    static QStringList browserCommands(const QString &value);
    // One command split into program and arguments, with the URL in place. Empty when the
    // command has no program.
    static QStringList commandLine(const QString &command, const QString &url);
};
