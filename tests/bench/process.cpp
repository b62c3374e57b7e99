// liftoff-bench-process: runs one program and measures it from the outside, the same way whatever
// the program is (Liftoff, a bare Qt window, node): nothing in the program under test changes.
//
//   default    wall time from fork to exit, and peak RSS (wait4's ru_maxrss, which covers the
//              children the program waited for too)
//   --window   time from fork to the X server mapping the program's first top-level window (a
//              MapNotify seen on the root window; the window is the program's by _NET_WM_PID), then
//              optionally until a line shows up in a log (--ready-file/--ready-text), then --settle
//              ms; then peak RSS so far (VmHWM) and SIGTERM
//
// Prints one line of key=value pairs:
//   exit=0 wall_ms=71.4 peak_rss_kb=48120 [window_ms=88.0 window=612x476 ready_ms=140.2]
// Plain POSIX and xcb, no Qt: the meter itself should cost next to nothing.

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef LIFTOFF_BENCH_HAVE_XCB
#include <xcb/xcb.h>
#endif

namespace {

struct Options
{
    std::string stdinFile = "/dev/null";
    std::string stdoutFile = "/dev/null";
    std::string stderrFile = "/dev/null";
    bool window = false;
    std::string readyFile;
    std::string readyText;
    int settleMs = 0;
    int timeoutMs = 60000;
    std::vector<char *> command;
};

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void sleepMs(int ms)
{
    const timespec ts { ms / 1000, long(ms % 1000) * 1000000L };
    nanosleep(&ts, nullptr);
}

[[noreturn]] void usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--stdin FILE] [--stdout FILE] [--stderr FILE] [--window]\n"
                 "       [--ready-file FILE --ready-text TEXT] [--settle MS] [--timeout MS]\n"
                 "       -- PROGRAM [ARGS...]\n",
                 program);
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options options;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(argv[0]);
            return argv[++i];
        };
        if (arg == "--") {
            ++i;
            break;
        } else if (arg == "--stdin") {
            options.stdinFile = value();
        } else if (arg == "--stdout") {
            options.stdoutFile = value();
        } else if (arg == "--stderr") {
            options.stderrFile = value();
        } else if (arg == "--window") {
            options.window = true;
        } else if (arg == "--ready-file") {
            options.readyFile = value();
        } else if (arg == "--ready-text") {
            options.readyText = value();
        } else if (arg == "--settle") {
            options.settleMs = std::atoi(value().c_str());
        } else if (arg == "--timeout") {
            options.timeoutMs = std::atoi(value().c_str());
        } else {
            usage(argv[0]);
        }
    }
    for (; i < argc; ++i)
        options.command.push_back(argv[i]);
    if (options.command.empty() || options.readyFile.empty() != options.readyText.empty())
        usage(argv[0]);
    options.command.push_back(nullptr);
    return options;
}

pid_t start(const Options &options)
{
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(1);
    }
    if (pid == 0) {
        const auto redirect = [](const std::string &file, int fd, int flags) {
            const int opened = open(file.c_str(), flags, 0644);
            if (opened < 0 || dup2(opened, fd) < 0)
                _exit(126);
            close(opened);
        };
        redirect(options.stdinFile, STDIN_FILENO, O_RDONLY);
        redirect(options.stdoutFile, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(options.stderrFile, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        execvp(options.command[0], options.command.data());
        _exit(127);
    }
    return pid;
}

off_t fileSize(const std::string &file)
{
    struct stat info
    {
    };
    return stat(file.c_str(), &info) == 0 ? info.st_size : 0;
}

// Whether `text` occurs in `file` after byte `from`.
bool fileHasTextAfter(const std::string &file, off_t from, const std::string &text)
{
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        return false;
    stream.seekg(from);
    std::stringstream content;
    content << stream.rdbuf();
    return content.str().find(text) != std::string::npos;
}

// VmHWM from /proc/<pid>/status: the peak resident set so far, in kB.
long peakRssKb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return -1;
}

// Ends the program (SIGTERM, then SIGKILL) and reaps it.
int stop(pid_t pid, rusage *usage)
{
    kill(pid, SIGTERM);
    int status = 0;
    for (int waited = 0; waited < 5000; waited += 5) {
        if (wait4(pid, &status, WNOHANG, usage) == pid)
            return status;
        sleepMs(5);
    }
    kill(pid, SIGKILL);
    wait4(pid, &status, 0, usage);
    return status;
}

int exitCode(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

volatile sig_atomic_t timedOutChild = 0;

int runToExit(const Options &options)
{
    static pid_t child = 0;
    struct sigaction onAlarm
    {
    };
    onAlarm.sa_handler = [](int) {
        timedOutChild = 1;
        kill(child, SIGKILL);
    };
    sigaction(SIGALRM, &onAlarm, nullptr);

    const double started = nowMs();
    child = start(options);
    alarm(unsigned((options.timeoutMs + 999) / 1000));
    int status = 0;
    rusage usage {};
    // Blocking: the meter sleeps while the program runs, and wakes the moment it is gone.
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) { }
    const double wall = nowMs() - started;
    alarm(0);
    if (timedOutChild) {
        std::fprintf(stderr, "timed out after %d ms\n", options.timeoutMs);
        return 1;
    }
    std::printf("exit=%d wall_ms=%.1f peak_rss_kb=%ld\n", exitCode(status), wall, usage.ru_maxrss);
    return 0;
}

#ifdef LIFTOFF_BENCH_HAVE_XCB
int runWindow(const Options &options)
{
    int screenNumber = 0;
    xcb_connection_t *x = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(x)) {
        std::fprintf(stderr, "cannot connect to the X server (DISPLAY=%s)\n",
                     std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "");
        return 1;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(x));
    for (int i = 0; i < screenNumber; ++i)
        xcb_screen_next(&screens);
    const xcb_window_t root = screens.data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(x, root, XCB_CW_EVENT_MASK, &mask);
    const char pidAtomName[] = "_NET_WM_PID";
    xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
        x, xcb_intern_atom(x, 0, sizeof pidAtomName - 1, pidAtomName), nullptr);
    const xcb_atom_t pidAtom = atom ? atom->atom : xcb_atom_t(XCB_ATOM_NONE);
    std::free(atom);
    // A round trip, so that the event mask is in force before the program starts.
    std::free(xcb_get_input_focus_reply(x, xcb_get_input_focus(x), nullptr));

    const off_t readyFrom = options.readyFile.empty() ? 0 : fileSize(options.readyFile);
    const double started = nowMs();
    const pid_t pid = start(options);
    const double deadline = started + options.timeoutMs;
    double mapped = -1;
    unsigned width = 0;
    unsigned height = 0;
    int status = 0;
    rusage usage {};
    pollfd fd { xcb_get_file_descriptor(x), POLLIN, 0 };
    while (mapped < 0) {
        if (nowMs() > deadline || wait4(pid, &status, WNOHANG, &usage) == pid) {
            std::fprintf(stderr, "no window appeared\n");
            if (!WIFEXITED(status) && !WIFSIGNALED(status))
                stop(pid, &usage);
            return 1;
        }
        poll(&fd, 1, 10);
        while (xcb_generic_event_t *event = xcb_poll_for_event(x)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY && mapped < 0) {
                const double when = nowMs();
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                xcb_get_property_reply_t *property = xcb_get_property_reply(
                    x, xcb_get_property(x, 0, map->window, pidAtom, XCB_ATOM_CARDINAL, 0, 1),
                    nullptr);
                if (property && xcb_get_property_value_length(property) == 4
                    && *static_cast<uint32_t *>(xcb_get_property_value(property))
                        == uint32_t(pid)) {
                    mapped = when - started;
                    xcb_get_geometry_reply_t *geometry
                        = xcb_get_geometry_reply(x, xcb_get_geometry(x, map->window), nullptr);
                    if (geometry) {
                        width = geometry->width;
                        height = geometry->height;
                    }
                    std::free(geometry);
                }
                std::free(property);
            }
            std::free(event);
        }
    }
    xcb_disconnect(x);

    double ready = mapped;
    if (!options.readyFile.empty()) {
        while (!fileHasTextAfter(options.readyFile, readyFrom, options.readyText)) {
            if (nowMs() > deadline) {
                std::fprintf(stderr, "\"%s\" did not appear in %s\n", options.readyText.c_str(),
                             options.readyFile.c_str());
                stop(pid, &usage);
                return 1;
            }
            sleepMs(5);
        }
        ready = nowMs() - started;
    }
    sleepMs(options.settleMs);
    const long peak = peakRssKb(pid);
    const double wall = nowMs() - started;
    status = stop(pid, &usage);
    std::printf("exit=%d wall_ms=%.1f peak_rss_kb=%ld window_ms=%.1f window=%ux%u ready_ms=%.1f\n",
                exitCode(status), wall, peak, mapped, width, height, ready);
    return 0;
}
#else
int runWindow(const Options &)
{
    std::fprintf(stderr, "built without xcb (libxcb1-dev): --window is not available\n");
    return 1;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);
    std::fflush(stdout);
    return options.window ? runWindow(options) : runToExit(options);
}
