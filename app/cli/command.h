#pragma once

#include "cli/exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <utility>

class QCommandLineParser;
class QJsonDocument;
class QJsonObject;
class SignInError;
struct SignedInUser;

// One `liftoff <command>` of the command line: it parses its own options, does its work on the
// event loop of a QCoreApplication (no display), and ends with finished(exitCode), exactly once.
// CommandLine picks the command and runs it. What every command shares lives here: --help, the
// refusal of secrets given as arguments, the one-line errors on stderr and the exit code.
class Command : public QObject
{
    Q_OBJECT
public:
    // `name` is the command's, for messages: "liftoff <name>: …".
    explicit Command(const QString &name, QObject *parent = nullptr);

    // `arguments` are those after the command name. May emit finished() before returning.
    virtual void start(const QStringList &arguments) = 0;

    // Writes line and a line break, and flushes: the order of stdout and stderr lines is kept.
    // Every control character in it shows as an escape (Printable::visible()), line breaks
    // too: whatever came from a server, a link or a file cannot drive the terminal.
    static void printLine(FILE *stream, const QString &line);
    // printLine() for several lines of the program's own text (help): line breaks stay.
    static void printText(FILE *stream, const QString &text);
    // The document on one line of stdout (DEL, C1 and bidi controls as \u escapes, still JSON).
    static void printJson(const QJsonDocument &document);
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
    // "1.5" → 1500; 0 when it is not a number of seconds between 0 (excluded) and a day
    // (also "nan", "inf", "-1", "1e300").
    static int parseTimeoutMs(const QString &seconds);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    struct Help
    {
        QString usage;
        QString description;
        QList<std::pair<int, QString>> exitCodes;
        QString footer;
    };

    // The options more than one command has, each written once.
    static QCommandLineOption helpOption();
    // --server <url>, --username <name>, --timeout <seconds> (or --sso-timeout), and
    // --trust-fingerprint <sha256>, each with what it means for the command.
    static QCommandLineOption serverOption(const QString &description);
    static QCommandLineOption usernameOption(const QString &description);
    static QCommandLineOption secondsOption(const QString &name, const QString &description,
                                            const QString &defaultValue = {});
    static QCommandLineOption trustFingerprintOption(const QString &description);

    // Refuses secret-looking arguments (never taken), adds --help before `options`, parses, and
    // handles --help and arguments that are not options. False when the command is finished
    // (help shown, usage error).
    bool parse(QCommandLineParser &parser, const QStringList &arguments,
               const QList<QCommandLineOption> &options, const Help &help);
    // Why a password or token given as an argument, or an argument that is not an option, is
    // refused, and what to do instead.
    virtual QString secretArgumentRefusal() const;
    virtual QString strayArgumentRefusal() const;
    // --timeout's value in ms (the option has a default), or 0 after failing with a usage error
    // that gives the default as an example.
    int timeoutMs(const QCommandLineParser &parser, const QCommandLineOption &timeout);
    // --trust-fingerprint's value, parsed; empty when not given, or after failing with a usage
    // error (then isFinished()).
    QByteArray trustedFingerprint(const QCommandLineParser &parser,
                                  const QCommandLineOption &trustFingerprint);

    // "Signed in to chat.example.com as alice."
    static QString signedInLine(const SignedInUser &user);
    // The JSON of --json for a sign-in: server, userId, username, type ("personal-access-token"
    // for one), tokenExpires. Never the
    // token: it is a secret, and stdout ends up in logs.
    static QJsonObject signedInJson(const SignedInUser &user);
    // After a refused certificate (SignInError TlsUntrusted or CertificateChanged): how to trust
    // it with --trust-fingerprint, and whether the fingerprint given did not match. Empty for
    // other errors.
    static QString certificateHint(const SignInError &error, bool fingerprintGiven);

    // "liftoff <name>: message" on stderr, on one line: controls in the message are escaped
    // first (a line break in a server's reason shows as \x0a), then runs of spaces become one.
    void printError(const QString &message);
    // printError() on one line, then finish().
    virtual void fail(int exitCode, const QString &message);
    void failUsage(const QString &message);
    // Emits finished(exitCode), the first time only.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    QString commandName() const { return m_name; }

private:
    QString m_name;
    bool m_finished = false;
};
