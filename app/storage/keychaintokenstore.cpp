#include "storage/keychaintokenstore.h"

#include "core/logging.h"
#include "storage/secretserviceprobe.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>
#include <QTimer>

using Availability = SecretServiceProbe::Availability;
using EntryState = SecretServiceProbe::EntryState;
using Kind = KeychainError::Kind;
using Cause = KeychainError::Cause;
using Operation = KeychainError::Operation;

namespace {

// What QtKeychain reported, with what the Secret Service says around it (Unknown where we did not
// or could not ask), becomes one KeychainError.
KeychainError classify(Operation operation, QKeychain::Error code, const QString &detail,
                       Availability availability, EntryState entry)
{
    const bool locked = entry == EntryState::Locked || entry == EntryState::AbsentCollectionLocked;
    switch (code) {
    case QKeychain::NoError:
        // libsecret "removes" nothing from a locked collection and reports success.
        if (operation == Operation::Remove && entry == EntryState::Locked)
            return { Kind::Locked, operation, Cause::KeyringLocked };
        if (operation == Operation::Remove && entry == EntryState::Unlocked)
            return { Kind::Other, operation, Cause::Unspecified,
                     QStringLiteral("the entry is still there after removing it") };
        return {};
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return {};
        // libsecret answers "not found" for an entry it could not unlock.
        if (locked)
            return { Kind::Locked, operation, Cause::KeyringLocked };
        if (operation == Operation::Write)
            return { Kind::WriteFailed, operation, Cause::Unspecified, detail };
        if (entry == EntryState::Unlocked)
            return { Kind::Other, operation, Cause::Unspecified,
                     QStringLiteral("an entry exists but could not be read") };
        return { Kind::NotFound, operation };
    case QKeychain::AccessDeniedByUser:
        return { Kind::Locked, operation, Cause::DeniedByUser, detail };
    case QKeychain::AccessDenied:
        // libsecret's "is locked"; other backends' refusals.
        return { Kind::Locked, operation,
                 locked || SecretServiceProbe::isSupported() ? Cause::KeyringLocked
                                                             : Cause::Unspecified,
                 detail };
    case QKeychain::NoBackendAvailable:
        return { Kind::NoBackend, operation,
                 availability == Availability::NoSessionBus ? Cause::NoSessionBus
                                                            : Cause::NoSecretService,
                 detail };
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing bus or service as a plain error ("Could not connect", "The name
    // org.freedesktop.secrets was not provided by any .service files").
    if (availability == Availability::NoSessionBus)
        return { Kind::NoBackend, operation, Cause::NoSessionBus, detail };
    if (availability == Availability::NoSecretService)
        return { Kind::NoBackend, operation, Cause::NoSecretService, detail };
    if (locked)
        return { Kind::Locked, operation, Cause::KeyringLocked, detail };
    if (operation == Operation::Write)
        return { Kind::WriteFailed, operation, Cause::Unspecified, detail };
    return { Kind::Other, operation, Cause::Unspecified, detail };
}

const char *verb(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

} // namespace

QString KeychainTokenStore::serviceName()
{
    return QStringLiteral("Liftoff");
}

KeychainTokenStore::KeychainTokenStore(QObject *parent) : TokenStore(parent)
{ }

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

TokenJob *KeychainTokenStore::read(const QString &key)
{
    return start(Operation::Read, key, {});
}

TokenJob *KeychainTokenStore::write(const QString &key, const QString &token)
{
    return start(Operation::Write, key, token);
}

TokenJob *KeychainTokenStore::remove(const QString &key)
{
    return start(Operation::Remove, key, {});
}

TokenJob *KeychainTokenStore::start(Operation operation, const QString &key, const QString &token)
{
    TokenJob *job = createJob(operation, key);
    if (key.isEmpty() || (operation == Operation::Write && token.isEmpty())) {
        qCWarning(lcKeychain) << "Refusing a keychain" << verb(operation)
                              << "with an empty key or token";
        finishJobLater(
            job,
            { Kind::Other, operation, Cause::Unspecified, QStringLiteral("empty key or token") });
        return job;
    }

    // From the event loop, so that the caller connects to finished() before anything happens.
    QMetaObject::invokeMethod(
        job,
        [this, job, token] {
            // Every Secret Service backend needs the session bus. Without one, libsecret would
            // only say "Could not connect"; ask before it tries.
            if (SecretServiceProbe::isSupported() && !SecretServiceProbe::hasSessionBus()) {
                const KeychainError error(Kind::NoBackend, job->operation(), Cause::NoSessionBus);
                qCWarning(lcKeychain).noquote()
                    << "Keychain" << job->key() << "failed:" << error.toLogString();
                finishJob(job, error);
                return;
            }
            armTimeout(job);
            startKeychainJob(job, token);
        },
        Qt::QueuedConnection);
    return job;
}

void KeychainTokenStore::armTimeout(TokenJob *job)
{
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job] {
        const KeychainError error(Kind::Timeout, job->operation());
        qCWarning(lcKeychain).noquote()
            << "Keychain" << job->key() << "did not answer:" << error.toLogString();
        finishJob(job, error);
    });
    timer->start(m_timeout);
}

void KeychainTokenStore::startKeychainJob(TokenJob *job, const QString &token)
{
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(token);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // No parent, auto-delete: the job lives until its backend has called back, whatever happens
    // to the store or the TokenJob. A secret never goes to a plaintext file.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->key());
    connect(keychainJob, &QKeychain::Job::finished, job,
            [this, job](QKeychain::Job *finished) { keychainJobFinished(job, finished); });
    qCDebug(lcKeychain).noquote() << "Keychain" << verb(job->operation()) << job->key();
    keychainJob->start();
}

void KeychainTokenStore::keychainJobFinished(TokenJob *job, QKeychain::Job *keychainJob)
{
    if (job->isFinished())
        return; // timed out before
    const Operation operation = job->operation();
    const QKeychain::Error code = keychainJob->error();
    const QString detail = code == QKeychain::NoError ? QString() : keychainJob->errorString();
    QString token;
    if (code == QKeychain::NoError && operation == Operation::Read)
        token = static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData();
    // keychainJob is deleted once this returns: keep nothing of it.

    auto done = [job](const KeychainError &error, const QString &token) {
        if (error.isError()) {
            if (error.kind() == Kind::NotFound)
                qCInfo(lcKeychain).noquote() << "Keychain has no entry" << job->key();
            else
                qCWarning(lcKeychain).noquote()
                    << "Keychain" << job->key() << "failed:" << error.toLogString();
        } else {
            qCDebug(lcKeychain).noquote()
                << "Keychain" << verb(job->operation()) << job->key() << "done";
        }
        finishJob(job, error, token);
    };

    const bool needsDiagnosis = code != QKeychain::NoError || operation == Operation::Remove;
    if (!needsDiagnosis || !SecretServiceProbe::isSupported()) {
        done(classify(operation, code, detail, Availability::Unknown, EntryState::Unknown), token);
        return;
    }

    // Ask the Secret Service what QtKeychain's answer hides: is it there at all, and is the entry
    // (or the collection it would go to) locked?
    SecretServiceProbe::checkService(job, [job, operation, code, detail, done](Availability a) {
        if (a == Availability::NoSessionBus || a == Availability::NoSecretService) {
            done(classify(operation, code, detail, a, EntryState::Unknown), {});
            return;
        }
        SecretServiceProbe::checkEntry(serviceName(), job->key(), job,
                                       [operation, code, detail, a, done](EntryState e) {
                                           done(classify(operation, code, detail, a, e), {});
                                       });
    });
}
