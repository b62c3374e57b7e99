#pragma once

#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

// A browser for tests of single sign-on, without a display: it loads a URL, follows HTTP
// redirects itself, and on an HTML page does what the page's script would (Meteor's end page:
// the config's redirectUrl; a hand-off page: its meta refresh), until it reaches a rocketchat:
// (or https://go.rocket.chat/auth) link. That link goes to the app the way the operating system
// hands a URL to its handler: `PROGRAM <link>`, waited for. Every hop is printed on stderr with
// its secrets redacted.
class TestBrowser
{
public:
    // Exit codes besides the delivering program's own.
    enum ExitCode {
        Completed = 0, // link printed (--no-deliver), or a CAS "Login completed" page
        Usage = 2,
        NoHandOff = 3, // a page without a hand-off, an HTTP error, a network error, a loop
        ProgramCrashed = 125,
        ProgramNotStarted = 127,
    };

    struct Options
    {
        QString deliverWith; // the program that receives the link; empty: print it
        bool ignoreTlsErrors = false;
        int maxRedirects = 20;
    };

    explicit TestBrowser(const Options &options);

    // Loads `url` and calls `done` with the exit code once it is over.
    void open(const QString &url, std::function<void(int)> done);

    // What a page hands off to, as its script would navigate: the redirectUrl of a
    // <div id="config"> (read back as innerHTML, then "&amp;" → "&", as Meteor's script does), or
    // a <meta http-equiv="refresh"> target. `how` says which.
    static std::optional<QString> handOffTarget(const QByteArray &html, QString *how = nullptr);
    static bool isAppLink(const QString &url);

private:
    void visit(const QUrl &url);
    void onFinished(QNetworkReply *reply);
    void follow(const QUrl &from, const QString &target);
    void deliver(const QString &link);
    void finish(int code);

    Options m_options;
    QNetworkAccessManager m_network;
    QProcess m_program;
    std::function<void(int)> m_done;
    int m_redirects = 0;
    bool m_finished = false;
};
