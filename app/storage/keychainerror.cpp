#include "storage/keychainerror.h"

#include <QMetaEnum>

KeychainError::KeychainError(Kind kind, Operation operation, Cause cause, const QString &detail)
    : m_kind(kind), m_cause(cause), m_operation(operation), m_detail(detail)
{ }

bool KeychainError::isTransient() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::NotFound:
        return false;
    case Kind::NoBackend:
    case Kind::Locked:
    case Kind::WriteFailed:
    case Kind::Timeout:
    case Kind::Other:
        return true;
    }
    return true;
}

QString KeychainError::message() const
{
    if (!isError())
        return {};
    QStringList parts { whatHappened(), whatItMeans() };
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

// First sentence (or two): what went wrong and what to do about it.
QString KeychainError::whatHappened() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("Your keychain holds no saved session for this account.");
    case Kind::NoBackend:
        switch (m_cause) {
        case Cause::NoSessionBus:
            return tr("Liftoff cannot reach a keychain: this session has no D-Bus session bus, as "
                      "happens over SSH and in minimal sessions. Start Liftoff from a desktop "
                      "session, or start a session bus with a keyring in it.");
        case Cause::NoSecretService:
            return tr("Liftoff cannot reach a keychain: no Secret Service is running. Install or "
                      "start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service "
                      "integration.");
        default:
            return tr("Liftoff cannot reach a keychain on this computer. Check that your keychain "
                      "is installed and running.");
        }
    case Kind::Locked:
        switch (m_cause) {
        case Cause::DeniedByUser:
            return tr("Access to your keychain was refused. Allow Liftoff when your keychain asks, "
                      "then try again.");
        case Cause::KeyringLocked:
            return tr("Your keyring is locked. Unlock it (for example in Passwords and Keys or in "
                      "KWallet Manager), then try again.");
        default:
            return tr("Your keychain refused Liftoff access. Check its access settings for "
                      "Liftoff, then try again.");
        }
    case Kind::WriteFailed:
        if (!m_detail.isEmpty())
            return tr("Your keychain did not save the session (%1). Check that your keychain "
                      "works, for example in Passwords and Keys.")
                .arg(m_detail);
        return tr("Your keychain did not save the session. Check that your keychain works, for "
                  "example in Passwords and Keys.");
    case Kind::Timeout:
        return tr("Your keychain did not answer in time; it may be waiting for you to unlock it. "
                  "Unlock it if it asks, then try again.");
    case Kind::Other:
        if (!m_detail.isEmpty())
            return tr("Your keychain reported an error (%1). Try again; if it keeps happening, "
                      "check that your keychain works.")
                .arg(m_detail);
        return tr("Your keychain reported an error. Try again; if it keeps happening, check that "
                  "your keychain works.");
    }
    return {};
}

// Last sentence: what the failure means for the person, by operation.
QString KeychainError::whatItMeans() const
{
    switch (m_operation) {
    case Operation::Read:
        if (m_kind == Kind::NotFound)
            return tr("Sign in again; your account stays in the list.");
        return tr("Your saved session could not be read, but your account stays in the list.");
    case Operation::Write:
        return tr("You are signed in for now, but this session will not survive a restart: you "
                  "will have to sign in again the next time you start Liftoff.");
    case Operation::Remove:
        return tr("The saved session may still be in your keychain, under \"Liftoff\".");
    }
    return {};
}

QString KeychainError::toLogString() const
{
    QString text
        = QString::fromLatin1(QMetaEnum::fromType<Operation>().valueToKey(int(m_operation)))
        + QLatin1Char(' ')
        + QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(m_kind)));
    if (m_cause != Cause::Unspecified)
        text += QLatin1Char('/')
            + QString::fromLatin1(QMetaEnum::fromType<Cause>().valueToKey(int(m_cause)));
    if (!m_detail.isEmpty())
        text += QStringLiteral(" (") + m_detail + QLatin1Char(')');
    return text;
}
