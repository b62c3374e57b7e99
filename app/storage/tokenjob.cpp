#include "storage/tokenjob.h"

#include "storage/tokenstore.h"

TokenJob::TokenJob(Operation operation, const QString &key, TokenStore *store)
    : QObject(store), m_operation(operation), m_key(key)
{ }

TokenJob::~TokenJob() = default;

void TokenJob::finish(const KeychainError &error, const QString &token)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isError() && m_operation == Operation::Read)
        m_token = token;
    Q_EMIT finished(this);
    deleteLater();
}
