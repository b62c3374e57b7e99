#include "auth/sessionkeeper.h"

#include "core/logging.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "storage/tokenstore.h"

SessionKeeper::SessionKeeper(QObject *parent) : QObject(parent)
{ }

SessionKeeper::~SessionKeeper() = default;

void SessionKeeper::setStores(TokenStore *tokens, AccountStore *accounts)
{
    m_tokens = tokens;
    m_accounts = accounts;
}

void SessionKeeper::writeToken(const QString &key, const QString &token, bool fresh)
{
    TokenJob *job = m_tokens->write(key, token);
    m_writeJob = job;
    connect(job, &TokenJob::finished, this, [this, job, fresh] { onTokenWritten(job, fresh); });
}

void SessionKeeper::abandonWrite()
{
    m_writeJob.clear();
}

void SessionKeeper::onTokenWritten(TokenJob *job, bool fresh)
{
    if (job != m_writeJob) {
        // Abandoned meanwhile. Unless this account is being written again by now, the owner
        // decides whether the token stays.
        if (fresh && job->succeeded() && !(m_writeJob && m_writeJob->key() == job->key()))
            Q_EMIT abandonedTokenWritten(job->key());
        return;
    }
    m_writeJob.clear();
    if (job->error().isError()) {
        // Signed in all the same, for this run; storageProblem() says what it means.
        qCWarning(lcKeychain) << "the session could not be saved:" << job->error().toLogString();
        setStorageProblem(job->error());
    } else {
        setStorageProblem({});
    }
    Q_EMIT tokenWritten(!job->error().isError());
}

void SessionKeeper::saveAccount(const SavedAccount &signedIn)
{
    SavedAccount account = signedIn;
    account.lastUsed = {};
    if (!m_accounts->save(account) || !m_accounts->markUsed(account.key()))
        qCWarning(lcAuth) << "could not save the account data in" << m_accounts->fileName();
}

TokenJob *SessionKeeper::forget(const QString &key)
{
    if (!keepsSessions() || key.isEmpty())
        return nullptr;
    if (m_accounts->contains(key) && !m_accounts->remove(key))
        qCWarning(lcAuth) << "could not remove the account data from" << m_accounts->fileName();
    TokenJob *job = m_tokens->remove(key);
    connect(job, &TokenJob::finished, this, [this, job] {
        if (job->error().isError()) {
            qCWarning(lcKeychain) << "could not remove the stored session:"
                                  << job->error().toLogString();
            setStorageProblem(job->error());
        }
    });
    return job;
}

void SessionKeeper::removeToken(const QString &key)
{
    if (m_tokens)
        m_tokens->remove(key);
}

void SessionKeeper::setStorageProblem(const KeychainError &problem)
{
    if (problem == m_storageProblem)
        return;
    m_storageProblem = problem;
    Q_EMIT storageProblemChanged();
}
