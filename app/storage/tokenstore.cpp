#include "storage/tokenstore.h"

#include "core/serveraddress.h"

#include <QMetaObject>

TokenStore::TokenStore(QObject *parent) : QObject(parent)
{ }

TokenStore::~TokenStore() = default;

QString TokenStore::entryKey(const QString &userId, const ServerAddress &server)
{
    return userId + QLatin1Char('@') + server.origin().toString(QUrl::FullyEncoded);
}

TokenJob *TokenStore::createJob(TokenJob::Operation operation, const QString &key)
{
    return new TokenJob(operation, key, this);
}

void TokenStore::finishJob(TokenJob *job, const KeychainError &error, const QString &token)
{
    job->finish(error, token);
}

void TokenStore::finishJobLater(TokenJob *job, const KeychainError &error, const QString &token)
{
    // The job is the context: if it is deleted first, nothing is called.
    QMetaObject::invokeMethod(
        job, [job, error, token] { job->finish(error, token); }, Qt::QueuedConnection);
}
