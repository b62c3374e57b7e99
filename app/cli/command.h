#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <utility>

class QCommandLineParser;
class SignInError;

// One `liftoff <command>` of the command line: it parses its own options, does its work on the
// event loop of a QCoreApplication (no display), and ends with finished(exitCode), exactly once.
// CommandLine picks the command and runs it.
class Command : public QObject
{
    Q_OBJECT
public:
    // Exit codes every command shares. 3–7 are those of SignInError::exitCode(), so that a script
    // reads them the same way whichever command it ran.
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        SignInNeeded = 3, // no stored session, or it expired or was refused: `liftoff login`
        ServerUnavailable = 5, // unreachable, time-out, not Rocket.Chat …
        KeychainUnavailable = 7,
    };

    using QObject::QObject;

    // `arguments` are those after the command name. May emit finished() before returning.
    virtual void start(const QStringList &arguments) = 0;

    // Writes line and a line break, and flushes: the order of stdout and stderr lines is kept.
    static void printLine(FILE *stream, const QString &line);
    // Breaks text into lines of at most 79 columns; lines after the first get `indent` spaces
    // (the caller writes whatever comes before the first).
    static QString wrapped(const QString &text, int firstColumn, int indent);
    // Options that would put a secret into argv (and the process list, and shell history).
    // Matched by name only; the value is never looked at or repeated.
    static bool isSecretOption(const QString &argument);
    // A command's --help: usage line, description, QCommandLineParser's option list, the exit
    // codes and an optional closing paragraph.
    static QString helpText(const QString &usage, const QString &description,
                            const QString &optionsHelp,
                            const QList<std::pair<int, QString>> &exitCodes,
                            const QString &footer = {});
    // After a refused certificate (SignInError TlsUntrusted or CertificateChanged): how to trust
    // it with --trust-fingerprint, and whether the fingerprint given did not match. Empty for
    // other errors.
    static QString certificateHint(const SignInError &error, bool fingerprintGiven);
    // "1.5" → 1500; 0 when it is not a number of seconds between 0 (excluded) and a day.
    static int parseTimeoutMs(const QString &seconds);

Q_SIGNALS:
    void finished(int exitCode);
};
