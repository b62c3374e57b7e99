#pragma once

#include "storage/savedaccount.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// The accounts Liftoff knows, kept in the application's settings (Settings::open():
// ~/.config/chat.liftoff.Liftoff/liftoff.conf on Linux): server origin, user id, username, display
// name, token expiry, last use and kind (session or personal access token). Never a token or any
// other secret: those belong to the TokenStore.
//
// Accounts are only removed by remove(): nothing here deletes an account because its token could
// not be read.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStore(QObject *parent = nullptr);
    // Keeps the accounts in settings (not owned; it must outlive the store): for tests.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);
    ~AccountStore() override;

    // Most recently used first; never-used accounts last, by key.
    QList<SavedAccount> accounts() const;
    std::optional<SavedAccount> account(const QString &key) const;
    bool contains(const QString &key) const;
    // The account used last (the first of accounts()), if there is any.
    std::optional<SavedAccount> lastUsedAccount() const;

    // Adds the account, or replaces the one with the same key(). Returns false, storing nothing,
    // for an invalid account, and false when the settings could not be written.
    bool save(const SavedAccount &account);
    // Sets lastUsed. Returns false when there is no such account or the settings failed.
    bool markUsed(const QString &key, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Forgets the account (removing its token is the caller's business, through the TokenStore).
    // Returns false when there is no such account or the settings failed.
    bool remove(const QString &key);

    // Where the accounts are kept, for messages and tests.
    QString fileName() const;

Q_SIGNALS:
    void accountsChanged();

private:
    std::optional<SavedAccount> load(const QString &group) const;
    bool sync();

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};
