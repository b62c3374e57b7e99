#include "../shared/memorytokenstore.h"
#include "core/version.h"
#include "ddp/redaction.h"
#include "storage/accountstore.h"
#include "storage/tokenstore.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    static SavedAccount alice()
    {
        SavedAccount account;
        account.server = ServerAddress::parse(QStringLiteral("https://chat.example.com/team"));
        account.userId = QStringLiteral("aLiCe1234567890XY");
        account.username = QStringLiteral("alice");
        account.displayName = QStringLiteral("Alice Liddell");
        account.tokenExpires = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
        return account;
    }

    static SavedAccount bob()
    {
        SavedAccount account;
        account.server = ServerAddress::parse(QStringLiteral("http://127.0.0.1:3000"));
        account.userId = QStringLiteral("b0b");
        account.username = QStringLiteral("bob");
        account.displayName = QStringLiteral("Bob ✓ Ünïcode");
        return account;
    }

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("liftoff.conf")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    QByteArray fileContents() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyAtFirst();
    void keyIsUserIdAtOrigin_data();
    void keyIsUserIdAtOrigin();
    void roundTripThroughTheFile();
    void saveReplacesTheSameAccount();
    void otherServerIsAnotherAccount();
    void invalidAccountIsRefused_data();
    void invalidAccountIsRefused();
    void timesAreUtcIsoInTheFile();
    void markUsedAndLastUsedAccount();
    void removeForgetsOnlyThatAccount();
    void damagedEntryIsSkippedButKept();
    void changesAreSignalled();
    void noSecretInTheFile();
    void defaultLocation();
    void settingsFileIsOwnerOnly();
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::cleanup()
{
    m_dir.reset();
}

void TestAccountStore::emptyAtFirst()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!store.lastUsedAccount());
    QVERIFY(!store.account(alice().key()));
    QVERIFY(!store.contains(alice().key()));
    QVERIFY(!store.remove(alice().key()));
    QVERIFY(!store.markUsed(alice().key()));
    QCOMPARE(store.fileName(), settingsPath());
}

void TestAccountStore::keyIsUserIdAtOrigin_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("key");

    QTest::newRow("plain") << "abc"
                           << "chat.example.com"
                           << "abc@https://chat.example.com";
    QTest::newRow("prefix and port") << "abc"
                                     << "https://Chat.Example.com:8443/team/"
                                     << "abc@https://chat.example.com:8443/team";
    QTest::newRow("loopback http") << "u1"
                                   << "http://localhost:3000"
                                   << "u1@http://localhost:3000";
    QTest::newRow("idn host") << "u2"
                              << "https://bücher.example"
                              << "u2@https://xn--bcher-kva.example";
}

void TestAccountStore::keyIsUserIdAtOrigin()
{
    QFETCH(QString, userId);
    QFETCH(QString, server);
    QFETCH(QString, key);

    SavedAccount account;
    account.userId = userId;
    account.server = ServerAddress::parse(server);
    QVERIFY(account.server.isValid());
    QCOMPARE(account.key(), key);
    QCOMPARE(TokenStore::entryKey(userId, account.server), key);

    // And the key survives the file.
    auto settings = openSettings();
    QVERIFY(AccountStore(settings.get()).save(account));
    auto reopened = openSettings();
    const auto loaded = AccountStore(reopened.get()).account(key);
    QVERIFY(loaded);
    QCOMPARE(loaded->key(), key);
    QCOMPARE(loaded->server, account.server);
}

void TestAccountStore::roundTripThroughTheFile()
{
    SavedAccount a = alice();
    a.lastUsed = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    const SavedAccount b = bob();
    {
        auto settings = openSettings();
        AccountStore store(settings.get());
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
    }
    auto settings = openSettings();
    AccountStore store(settings.get());
    const QList<SavedAccount> accounts = store.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0), a); // used, so first
    QCOMPARE(accounts.at(1), b);
    QCOMPARE(*store.account(b.key()), b);
    QVERIFY(store.contains(a.key()));
    QCOMPARE(accounts.at(0).tokenExpires.timeSpec(), Qt::UTC);
    QVERIFY(!accounts.at(1).tokenExpires.isValid());
    QVERIFY(!accounts.at(1).lastUsed.isValid());
}

void TestAccountStore::saveReplacesTheSameAccount()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    QVERIFY(store.save(alice()));
    SavedAccount renamed = alice();
    renamed.displayName = QStringLiteral("Alice L.");
    renamed.username = QStringLiteral("alice2");
    renamed.tokenExpires = renamed.tokenExpires.addDays(90);
    QVERIFY(store.save(renamed));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(*store.account(alice().key()), renamed);
}

void TestAccountStore::otherServerIsAnotherAccount()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    SavedAccount elsewhere = alice();
    elsewhere.server = ServerAddress::parse(QStringLiteral("https://chat.example.com/other"));
    QVERIFY(store.save(alice()));
    QVERIFY(store.save(elsewhere));
    QCOMPARE(store.accounts().size(), 2);
    QVERIFY(alice().key() != elsewhere.key());
}

void TestAccountStore::invalidAccountIsRefused_data()
{
    QTest::addColumn<SavedAccount>("account");
    SavedAccount noUser = alice();
    noUser.userId.clear();
    SavedAccount noServer = alice();
    noServer.server = ServerAddress();
    SavedAccount badServer = alice();
    badServer.server = ServerAddress::parse(QStringLiteral("ftp://chat.example.com"));
    QTest::newRow("no user id") << noUser;
    QTest::newRow("no server") << noServer;
    QTest::newRow("invalid server") << badServer;
}

void TestAccountStore::invalidAccountIsRefused()
{
    QFETCH(SavedAccount, account);
    auto settings = openSettings();
    AccountStore store(settings.get());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    QTest::ignoreMessage(QtWarningMsg, "Not saving an account without server or user id");
    QVERIFY(!store.save(account));
    QVERIFY(store.accounts().isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(settings->allKeys().isEmpty());
}

void TestAccountStore::timesAreUtcIsoInTheFile()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    SavedAccount a = alice();
    // Given in another time zone: stored as the same instant, in UTC.
    a.tokenExpires = QDateTime(QDate(2030, 1, 2), QTime(5, 4, 5, 678), QTimeZone(2 * 3600));
    QVERIFY(store.save(a));
    QVERIFY(store.markUsed(a.key(),
                           QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc())));
    const QByteArray contents = fileContents();
    QVERIFY2(contents.contains("tokenExpires=2030-01-02T03:04:05.678Z"), contents.constData());
    QVERIFY2(contents.contains("lastUsed=2024-02-29T23:59:59.000Z"), contents.constData());
    const auto loaded = store.account(a.key());
    QCOMPARE(loaded->tokenExpires, a.tokenExpires);
    QCOMPARE(loaded->tokenExpires.timeSpec(), Qt::UTC);
}

void TestAccountStore::markUsedAndLastUsedAccount()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    QVERIFY(store.save(alice()));
    QVERIFY(store.save(bob()));
    // Nobody used yet: still an answer, the same every time.
    QVERIFY(store.lastUsedAccount());
    const QString firstGuess = store.lastUsedAccount()->key();
    QCOMPARE(store.lastUsedAccount()->key(), firstGuess);

    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(store.markUsed(bob().key(), t0));
    QCOMPARE(store.lastUsedAccount()->key(), bob().key());
    QCOMPARE(store.lastUsedAccount()->lastUsed, t0);
    QVERIFY(store.markUsed(alice().key(), t0.addSecs(1)));
    QCOMPARE(store.lastUsedAccount()->key(), alice().key());
    QCOMPARE(store.accounts().at(1).key(), bob().key());

    // markUsed() without a time: now.
    QVERIFY(store.markUsed(bob().key()));
    QCOMPARE(store.lastUsedAccount()->key(), bob().key());
    QVERIFY(qAbs(store.lastUsedAccount()->lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Survives the file.
    auto reopened = openSettings();
    QCOMPARE(AccountStore(reopened.get()).lastUsedAccount()->key(), bob().key());
}

void TestAccountStore::removeForgetsOnlyThatAccount()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    QVERIFY(store.save(alice()));
    QVERIFY(store.save(bob()));
    QVERIFY(store.remove(alice().key()));
    QVERIFY(!store.remove(alice().key()));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().at(0), bob());
    auto reopened = openSettings();
    QCOMPARE(AccountStore(reopened.get()).accounts().size(), 1);
    QVERIFY(!fileContents().contains("aLiCe"));
}

void TestAccountStore::damagedEntryIsSkippedButKept()
{
    {
        auto settings = openSettings();
        settings->setValue(QStringLiteral("Accounts/broken/server"), QStringLiteral("ftp://x"));
        settings->setValue(QStringLiteral("Accounts/broken/userId"), QStringLiteral("u"));
    }
    auto settings = openSettings();
    AccountStore store(settings.get());
    const QRegularExpression skipped(QStringLiteral("unreadable saved account"));
    QTest::ignoreMessage(QtWarningMsg, skipped);
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(store.save(alice()));
    QTest::ignoreMessage(QtWarningMsg, skipped);
    QCOMPARE(store.accounts().size(), 1);
    auto reopened = openSettings();
    QCOMPARE(reopened->value(QStringLiteral("Accounts/broken/server")).toString(),
             QStringLiteral("ftp://x"));
}

void TestAccountStore::changesAreSignalled()
{
    auto settings = openSettings();
    AccountStore store(settings.get());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    QVERIFY(store.save(alice()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.markUsed(alice().key()));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!store.markUsed(bob().key()));
    QCOMPARE(changed.count(), 2);
    QVERIFY(store.remove(alice().key()));
    QCOMPARE(changed.count(), 3);
}

// What a sign-in produces goes to two places: the token to the token store, the rest here. The
// settings file must not hold the token nor any key that looks like a secret.
void TestAccountStore::noSecretInTheFile()
{
    const QString token = QStringLiteral("Tk_9f8e7d6c5b4a39281706f5e4d3c2b1a0_secret");
    MemoryTokenStore tokens;
    auto settings = openSettings();
    AccountStore store(settings.get());

    SavedAccount account = alice();
    account.lastUsed = QDateTime::currentDateTimeUtc();
    QVERIFY(store.save(account));
    QSignalSpy written(tokens.write(account.key(), token), &TokenJob::finished);
    QVERIFY(written.wait());
    QVERIFY(store.markUsed(account.key()));
    QCOMPARE(tokens.token(account.key()), token);

    settings->sync();
    const QByteArray contents = fileContents();
    QVERIFY(!contents.isEmpty());
    QVERIFY(!contents.contains(token.toUtf8()));
    QVERIFY(!contents.contains(token.toUtf8().toBase64()));
    const QStringList keys = settings->allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        const QString name = key.section(QLatin1Char('/'), -1);
        QVERIFY2(!Redaction::isSecretKey(name), qPrintable(key));
        QVERIFY2(!name.contains(QLatin1String("token"), Qt::CaseInsensitive)
                     || name == QLatin1String("tokenExpires"),
                 qPrintable(key));
    }
}

void TestAccountStore::defaultLocation()
{
    // Not written to: only where it would go.
    AccountStore store;
    const QString expected
        = QSettings(QStringLiteral(LIFTOFF_APP_ID), QStringLiteral("liftoff")).fileName();
    QCOMPARE(store.fileName(), expected);
#ifdef Q_OS_LINUX
    QVERIFY2(store.fileName().endsWith(QLatin1String("/chat.liftoff.Liftoff/liftoff.conf")),
             qPrintable(store.fileName()));
#endif
    // The application's default QSettings (recent servers) is the same file once main() has set
    // the names.
    QCoreApplication::setOrganizationName(QStringLiteral(LIFTOFF_APP_ID));
    QCoreApplication::setApplicationName(QStringLiteral("liftoff"));
    QCOMPARE(QSettings().fileName(), store.fileName());
}

// The settings file names the servers and accounts someone uses: nobody else may read it, also
// where the umask would make new files world-readable, and also when an older Liftoff made it so.
void TestAccountStore::settingsFileIsOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("file permissions are Unix");
#else
    const mode_t previousMask = ::umask(022);
    const auto restoreMask = qScopeGuard([previousMask] { ::umask(previousMask); });
    const QString fileName
        = QSettings(QStringLiteral(LIFTOFF_APP_ID), QStringLiteral("liftoff")).fileName();
    const QString folder = QFileInfo(fileName).absolutePath();
    const bool folderExisted = QFileInfo::exists(folder);
    QFile::remove(fileName);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto modeOf = [](const QString &path) {
        struct stat status
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &status) == 0
            ? int(status.st_mode & 07777)
            : -1;
    };
    {
        AccountStore store; // the application's settings file
        QCOMPARE(store.fileName(), fileName);
        QVERIFY(store.save(alice()));
        QVERIFY(store.contains(alice().key()));
    }
    QVERIFY(QFile::exists(fileName));
    QCOMPARE(modeOf(fileName), 0600);
    QCOMPARE(QFile::permissions(fileName) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    if (!folderExisted)
        QCOMPARE(modeOf(folder), 0700);

    // A file left world-readable is tightened before anything is written to it again.
    QVERIFY(QFile::setPermissions(fileName, ownerOnly | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(fileName), 0644);
    {
        AccountStore store;
        QVERIFY(store.contains(alice().key()));
        QCOMPARE(modeOf(fileName), 0600);
        QVERIFY(store.markUsed(alice().key()));
    }
    QCOMPARE(modeOf(fileName), 0600);
    QFile::remove(fileName);
#endif
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
