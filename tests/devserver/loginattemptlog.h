#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// Failed and successful logins by user name and by client address, for Rocket.Chat's blocking
// after repeated failures (apps/meteor/app/authentication/server/lib/restrictLoginAttempts.ts,
// which counts "failed login" server events since the last successful login). Shared by every
// session of a server.
class LoginAttemptLog
{
public:
    void recordFailure(const QString &username, const QString &address,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());
    void recordSuccess(const QString &username, const QString &address,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());
    void clear();

    // Failures since the last success (all of them when there was none).
    int failuresOfUser(const QString &username) const;
    int failuresFromAddress(const QString &address) const;

    // Blocked: at least `threshold` failures since the last success, the last one less than
    // `blockMs` ago. An empty user name or address is never blocked.
    bool isUserBlocked(const QString &username, int threshold, qint64 blockMs,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isAddressBlocked(const QString &address, int threshold, qint64 blockMs,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    struct Record
    {
        int failures = 0; // since the last success
        QDateTime lastFailure;
    };
    static bool isBlocked(const QHash<QString, Record> &records, const QString &key, int threshold,
                          qint64 blockMs, const QDateTime &now);

    QHash<QString, Record> m_byUser;
    QHash<QString, Record> m_byAddress;
};
