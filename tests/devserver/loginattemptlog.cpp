#include "loginattemptlog.h"

void LoginAttemptLog::recordFailure(const QString &username, const QString &address,
                                    const QDateTime &at)
{
    auto count = [&at](QHash<QString, Record> &records, const QString &key) {
        if (key.isEmpty())
            return;
        Record &record = records[key];
        ++record.failures;
        record.lastFailure = at;
    };
    count(m_byUser, username);
    count(m_byAddress, address);
}

void LoginAttemptLog::recordSuccess(const QString &username, const QString &address,
                                    const QDateTime &)
{
    // Only failures after the last successful login count.
    m_byUser.remove(username);
    m_byAddress.remove(address);
}

void LoginAttemptLog::clear()
{
    m_byUser.clear();
    m_byAddress.clear();
}

int LoginAttemptLog::failuresOfUser(const QString &username) const
{
    return m_byUser.value(username).failures;
}

int LoginAttemptLog::failuresFromAddress(const QString &address) const
{
    return m_byAddress.value(address).failures;
}

bool LoginAttemptLog::isUserBlocked(const QString &username, int threshold, qint64 blockMs,
                                    const QDateTime &now) const
{
    return isBlocked(m_byUser, username, threshold, blockMs, now);
}

bool LoginAttemptLog::isAddressBlocked(const QString &address, int threshold, qint64 blockMs,
                                       const QDateTime &now) const
{
    return isBlocked(m_byAddress, address, threshold, blockMs, now);
}

bool LoginAttemptLog::isBlocked(const QHash<QString, Record> &records, const QString &key,
                                int threshold, qint64 blockMs, const QDateTime &now)
{
    // restrictLoginAttempts.ts: valid while fewer failures than the threshold, else until
    // "time to unblock" after the last failed attempt.
    if (key.isEmpty() || threshold <= 0)
        return false;
    const auto it = records.constFind(key);
    if (it == records.constEnd() || it->failures < threshold)
        return false;
    return now < it->lastFailure.addMSecs(blockMs);
}
