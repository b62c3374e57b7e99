#include "rocketchat/loginrequest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

// LoginRequest: the `login` parameter objects, byte for byte as Meteor's clients build them.

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestLoginRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digest_data();
    void digest();
    void selector_data();
    void selector();
    void passwordRequest();
    void ldapRequest();
    void twoFactorWrapper_data();
    void twoFactorWrapper();
    void wipe();
};

void TestLoginRequest::digest_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("digest");
    QTest::newRow("ascii")
        << QStringLiteral("wonderland")
        << QString::fromLatin1(
               QCryptographicHash::hash("wonderland", QCryptographicHash::Sha256).toHex());
    // The digest is of the UTF-8 bytes: "pässwörd" is 10 bytes, not 8.
    QTest::newRow("utf-8") << QStringLiteral("p\u00e4ssw\u00f6rd")
                           << QString::fromLatin1(
                                  QCryptographicHash::hash("p\xc3\xa4ssw\xc3\xb6rd",
                                                           QCryptographicHash::Sha256)
                                      .toHex());
    QTest::newRow("empty")
        << QString()
        << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

void TestLoginRequest::digest()
{
    QFETCH(QString, password);
    QFETCH(QString, digest);
    const QString computed = LoginRequest::passwordDigest(password);
    QCOMPARE(computed, digest);
    QCOMPARE(computed.size(), 64);
    QCOMPARE(computed, computed.toLower());
}

void TestLoginRequest::selector_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user name") << QStringLiteral("alice")
                               << QStringLiteral("{\"username\":\"alice\"}");
    QTest::newRow("e-mail") << QStringLiteral("alice@example.com")
                            << QStringLiteral("{\"email\":\"alice@example.com\"}");
    QTest::newRow("white space") << QStringLiteral("  alice\t")
                                 << QStringLiteral("{\"username\":\"alice\"}");
    QTest::newRow("just an @") << QStringLiteral("@") << QStringLiteral("{\"email\":\"@\"}");
}

void TestLoginRequest::selector()
{
    QFETCH(QString, identifier);
    QFETCH(QString, expected);
    QCOMPARE(compact(LoginRequest::userSelector(identifier)), expected);
}

void TestLoginRequest::passwordRequest()
{
    const QString digest = LoginRequest::passwordDigest(QStringLiteral("wonderland"));
    QCOMPARE(compact(LoginRequest::password(QStringLiteral("alice"), digest)),
             QStringLiteral("{\"password\":{\"algorithm\":\"sha-256\",\"digest\":\"%1\"},"
                            "\"user\":{\"username\":\"alice\"}}")
                 .arg(digest));
    QCOMPARE(compact(LoginRequest::password(QStringLiteral("a@example.com"), digest)),
             QStringLiteral("{\"password\":{\"algorithm\":\"sha-256\",\"digest\":\"%1\"},"
                            "\"user\":{\"email\":\"a@example.com\"}}")
                 .arg(digest));
}

void TestLoginRequest::ldapRequest()
{
    QCOMPARE(compact(LoginRequest::ldap(QStringLiteral(" erin "), QStringLiteral("directory"))),
             QStringLiteral("{\"ldap\":true,\"ldapOptions\":{},\"ldapPass\":\"directory\","
                            "\"username\":\"erin\"}"));
}

void TestLoginRequest::twoFactorWrapper_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sent");
    QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
    QTest::newRow("grouped") << QStringLiteral("123 456") << QStringLiteral("123456");
    QTest::newRow("e-mail dashes kept") << QStringLiteral("123-456") << QStringLiteral("123-456");
}

void TestLoginRequest::twoFactorWrapper()
{
    QFETCH(QString, code);
    QFETCH(QString, sent);
    const QJsonObject login = LoginRequest::password(
        QStringLiteral("bob"), LoginRequest::passwordDigest(QStringLiteral("builder")));
    const QJsonObject wrapped = LoginRequest::withTwoFactorCode(login, code);
    QCOMPARE(wrapped.keys(), QStringList { QStringLiteral("totp") });
    const QJsonObject totp = wrapped.value(u"totp").toObject();
    QCOMPARE(totp.keys(), (QStringList { QStringLiteral("code"), QStringLiteral("login") }));
    QCOMPARE(totp.value(u"login").toObject(), login);
    QCOMPARE(totp.value(u"code").toString(), sent);
}

void TestLoginRequest::wipe()
{
    // A string of its own has its characters overwritten, in the buffer it keeps.
    QString own = QStringLiteral("secret").toUpper();
    QVERIFY(own.isDetached());
    const QChar *characters = own.constData();
    LoginRequest::wipe(own);
    QVERIFY(own.isEmpty());
    QCOMPARE(own.constData(), characters);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(characters[i], QChar(0));

    // A string sharing its characters cannot be overwritten without changing the other copy:
    // that copy stays as it was.
    const QString other = QStringLiteral("shared").toUpper();
    QString shared = other;
    LoginRequest::wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(other, QStringLiteral("SHARED"));

    // Literals live in read-only memory: left alone, not written to.
    QString literal = QStringLiteral("literal");
    LoginRequest::wipe(literal);
    QVERIFY(literal.isEmpty());

    QByteArray bytes = QByteArrayLiteral("secret").toUpper();
    const char *raw = bytes.constData();
    LoginRequest::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytes.constData(), raw);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(raw[i], '\0');
    QString empty;
    LoginRequest::wipe(empty);
    QVERIFY(empty.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoginRequest)
#include "tst_loginrequest.moc"
