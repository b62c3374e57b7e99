#pragma once

#include "storage/tokenstore.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QStringList>

// A TokenStore that keeps tokens in this process only: for tests of classes that use a token
// store, and nothing else. It behaves like KeychainTokenStore (every answer comes from the event
// loop, a missing entry is NotFound, removing a missing entry succeeds) and can be told to fail.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    TokenJob *read(const QString &key) override;
    TokenJob *write(const QString &key, const QString &token) override;
    TokenJob *remove(const QString &key) override;

    // Makes the following operations of this kind fail with kind (None: succeed again). A failed
    // write stores nothing, a failed remove removes nothing, like the real keychain.
    void setFailure(KeychainError::Operation operation, KeychainError::Kind kind,
                    KeychainError::Cause cause = KeychainError::Cause::Unspecified);
    // Holds answers back until release() (to test what happens while a job runs).
    void setPaused(bool paused);
    void release();

    // Looking inside, for tests.
    bool contains(const QString &key) const { return m_tokens.contains(key); }
    QString token(const QString &key) const { return m_tokens.value(key); }
    QStringList keys() const { return m_tokens.keys(); }
    int operationCount() const { return m_operationCount; }

private:
    TokenJob *start(TokenJob *job, const QString &token);
    void answer(TokenJob *job, const QString &token);

    QHash<QString, QString> m_tokens;
    QMap<KeychainError::Operation, KeychainError> m_failures;
    bool m_paused = false;
    QList<QPair<QPointer<TokenJob>, QString>> m_held;
    int m_operationCount = 0;
};
