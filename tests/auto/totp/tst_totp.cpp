#include "totp.h"

#include <QTest>

// RFC 6238 TOTP as the dev server checks it and as tests compute it.
class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Sha1_data();
    void rfc6238Sha1();
    void rfc4226Hotp_data();
    void rfc4226Hotp();
    void base32_data();
    void base32();
    void invalidBase32();
    void verifyWindow();
    void codeForSecret();
};

namespace {
// The RFC's SHA-1 seed: the ASCII string "12345678901234567890".
const QByteArray rfcSeed = QByteArrayLiteral("12345678901234567890");
} // namespace

void TestTotp::rfc6238Sha1_data()
{
    // RFC 6238 Appendix B, the SHA-1 column (8 digits, 30 s steps).
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238Sha1()
{
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code(rfcSeed, time, 8), expected);
    // The 6-digit code apps show is the same value modulo 10^6.
    QCOMPARE(Totp::code(rfcSeed, time), expected.right(6));
}

void TestTotp::rfc4226Hotp_data()
{
    // RFC 4226 Appendix D.
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");
    const char *values[] = { "755224", "287082", "359152", "969429", "338314",
                             "254676", "287922", "162583", "399871", "520489" };
    for (quint64 i = 0; i < 10; ++i)
        QTest::addRow("%llu", i) << i << QString::fromLatin1(values[i]);
}

void TestTotp::rfc4226Hotp()
{
    QFETCH(quint64, counter);
    QFETCH(QString, expected);
    QCOMPARE(Totp::hotp(rfcSeed, counter), expected);
}

void TestTotp::base32_data()
{
    // RFC 4648 §10 (without padding) plus the RFC 6238 seed.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("seed") << rfcSeed << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestTotp::base32()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, encoded);
    QCOMPARE(Totp::encodeBase32(data), encoded);
    bool ok = false;
    QCOMPARE(Totp::decodeBase32(encoded, &ok), data);
    QVERIFY(ok);
    // Lower case, groups and padding as people copy secrets.
    QCOMPARE(Totp::decodeBase32(encoded.toLower(), &ok), data);
    QVERIFY(ok);
}

void TestTotp::invalidBase32()
{
    bool ok = true;
    QVERIFY(Totp::decodeBase32(u"ABC1", &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(Totp::codeForSecret(QStringLiteral("not base32!")).isEmpty());
    QVERIFY(!Totp::verify(QStringLiteral("not base32!"), QStringLiteral("123456")));
    QCOMPARE(Totp::decodeBase32(u"mzxw 6ytb-oi==", &ok), QByteArrayLiteral("foobar"));
    QVERIFY(ok);
}

void TestTotp::verifyWindow()
{
    const QString secret = Totp::encodeBase32(rfcSeed);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1111111111).toUTC();
    const QString now = Totp::codeForSecret(secret, at);
    const QString previous = Totp::codeForSecret(secret, at.addSecs(-30));
    const QString next = Totp::codeForSecret(secret, at.addSecs(30));
    const QString old = Totp::codeForSecret(secret, at.addSecs(-90));
    QCOMPARE(now, QStringLiteral("050471"));
    QVERIFY(Totp::verify(secret, now, at));
    QVERIFY(Totp::verify(secret, previous, at));
    QVERIFY(Totp::verify(secret, next, at));
    QVERIFY(!Totp::verify(secret, old, at));
    QVERIFY(!Totp::verify(secret, previous, at, 0));
    QVERIFY(Totp::verify(secret, QStringLiteral(" 050471 "), at));
    QVERIFY(!Totp::verify(secret, QStringLiteral("05047"), at));
}

void TestTotp::codeForSecret()
{
    // The demo account bob's secret, as an authenticator app would compute it now.
    const QString code = Totp::codeForSecret(QStringLiteral("JBSWY3DPEHPK3PXP"));
    QCOMPARE(code.size(), 6);
    QVERIFY(Totp::verify(QStringLiteral("JBSWY3DPEHPK3PXP"), code));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
