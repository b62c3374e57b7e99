#pragma once

#include "cli/accountcommand.h"

#include <QDateTime>
#include <QHash>
#include <QList>

class SessionResume;

// `liftoff status [--json] [--timeout SECONDS]`
//
// Every stored account and whether its session is still good, found out the only sure way: by
// signing in again with it (never by logging out), all accounts at once, each with a time-out.
// One line per account on stdout (server, user name, valid / expired / rejected / unreachable /
// keychain problem), or one JSON array; what is wrong, in words, on stderr. Tokens are never
// printed. Checking is not using: the order of last use stays as it was.
class StatusCommand : public AccountCommand
{
    Q_OBJECT
public:
    explicit StatusCommand(QObject *parent = nullptr);

    static QString name();
    static QString summary();

    void start(const QStringList &arguments) override;

private:
    void onResumeFinished();
    void report();
    void restoreLastUse();

    bool m_json = false;
    QList<SessionResume *> m_resumes; // in the order of the stored accounts
    QHash<QString, QDateTime> m_lastUsed; // before the check, by key
    int m_pending = 0;
};
