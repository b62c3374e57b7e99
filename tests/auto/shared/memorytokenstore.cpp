#include "memorytokenstore.h"

#include <QMetaObject>

#include <utility>

using Kind = KeychainError::Kind;
using Operation = KeychainError::Operation;

MemoryTokenStore::MemoryTokenStore(QObject *parent) : TokenStore(parent)
{ }

MemoryTokenStore::~MemoryTokenStore() = default;

TokenJob *MemoryTokenStore::read(const QString &key)
{
    return start(createJob(Operation::Read, key), {});
}

TokenJob *MemoryTokenStore::write(const QString &key, const QString &token)
{
    return start(createJob(Operation::Write, key), token);
}

TokenJob *MemoryTokenStore::remove(const QString &key)
{
    return start(createJob(Operation::Remove, key), {});
}

void MemoryTokenStore::setFailure(Operation operation, Kind kind, KeychainError::Cause cause)
{
    if (kind == Kind::None)
        m_failures.remove(operation);
    else
        m_failures.insert(operation, KeychainError(kind, operation, cause));
}

void MemoryTokenStore::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        release();
}

void MemoryTokenStore::release()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[job, token] : held) {
        // A held job its caller deleted in the meantime is skipped.
        if (job)
            QMetaObject::invokeMethod(
                job, [this, job = job.data(), token = token] { answer(job, token); },
                Qt::QueuedConnection);
    }
}

TokenJob *MemoryTokenStore::start(TokenJob *job, const QString &token)
{
    ++m_operationCount;
    if (m_paused) {
        m_held.append({ job, token });
        return job;
    }
    QMetaObject::invokeMethod(
        job, [this, job, token] { answer(job, token); }, Qt::QueuedConnection);
    return job;
}

void MemoryTokenStore::answer(TokenJob *job, const QString &token)
{
    const Operation operation = job->operation();
    if (m_failures.contains(operation)) {
        finishJob(job, m_failures.value(operation));
        return;
    }
    switch (operation) {
    case Operation::Read:
        if (!m_tokens.contains(job->key()))
            finishJob(job, KeychainError(Kind::NotFound, operation));
        else
            finishJob(job, {}, m_tokens.value(job->key()));
        return;
    case Operation::Write:
        m_tokens.insert(job->key(), token);
        finishJob(job);
        return;
    case Operation::Remove:
        m_tokens.remove(job->key());
        finishJob(job);
        return;
    }
}
