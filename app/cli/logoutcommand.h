#pragma once

#include "cli/accountcommand.h"

#include <QList>
#include <QTimer>

class SessionResume;
class Terminal;
class TokenJob;

// `liftoff logout [--server URL] [--username NAME] | --all | --others [--yes] [--timeout SECONDS]`
//
// Ends stored sessions, as "Sign out" in the window: signs in with the stored token and calls
// `logout` (SignInController::signOut()), so that the server forgets the token too; then the token
// leaves the keychain and the account leaves the list. When the server cannot be reached the
// session is forgotten here all the same, and stderr says it may still be valid on the server
// (exit code 0: nothing is stored any more). Accounts are done one after the other. An account
// kept as a personal access token is only forgotten here (`logout` would delete the token on the
// server). --others keeps the session and calls `removeOtherTokens` instead, after a question on
// the terminal (or --yes).
class LogoutCommand : public AccountCommand
{
    Q_OBJECT
public:
    explicit LogoutCommand(QObject *parent = nullptr);

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

private:
    void next();
    void onResumed();
    void onSignedOut();
    void forgetLocally(const QString &note);
    void onTokenRemoved(TokenJob *job);
    void done(int exitCode);
    static QString personalAccessTokenNote();
    void startSigningOutOthers(const SavedAccount &account, bool confirmed);
    void signOutOthers();

    QList<SavedAccount> m_queue;
    SavedAccount m_account; // the one being signed out
    SessionResume *m_resume = nullptr;
    QString m_note; // said on stderr once the account is forgotten
    QTimer m_signOutDeadline; // should signedOut() never come
    int m_timeoutMs = 0;
    int m_exitCode = ExitCode::Success;
    Terminal *m_terminal = nullptr; // --others: the question
};
