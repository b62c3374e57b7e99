#pragma once

#include <QObject>
#include <QStringList>

// One `liftoff <command>` of the command line: it parses its own options, does its work on the
// event loop of a QCoreApplication (no display), and ends with finished(exitCode), exactly once.
// CommandLine picks the command and runs it.
class Command : public QObject
{
    Q_OBJECT
public:
    // Exit codes every command shares; the sign-in codes 3–7 come from SignInError::exitCode().
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    using QObject::QObject;

    // `arguments` are those after the command name. May emit finished() before returning.
    virtual void start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};
