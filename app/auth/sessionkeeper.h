#pragma once

#include "storage/keychainerror.h"

#include <QObject>
#include <QPointer>
#include <QString>

class AccountStore;
class TokenJob;
class TokenStore;
struct SavedAccount;

// Keeps sessions between runs, for SignInController: the token in the keychain (TokenStore), the
// account data in the AccountStore, and the last keychain problem of this run. Both stores are
// not owned and must outlive it; without them nothing is kept.
class SessionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SessionKeeper(QObject *parent = nullptr);
    ~SessionKeeper() override;

    void setStores(TokenStore *tokens, AccountStore *accounts);
    AccountStore *accounts() const { return m_accounts; }
    bool keepsSessions() const { return m_tokens && m_accounts; }

    // Writes a token (the first step of keeping a new session): tokenWritten() follows, with
    // storageProblem() already updated. `fresh`: no stored session of this account is being
    // resumed, so an abandoned write leaves a token nobody will use (see abandonedTokenWritten()).
    void writeToken(const QString &key, const QString &token, bool fresh);
    bool isWriting() const { return !m_writeJob.isNull(); }
    // The write under way is of no interest any more; its end is reported only by
    // abandonedTokenWritten().
    void abandonWrite();
    // The account data, marked as the one used last. Its lastUsed is not taken from `account`.
    void saveAccount(const SavedAccount &account);
    // Forgets a stored account: its data now, its token in the keychain. Returns the removal of
    // the token (to wait for; it reports a keychain problem itself), or nullptr when there is
    // nothing to remove (no stores, no key).
    TokenJob *forget(const QString &key);
    void removeToken(const QString &key);

    // The last keychain problem of this run (save, read or delete), or None.
    KeychainError storageProblem() const { return m_storageProblem; }
    void setStorageProblem(const KeychainError &problem);

Q_SIGNALS:
    void tokenWritten(bool ok);
    // A fresh token written for a sign-in abandoned meanwhile: remove it unless in use again.
    void abandonedTokenWritten(const QString &key);
    void storageProblemChanged();

private:
    void onTokenWritten(TokenJob *job, bool fresh);

    TokenStore *m_tokens = nullptr;
    AccountStore *m_accounts = nullptr;
    KeychainError m_storageProblem;
    QPointer<TokenJob> m_writeJob;
};
