#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why the token store could not read, save or remove a session token, as one typed value. This is
// the one place where keychain faults become a kind and a translated message that says what
// happened, what it means for the person and what to do. Callers never parse backend strings.
//
// No kind ever justifies deleting account data: a failed read leaves the account list alone.
// isTransient() only says whether the same operation may succeed later without signing in again.
class KeychainError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(KeychainError)
public:
    enum class Kind {
        None,
        NotFound, // the keychain has no entry under this key (and is not locked)
        NoBackend, // no keychain to talk to: no session bus, no Secret Service (see cause())
        Locked, // the keyring is locked, or access to it was refused
        WriteFailed, // the keychain is there and unlocked but did not store the token
        Timeout, // no answer in time, often an unlock prompt nobody answered
        Other, // anything else; detail() has the backend's words
    };
    Q_ENUM(Kind)

    // Finer grain where it changes what the person should do.
    enum class Cause {
        Unspecified,
        NoSessionBus, // NoBackend: no D-Bus session bus (ssh, minimal sessions, containers)
        NoSecretService, // NoBackend: a bus, but nothing provides org.freedesktop.secrets
        KeyringLocked, // Locked: the collection holding (or meant to hold) the entry is locked
        DeniedByUser, // Locked: the person refused access in a keychain prompt
    };
    Q_ENUM(Cause)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    KeychainError() = default;
    KeychainError(Kind kind, Operation operation, Cause cause = Cause::Unspecified,
                  const QString &detail = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    Cause cause() const { return m_cause; }
    Operation operation() const { return m_operation; }
    // What the backend said (untranslated, never a secret), for logs and for Kind::Other.
    QString detail() const { return m_detail; }

    // True when the entry may well still be there and trying later (after unlocking, starting the
    // keyring, …) may work. False for None and NotFound. Either way: keep the account data.
    bool isTransient() const;

    // A translated message for a person: what happened, what it means for this operation (a
    // failed write: signed in for this run only) and what to do. Empty for None.
    QString message() const;
    // For logs: operation, kind, cause and detail.
    QString toLogString() const;

    friend bool operator==(const KeychainError &a, const KeychainError &b)
    {
        return a.m_kind == b.m_kind && a.m_cause == b.m_cause && a.m_operation == b.m_operation
            && a.m_detail == b.m_detail;
    }
    friend bool operator!=(const KeychainError &a, const KeychainError &b) { return !(a == b); }

private:
    QString whatHappened() const;
    QString whatItMeans() const;

    Kind m_kind = Kind::None;
    Cause m_cause = Cause::Unspecified;
    Operation m_operation = Operation::Read;
    QString m_detail;
};

Q_DECLARE_METATYPE(KeychainError)
