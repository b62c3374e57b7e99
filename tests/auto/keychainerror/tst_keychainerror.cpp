#include "storage/keychainerror.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using Kind = KeychainError::Kind;
using Cause = KeychainError::Cause;
using Operation = KeychainError::Operation;

class TestKeychainError : public QObject
{
    Q_OBJECT

private:
    template<typename Enum> static QList<Enum> allOf()
    {
        QList<Enum> values;
        const QMetaEnum meta = QMetaEnum::fromType<Enum>();
        for (int i = 0; i < meta.keyCount(); ++i)
            values.append(Enum(meta.value(i)));
        return values;
    }

private Q_SLOTS:
    void noneIsNoError();
    void transient_data();
    void transient();
    void everyErrorHasAMessage();
    void messagesTellKindsApart();
    void causesChangeTheAdvice_data();
    void causesChangeTheAdvice();
    void failedWriteSaysSignedInForThisRunOnly();
    void failedReadKeepsTheAccount();
    void detailIsQuotedWhereItHelps();
    void logString();
};

void TestKeychainError::noneIsNoError()
{
    const KeychainError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.kind(), Kind::None);
    QVERIFY(none.message().isEmpty());
    QVERIFY(!none.isTransient());
    QCOMPARE(none, KeychainError());
    QVERIFY(none != KeychainError(Kind::NotFound, Operation::Read));
}

void TestKeychainError::transient_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("NotFound") << Kind::NotFound << false;
    QTest::newRow("NoBackend") << Kind::NoBackend << true;
    QTest::newRow("Locked") << Kind::Locked << true;
    QTest::newRow("WriteFailed") << Kind::WriteFailed << true;
    QTest::newRow("Timeout") << Kind::Timeout << true;
    QTest::newRow("Other") << Kind::Other << true;
}

void TestKeychainError::transient()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    for (Operation operation : allOf<Operation>())
        QCOMPARE(KeychainError(kind, operation).isTransient(), transient);
}

void TestKeychainError::everyErrorHasAMessage()
{
    for (Kind kind : allOf<Kind>()) {
        if (kind == Kind::None)
            continue;
        for (Operation operation : allOf<Operation>()) {
            for (Cause cause : allOf<Cause>()) {
                const KeychainError error(kind, operation, cause);
                QVERIFY(error.isError());
                const QString message = error.message();
                QVERIFY2(message.size() > 40, qPrintable(error.toLogString()));
                QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
                QVERIFY2(!message.contains(QLatin1String("%1")), qPrintable(message));
            }
        }
    }
}

void TestKeychainError::messagesTellKindsApart()
{
    for (Operation operation : allOf<Operation>()) {
        QSet<QString> messages;
        int count = 0;
        for (Kind kind : allOf<Kind>()) {
            if (kind == Kind::None)
                continue;
            messages.insert(KeychainError(kind, operation).message());
            ++count;
        }
        QCOMPARE(messages.size(), count);
    }
}

void TestKeychainError::causesChangeTheAdvice_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no bus") << Kind::NoBackend << Cause::NoSessionBus << "session bus";
    QTest::newRow("no service") << Kind::NoBackend << Cause::NoSecretService << "Secret Service";
    QTest::newRow("locked") << Kind::Locked << Cause::KeyringLocked << "locked";
    QTest::newRow("refused") << Kind::Locked << Cause::DeniedByUser << "refused";
}

void TestKeychainError::causesChangeTheAdvice()
{
    QFETCH(Kind, kind);
    QFETCH(Cause, cause);
    QFETCH(QString, mentions);
    const KeychainError specific(kind, Operation::Read, cause);
    const KeychainError general(kind, Operation::Read);
    QVERIFY2(specific.message().contains(mentions), qPrintable(specific.message()));
    QVERIFY(specific.message() != general.message());
    QCOMPARE(specific.cause(), cause);
}

void TestKeychainError::failedWriteSaysSignedInForThisRunOnly()
{
    for (Kind kind : allOf<Kind>()) {
        if (kind == Kind::None || kind == Kind::NotFound)
            continue;
        const QString message = KeychainError(kind, Operation::Write).message();
        QVERIFY2(message.contains(QLatin1String("signed in for now")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("restart")), qPrintable(message));
    }
}

void TestKeychainError::failedReadKeepsTheAccount()
{
    for (Kind kind : allOf<Kind>()) {
        if (kind == Kind::None)
            continue;
        const QString message = KeychainError(kind, Operation::Read).message();
        QVERIFY2(message.contains(QLatin1String("account stays")), qPrintable(message));
    }
    QVERIFY(KeychainError(Kind::NotFound, Operation::Read)
                .message()
                .contains(QLatin1String("Sign in again")));
    QVERIFY(KeychainError(Kind::Locked, Operation::Remove)
                .message()
                .contains(QLatin1String("may still be in your keychain")));
}

void TestKeychainError::detailIsQuotedWhereItHelps()
{
    const QString detail = QStringLiteral("Cannot create an item in a locked collection");
    QVERIFY(KeychainError(Kind::Other, Operation::Read, Cause::Unspecified, detail)
                .message()
                .contains(detail));
    QVERIFY(KeychainError(Kind::WriteFailed, Operation::Write, Cause::Unspecified, detail)
                .message()
                .contains(detail));
    // Where the kind says it all, backend words stay in the log.
    const KeychainError locked(Kind::Locked, Operation::Write, Cause::KeyringLocked, detail);
    QVERIFY(!locked.message().contains(detail));
    QCOMPARE(locked.detail(), detail);
}

void TestKeychainError::logString()
{
    const KeychainError error(Kind::NoBackend, Operation::Write, Cause::NoSessionBus,
                              QStringLiteral("Could not connect"));
    QCOMPARE(error.toLogString(),
             QStringLiteral("Write NoBackend/NoSessionBus (Could not connect)"));
    QCOMPARE(KeychainError(Kind::NotFound, Operation::Read).toLogString(),
             QStringLiteral("Read NotFound"));
}

QTEST_GUILESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
