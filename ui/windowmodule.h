#pragma once

#include <QString>

class QCoreApplication;

// The window as `liftoff` reaches it: one entry point, liftoff_window_module(), and the two things
// app/main.cpp asks of it. On Linux the window is a module of its own (liftoff-window.so, in
// <libdir>/liftoff/modules/) that main.cpp loads only when it opens a window, so that a
// command-line run maps Qt Core, Network, WebSockets, D-Bus and QtKeychain but never Qt Gui,
// Widgets, xcb, fontconfig or GL. The layers below (app/core … app/auth) are not in the module: it
// uses the executable's, so that their state (logging categories, settings, the translators) exists
// once. Elsewhere the window is linked into the executable and main.cpp calls the entry point
// directly. Only Qt Core types cross here: main.cpp sees no widget.
struct WindowModule
{
    // What the window is opened for, from main.cpp's command line.
    struct Request
    {
        QString server; // --server, when given
        bool hasServer = false;
        bool allowInsecure = false; // --allow-insecure
        QString link; // a rocketchat:// link to handle once the window is up, when not empty
    };

    // Changes whenever this struct or Request does, so that main.cpp refuses a module built from
    // other sources (with LIFTOFF_VERSION).
    static constexpr int InterfaceVersion = 1;

    int interfaceVersion;
    const char *liftoffVersion;
    // The QApplication (with the desktop file name the window needs); main.cpp owns it.
    QCoreApplication *(*createApplication)(int &argc, char **argv);
    // Shows the window for `request`, and runs the event loop until it closes: the exit code.
    int (*run)(const Request &request);
};

// The entry point main.cpp looks up in the module (liftoff_window_module).
extern "C" const WindowModule *liftoff_window_module();
