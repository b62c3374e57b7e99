#pragma once

#include "storage/tokenstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// The token store in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain: service "Liftoff", one entry per account
// under TokenStore::entryKey(). There is no plaintext fallback: when the keychain fails, the
// operation fails with a KeychainError that says why.
//
// QtKeychain jobs are never children of the store and never deleted while they run (its libsecret
// backend calls back into the job without a way to cancel): destroying the store drops the
// answers, the jobs finish and delete themselves.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    // Long enough to unlock a keyring in the prompt that a read or write may bring up.
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::minutes(2);

    // "Liftoff": the keychain's service (the label entries show in Passwords and Keys).
    static QString serviceName();

    explicit KeychainTokenStore(QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    // How long a job may take before it fails with Kind::Timeout (the keychain operation itself
    // goes on; its late answer is dropped).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    TokenJob *read(const QString &key) override;
    TokenJob *write(const QString &key, const QString &token) override;
    TokenJob *remove(const QString &key) override;

private:
    TokenJob *start(TokenJob::Operation operation, const QString &key, const QString &token);
    void armTimeout(TokenJob *job);
    void startKeychainJob(TokenJob *job, const QString &token);
    void keychainJobFinished(TokenJob *job, QKeychain::Job *keychainJob);

    std::chrono::milliseconds m_timeout = defaultTimeout;
};
