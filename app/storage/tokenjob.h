#pragma once

#include "storage/keychainerror.h"

#include <QObject>
#include <QString>

class TokenStore;

// One read, write or remove in a TokenStore. finished() comes exactly once, always after the call
// that created the job has returned (so connecting right after the call is fine); the job then
// deletes itself (deleteLater). Deleting it earlier only drops the result: the keychain operation
// underneath still completes. Jobs are children of their store and go away with it.
class TokenJob : public QObject
{
    Q_OBJECT
public:
    using Operation = KeychainError::Operation;

    ~TokenJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    // Meaningful once finished: None on success.
    KeychainError error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    // The token a successful read found; empty otherwise. Never log it.
    QString token() const { return m_token; }

Q_SIGNALS:
    void finished(TokenJob *job);

private:
    friend class TokenStore;
    TokenJob(Operation operation, const QString &key, TokenStore *store);
    void finish(const KeychainError &error, const QString &token);

    Operation m_operation;
    QString m_key;
    KeychainError m_error;
    QString m_token;
    bool m_finished = false;
};
