#pragma once

#include "cli/accountcommand.h"

class SessionResume;

// `liftoff resume [--server URL] [--username NAME] [--json] [--timeout SECONDS]
//                 [--trust-fingerprint SHA256]`
//
// Signs in again with a stored session, as the window does at start: the token from the keychain,
// sent with the DDP handshake, no password. Ends with one line (or one JSON object) on stdout when
// the server accepts it; otherwise one line on stderr and the exit code that says what to do
// (3: sign in again, 5: try later, the session is kept, 7: the keychain).
class ResumeCommand : public AccountCommand
{
    Q_OBJECT
public:
    explicit ResumeCommand(QObject *parent = nullptr);

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

private:
    void onFinished();

    bool m_json = false;
    bool m_fingerprintGiven = false;
    SessionResume *m_resume = nullptr;
};
