#pragma once

#include "auth/signincontroller.h"
#include "cli/command.h"
#include "core/serveraddress.h"

#include <QString>
#include <QTimer>

class AccountStore;
class SingleInstance;
class SignInError;
class Terminal;
class TokenStore;

// `liftoff login --server URL (--username NAME | --email ADDR | --sso SERVICE | --with-token)
// [--password-stdin]
// [--ldap] [--totp-code CODE | --totp-code-stdin] [--no-store] [--json] [--allow-insecure]
// [--timeout SECONDS]
// [--sso-timeout SECONDS]`
//
// With --sso the sign-in happens in the browser: the command receives the browser's link as the
// window would (it listens on the SingleInstance socket) and prints the address when no browser
// could be opened.
//
// Drives a SignInController as the window does: the server check starts at once, in parallel
// with the password prompt; a password already there (piped in) goes out with the DDP handshake,
// the check running beside it, so the whole sign-in costs one round trip. The password comes
// from the terminal (no echo) or from standard input, never from an argument; on a terminal a
// two-factor code is asked for when the server wants one. Ends with one line (or one JSON
// object) on stdout on success, one human line on stderr otherwise, and the exit code of the
// error's kind (ExitCode; 2 for usage errors). Unless --no-store, the session is kept in the
// system keychain (token) and the AccountStore (the rest); when the keychain refuses, the person
// is signed in but the session is not kept: exit code 7.
class LoginCommand : public Command
{
    Q_OBJECT
public:
    explicit LoginCommand(QObject *parent = nullptr);
    ~LoginCommand() override;

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

private:
    // Code: asked for on the terminal; PipedCode: --totp-code-stdin's line, without a prompt.
    enum class Input { None, Password, Code, PipedCode };

    bool parseArguments(const QStringList &arguments);
    QString secretArgumentRefusal() const override;
    QString strayArgumentRefusal() const override;
    Help help() const;
    void askForPassword();
    void askForCode();
    void onLineReady();
    void onInputEnded();
    void onStateChanged(SignInController::State state);
    void scheduleUpdate();
    void update();
    void handleTwoFactor(const SignInError &error);
    void updateDeadline();
    void onDeadline();
    void succeed();
    // Fails with the error's message (and `hint`) and its exit code.
    void failSignIn(const SignInError &error, const QString &hint = {});
    // Stops asking on the terminal first.
    void fail(int exitCode, const QString &message) override;
    bool startSingleSignOn();
    void startBrowserSignIn();
    void reportBrowser();

    // Options
    QString m_serverText;
    bool m_allowInsecure = false;
    ServerAddress m_server; // m_serverText, parsed
    QString m_identifier;
    bool m_passwordFromStdin = false;
    bool m_ldap = false;
    QString m_totpCode;
    bool m_codeFromStdin = false; // --totp-code-stdin
    QByteArray m_trustFingerprint; // --trust-fingerprint, parsed
    bool m_json = false;
    bool m_store = true;
    int m_timeoutMs = 30000;
    QString m_service; // --sso
    bool m_withToken = false; // a personal access token instead of a password
    int m_ssoTimeoutMs = 5 * 60 * 1000;

    // Progress
    SignInController *m_controller = nullptr;
    TokenStore *m_tokens = nullptr;
    AccountStore *m_accounts = nullptr;
    Terminal *m_terminal = nullptr;
    bool m_interactive = false;
    Input m_input = Input::None;
    bool m_signInCalled = false;
    bool m_givenCodeUsed = false; // --totp-code went out (or --totp-code-stdin's was read)
    bool m_codeSubmitted = false; // a code went out and has no answer yet
    bool m_codeInFlight = false; // … and the controller is signing in with it
    int m_codesSent = 0;
    bool m_updateScheduled = false;
    QTimer m_deadline;
    SingleInstance *m_instance = nullptr;
    bool m_ssoStarted = false;
    bool m_browserReported = false;
};
