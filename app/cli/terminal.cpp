#include "cli/terminal.h"

#include "cli/printable.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <utility>

#ifdef Q_OS_WIN
#include <io.h>
#include <iostream>
#include <string>
#include <thread>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Longest line we keep: a password or code is far shorter; this only bounds endless input.
constexpr qsizetype maximumLineBytes = 64 * 1024;

void secureZero(void *data, size_t size)
{
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile char *bytes = static_cast<volatile char *>(data);
    while (size--)
        *bytes++ = 0;
}

void writeToStderr(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

// The terminal state to come back to is process-wide, as the signal handlers that restore it.
#ifdef Q_OS_WIN
HANDLE s_input = nullptr;
DWORD s_savedMode = 0;
volatile LONG s_echoOff = 0;

BOOL WINAPI onConsoleControl(DWORD)
{
    // Runs on a thread of its own; the process then ends as it would have without us.
    if (InterlockedExchange(&s_echoOff, 0))
        SetConsoleMode(s_input, s_savedMode);
    return FALSE;
}
#else
struct termios s_savedTermios;
volatile sig_atomic_t s_echoOff = 0;
constexpr int s_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
struct sigaction s_previous[std::size(s_signals)];
bool s_installed[std::size(s_signals)] = {};

extern "C" void onTerminatingSignal(int signalNumber)
{
    // Only async-signal-safe calls here: tcsetattr, write, sigaction, raise.
    if (s_echoOff) {
        s_echoOff = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTermios);
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, "\n", 1);
    }
    // End the way the signal would have ended us, so that the shell sees it (a script stops).
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signalNumber, &action, nullptr);
    raise(signalNumber);
}

void installSignalHandlers()
{
    for (size_t i = 0; i < std::size(s_signals); ++i) {
        struct sigaction current = {};
        sigaction(s_signals[i], nullptr, &current);
        // A signal someone chose to ignore (nohup, a background job) stays ignored.
        if (current.sa_handler != SIG_DFL)
            continue;
        struct sigaction action = {};
        action.sa_handler = onTerminatingSignal;
        sigemptyset(&action.sa_mask);
        sigaction(s_signals[i], &action, &s_previous[i]);
        s_installed[i] = true;
    }
}

void removeSignalHandlers()
{
    for (size_t i = 0; i < std::size(s_signals); ++i) {
        if (s_installed[i])
            sigaction(s_signals[i], &s_previous[i], nullptr);
        s_installed[i] = false;
    }
}
#endif

} // namespace

Terminal::Terminal(QObject *parent) : QObject(parent)
{ }

Terminal::~Terminal()
{
    cancelRead();
    wipe(m_line);
    wipe(m_ahead);
}

bool Terminal::isInteractive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

void Terminal::readLine(const QString &prompt, bool hideInput)
{
    cancelRead();
    wipe(m_buffer);
    wipe(m_line);
    m_reading = true;
    // Echo goes off before the prompt shows, so nothing typed after it is ever echoed.
    if (hideInput && isInteractive())
        setEcho(false);
    if (!prompt.isEmpty())
        writeToStderr(Printable::visible(prompt).toLocal8Bit());
    const int readId = ++m_readId;
    if (!m_ahead.isEmpty()) {
        QByteArray ahead = std::exchange(m_ahead, QByteArray());
        bool complete = false;
        appendInput(ahead.constData(), ahead.size(), &complete);
        wipe(ahead);
        if (complete) {
            // The line was read with the one before: no waiting for standard input.
            QMetaObject::invokeMethod(
                this,
                [this, readId] {
                    if (m_reading && m_readId == readId)
                        finishRead(false);
                },
                Qt::QueuedConnection);
            return;
        }
    }
#ifdef Q_OS_WIN
    startReaderThread();
#else
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Terminal::onReadable);
#endif
}

void Terminal::cancelRead()
{
    if (!m_reading)
        return;
    m_reading = false;
    delete m_notifier;
    m_notifier = nullptr;
    const bool wasHidden = m_echoOff;
    setEcho(true);
    wipe(m_buffer);
    // Whatever comes next starts on a line of its own, not after the prompt.
    if (wasHidden || isInteractive())
        writeToStderr("\n");
}

QString Terminal::takeLine()
{
    return std::exchange(m_line, QString());
}

void Terminal::wipe(QString &secret)
{
    // fill() writes in place when this is the only reference, as for a line from takeLine().
    if (!secret.isEmpty())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

void Terminal::wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        secret.fill('\0');
    secret.clear();
}

void Terminal::onReadable()
{
#ifndef Q_OS_WIN
    char chunk[512];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        finishRead(true);
        return;
    }
    bool complete = false;
    appendInput(chunk, count, &complete);
    secureZero(chunk, sizeof chunk);
    if (complete)
        finishRead(false);
#endif
}

void Terminal::appendInput(const char *data, qsizetype size, bool *complete)
{
    const char *end = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype take = end ? qsizetype(end - data) : size;
    m_buffer.append(data, qMin(take, maximumLineBytes - m_buffer.size()));
    if (end)
        m_ahead.append(end + 1, size - take - 1);
    *complete = end != nullptr || m_buffer.size() >= maximumLineBytes;
}

void Terminal::finishRead(bool ended)
{
    m_reading = false;
    delete m_notifier;
    m_notifier = nullptr;
    const bool wasHidden = m_echoOff;
    setEcho(true);
#ifdef Q_OS_WIN
    // Without echo the console did not show the Enter either.
    if (wasHidden)
        writeToStderr("\n");
#else
    Q_UNUSED(wasHidden) // ECHONL showed the line break
#endif
    if (ended && m_buffer.isEmpty()) {
        if (isInteractive())
            writeToStderr("\n");
        Q_EMIT inputEnded();
        return;
    }
    if (m_buffer.endsWith('\r'))
        m_buffer.chop(1);
    m_line = QString::fromLocal8Bit(m_buffer);
    wipe(m_buffer);
    Q_EMIT lineReady();
}

void Terminal::setEcho(bool on)
{
    if (on == !m_echoOff)
        return;
#ifdef Q_OS_WIN
    if (on) {
        if (InterlockedExchange(&s_echoOff, 0))
            SetConsoleMode(s_input, s_savedMode);
        SetConsoleCtrlHandler(onConsoleControl, FALSE);
        m_echoOff = false;
        return;
    }
    s_input = GetStdHandle(STD_INPUT_HANDLE);
    if (!GetConsoleMode(s_input, &s_savedMode))
        return;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
    InterlockedExchange(&s_echoOff, 1);
    SetConsoleMode(s_input, s_savedMode & ~DWORD(ENABLE_ECHO_INPUT));
    m_echoOff = true;
#else
    if (on) {
        if (s_echoOff) {
            s_echoOff = 0;
            tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTermios);
        }
        removeSignalHandlers();
        m_echoOff = false;
        return;
    }
    if (tcgetattr(STDIN_FILENO, &s_savedTermios) != 0)
        return;
    struct termios quiet = s_savedTermios;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
    // Handlers first: a signal from here on finds the saved state and puts it back.
    s_echoOff = 1;
    installSignalHandlers();
    // TCSAFLUSH drops what was typed ahead: it was typed (and shown) before the prompt.
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    m_echoOff = true;
#endif
}

#ifdef Q_OS_WIN
void Terminal::startReaderThread()
{
    // QSocketNotifier cannot watch a console or pipe handle on Windows: a thread does the
    // blocking read and hands the bytes to the event loop. It is detached, since a read nobody
    // waits for any more (cancelRead) can only end with the process.
    QPointer<Terminal> self(this);
    std::thread([self]() {
        std::string line;
        const bool ended = !std::getline(std::cin, line) && line.empty();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, line, ended]() mutable {
                if (self && self->m_reading) {
                    bool complete = false;
                    self->appendInput(line.data(), qsizetype(line.size()), &complete);
                    self->finishRead(ended);
                }
                secureZero(line.data(), line.size());
            },
            Qt::QueuedConnection);
        secureZero(line.data(), line.size());
    }).detach();
}
#endif
