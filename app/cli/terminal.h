#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

// The terminal (console) the command line talks to a person on. Reads one line from standard
// input while the event loop keeps running, so the server check goes on while the person types.
// With hideInput the typed characters are not shown, and the terminal comes back as it was on
// every way out: once the line is read, when reading is cancelled, when this object is destroyed,
// and on SIGINT/SIGTERM/SIGHUP/SIGQUIT (POSIX) or Ctrl+C/Ctrl+Break/closing the console (Windows),
// after which the process ends by that signal as usual.
class Terminal : public QObject
{
    Q_OBJECT
public:
    explicit Terminal(QObject *parent = nullptr);
    ~Terminal() override;

    // True when standard input is a terminal a person types at (not a pipe, file or /dev/null).
    static bool isInteractive();

    // Writes `prompt` (if any) to stderr and starts reading one line from standard input;
    // lineReady() or inputEnded() follows, never before the event loop runs. hideInput turns
    // echo off when input is a terminal. What was read past the end of a line is kept for the
    // next readLine() (a password and a code piped in together, one per line). The prompt is
    // shown with Printable::visible(): it may hold a name or a hint from the server.
    void readLine(const QString &prompt = {}, bool hideInput = false);
    // Stops reading and shows typed characters again; no signal follows.
    void cancelRead();
    // The line read, without its line break. Hands over the only copy and forgets it, so that a
    // secret lives in one place the receiver can wipe.
    QString takeLine();

    // Overwrites a secret in place before it is released (QString::clear() only frees it).
    static void wipe(QString &secret);
    static void wipe(QByteArray &secret);

Q_SIGNALS:
    void lineReady();
    // Standard input ended (or failed) before anything was typed.
    void inputEnded();

private:
    void onReadable();
    void finishRead(bool ended);
    void appendInput(const char *data, qsizetype size, bool *complete);
    void setEcho(bool on);
#ifdef Q_OS_WIN
    void startReaderThread();
#endif

    bool m_reading = false;
    bool m_echoOff = false;
    QByteArray m_buffer; // the bytes of the line so far; wiped once converted
    QByteArray m_ahead; // read after the end of the last line, for the next one; wiped
    int m_readId = 0; // which readLine() a queued finish belongs to
    QString m_line;
    QSocketNotifier *m_notifier = nullptr;
};
