#include "storage/accountstore.h"

#include "core/logging.h"
#include "core/settings.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

const QString accountsGroup = QStringLiteral("Accounts");

// One group per account under "Accounts". QSettings splits keys at '/', which every origin has,
// so the group name is the key percent-encoded.
QString groupFor(const QString &key)
{
    return accountsGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

QString toText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Latest use first; never used last; ties by key, so the order is stable.
bool usedBefore(const SavedAccount &a, const SavedAccount &b)
{
    if (a.lastUsed.isValid() != b.lastUsed.isValid())
        return a.lastUsed.isValid();
    if (a.lastUsed != b.lastUsed)
        return a.lastUsed > b.lastUsed;
    return a.key() < b.key();
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent), m_ownSettings(Settings::open()), m_settings(m_ownSettings.get())
{ }

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    Q_ASSERT(settings);
}

AccountStore::~AccountStore() = default;

QList<SavedAccount> AccountStore::accounts() const
{
    QList<SavedAccount> result;
    m_settings->beginGroup(accountsGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        if (auto account = load(accountsGroup + QLatin1Char('/') + group))
            result.append(*account);
    }
    std::sort(result.begin(), result.end(), usedBefore);
    return result;
}

std::optional<SavedAccount> AccountStore::account(const QString &key) const
{
    return load(groupFor(key));
}

bool AccountStore::contains(const QString &key) const
{
    return account(key).has_value();
}

std::optional<SavedAccount> AccountStore::lastUsedAccount() const
{
    const QList<SavedAccount> all = accounts();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool AccountStore::save(const SavedAccount &account)
{
    if (!account.isValid()) {
        qCWarning(lcKeychain) << "Not saving an account without server or user id";
        return false;
    }
    m_settings->beginGroup(groupFor(account.key()));
    m_settings->setValue(QStringLiteral("server"),
                         account.server.origin().toString(QUrl::FullyEncoded));
    m_settings->setValue(QStringLiteral("userId"), account.userId);
    m_settings->setValue(QStringLiteral("username"), account.username);
    m_settings->setValue(QStringLiteral("displayName"), account.displayName);
    m_settings->setValue(QStringLiteral("tokenExpires"), toText(account.tokenExpires));
    m_settings->setValue(QStringLiteral("lastUsed"), toText(account.lastUsed));
    m_settings->setValue(QStringLiteral("kind"), SavedAccount::kindName(account.kind));
    m_settings->endGroup();
    const bool ok = sync();
    Q_EMIT accountsChanged();
    return ok;
}

bool AccountStore::markUsed(const QString &key, const QDateTime &when)
{
    if (!contains(key))
        return false;
    m_settings->setValue(groupFor(key) + QStringLiteral("/lastUsed"), toText(when));
    const bool ok = sync();
    Q_EMIT accountsChanged();
    return ok;
}

bool AccountStore::remove(const QString &key)
{
    const QString group = groupFor(key);
    m_settings->beginGroup(accountsGroup);
    const bool known = m_settings->childGroups().contains(group.mid(accountsGroup.size() + 1));
    m_settings->endGroup();
    if (!known)
        return false;
    m_settings->remove(group);
    const bool ok = sync();
    Q_EMIT accountsChanged();
    return ok;
}

QString AccountStore::fileName() const
{
    return m_settings->fileName();
}

std::optional<SavedAccount> AccountStore::load(const QString &group) const
{
    m_settings->beginGroup(group);
    const QString origin = m_settings->value(QStringLiteral("server")).toString();
    SavedAccount account;
    account.userId = m_settings->value(QStringLiteral("userId")).toString();
    account.username = m_settings->value(QStringLiteral("username")).toString();
    account.displayName = m_settings->value(QStringLiteral("displayName")).toString();
    account.tokenExpires = fromText(m_settings->value(QStringLiteral("tokenExpires")).toString());
    account.lastUsed = fromText(m_settings->value(QStringLiteral("lastUsed")).toString());
    account.kind = SavedAccount::kindFromName(m_settings->value(QStringLiteral("kind")).toString());
    const bool exists = !m_settings->childKeys().isEmpty();
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;

    // Saved origins passed the checks when they were saved, plain http included.
    account.server = ServerAddress::parse(origin, /*allowInsecure*/ true);
    if (!account.isValid()) {
        // Left in the file as it is: a damaged entry is not a reason to lose it.
        qCWarning(lcKeychain) << "Skipping an unreadable saved account in"
                              << m_settings->fileName();
        return std::nullopt;
    }
    return account;
}

bool AccountStore::sync()
{
    Settings::prepareToWrite(*m_settings);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcKeychain) << "Could not write the account list to" << m_settings->fileName()
                              << m_settings->status();
        return false;
    }
    return true;
}
