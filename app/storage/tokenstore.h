#pragma once

#include "storage/keychainerror.h"
#include "storage/tokenjob.h"

#include <QObject>
#include <QString>

class ServerAddress;

// Where session tokens live between runs: one secret per account, under entryKey(). Everything is
// asynchronous: each call returns a TokenJob at once and the answer comes with its finished()
// signal, never before the call returns. Implementations: KeychainTokenStore (the operating
// system's keychain) and MemoryTokenStore (in memory, for tests).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // "<userId>@<server origin>", e.g. "aBc123@https://chat.example.com/chat". The origin is
    // fully encoded (an IDN host in its xn-- form), so a key is plain ASCII.
    static QString entryKey(const QString &userId, const ServerAddress &server);

    // Finds the token under key. A missing entry is Kind::NotFound; a locked keyring is
    // Kind::Locked even where the keychain itself answers "not found".
    virtual TokenJob *read(const QString &key) = 0;
    // Stores token under key, replacing what was there. Success means it is saved.
    virtual TokenJob *write(const QString &key, const QString &token) = 0;
    // Removes the entry. Removing an entry that is not there succeeds.
    virtual TokenJob *remove(const QString &key) = 0;

protected:
    TokenJob *createJob(TokenJob::Operation operation, const QString &key);
    // Ends the job now (from an event handler, never from inside read/write/remove).
    static void finishJob(TokenJob *job, const KeychainError &error = {},
                          const QString &token = {});
    // Ends the job from the event loop: safe to call inside read/write/remove.
    static void finishJobLater(TokenJob *job, const KeychainError &error = {},
                               const QString &token = {});
};
