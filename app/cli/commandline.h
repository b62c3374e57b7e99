#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class Command;

// `liftoff <command> [options]`: the scriptable side of the binary. Needs only a
// QCoreApplication, so it works without a display. Knows the commands by name, prints
// `liftoff help`, and reports the command's exit code with finished().
class CommandLine : public QObject
{
    Q_OBJECT
public:
    explicit CommandLine(QObject *parent = nullptr);
    ~CommandLine() override;

    // True when the arguments (program name first) ask for a command rather than the window:
    // the first argument is not an option.
    static bool wantsCommand(const QStringList &arguments);
    // The part of `liftoff --help` that lists the commands.
    static QString commandsSummary();

    // Runs the command named by arguments[1]. finished() follows, never before the event loop
    // runs (connect it to QCoreApplication::exit).
    void start(const QStringList &arguments);

    // A command CommandLine knows: its name, its line in `liftoff help`, and how to make it.
    struct Entry
    {
        QString name;
        std::function<QString()> summary;
        std::function<Command *(QObject *parent)> create;
    };

Q_SIGNALS:
    void finished(int exitCode);

private:
    static const QList<Entry> &entries();

    void run(const QString &name, const QStringList &arguments);
    void printHelp();
    void finishLater(int exitCode);

    Command *m_command = nullptr;
};
