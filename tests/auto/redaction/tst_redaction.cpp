#include "ddp/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT

private:
    static QString text(const char *utf8) { return QString::fromUtf8(utf8); }
    static QStringList texts(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *item : list)
            result << text(item);
        return result;
    }

private Q_SLOTS:
    void redactFrame_data();
    void redactFrame();
    void framesWithoutSecretsAreUnchanged_data();
    void framesWithoutSecretsAreUnchanged();
    void nonJsonIsSummarised_data();
    void nonJsonIsSummarised();
    void keepsStructure();
    void hugeFrameIsTruncated();
    void hugeSecretIsHidden();
    void hostileNestingIsBounded();
    void truncationKeepsCharactersWhole();
    void truncationCanBeTurnedOff();
    void redactUrl_data();
    void redactUrl();
    void isSecretKey_data();
    void isSecretKey();
};

void TestRedaction::redactFrame_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QStringList>("secrets"); // must not appear in the output
    QTest::addColumn<QStringList>("kept"); // must still appear

    QTest::newRow("password digest") << text(
        R"({"msg":"method","id":"1","method":"login","params":[{"user":{"username":"alice"},)"
        R"("password":{"digest":"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",)"
        R"("algorithm":"sha-256"}}]})")
                                     << texts({ "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a"
                                                "11ef721d1542d8" })
                                     << texts({ "alice", "sha-256", "\"login\"", "<redacted>" });
    QTest::newRow("plain-string password")
        << text(R"({"msg":"method","id":"2","method":"login","params":[{"user":{"email":)"
                R"("alice@example.com"},"password":"hunter2hunter2"}]})")
        << texts({ "hunter2hunter2" })
        << texts({ "alice@example.com", "\"password\":\"<redacted>\"" });
    QTest::newRow("unicode password") << text(R"({"password":"pässwörd✓Geheim"})")
                                      << texts({ "pässwörd", "Geheim" }) << texts({ "<redacted>" });
    QTest::newRow("resume") << text(
        R"({"msg":"method","id":"3","method":"login","params":[{"resume":)"
        R"("Xv9lq3kPz0aB7cD1eF2gH3iJ4kL5mN6oP7qR8sT9uVw"}]})")
                            << texts({ "Xv9lq3kPz0aB7cD1eF2gH3iJ4kL5mN6oP7qR8sT9uVw" })
                            << texts({ "\"resume\":\"<redacted>\"" });
    QTest::newRow("login result") << text(
        R"({"msg":"result","id":"1","result":{"id":"u1","token":"T0kenSecretValue",)"
        R"("tokenExpires":{"$date":1755000000000},"type":"password"}})")
                                  << texts({ "T0kenSecretValue" })
                                  << texts({ "tokenExpires", "1755000000000", "\"u1\"",
                                             "\"type\":\"password\"" });
    QTest::newRow("totp wrapper") << text(
        R"({"msg":"method","id":"4","method":"login","params":[{"totp":{"login":{"user":)"
        R"({"username":"alice"},"password":{"digest":"abcdef0123456789","algorithm":"sha-256"}},)"
        R"("code":"123456"}}]})") << texts({ "abcdef0123456789", "123456" })
                                  << texts({ "\"totp\":{", "\"login\":{", "alice", "sha-256",
                                             "\"code\":\"<redacted>\"" });
    QTest::newRow("numeric code") << text(
        R"({"totp":{"login":{"resume":"resumeSecret1"},"code":654321}})")
                                  << texts({ "654321", "resumeSecret1" })
                                  << texts({ "\"code\":\"<redacted>\"" });
    QTest::newRow("oauth") << text(
        R"({"msg":"method","id":"5","method":"login","params":[{"oauth":{"credentialToken":)"
        R"("ctSecretA","credentialSecret":"csSecretB"},"totp":{"code":"111222"}}]})")
                           << texts({ "ctSecretA", "csSecretB", "111222" })
                           << texts({ "oauth", "credentialToken" });
    QTest::newRow("oauth null secret keeps null")
        << text(R"({"oauth":{"credentialToken":"ctSecretC","credentialSecret":null}})")
        << texts({ "ctSecretC" }) << texts({ "\"credentialSecret\":null" });
    QTest::newRow("saml") << text(R"({"saml":true,"credentialToken":"samlSecret"})")
                          << texts({ "samlSecret" }) << texts({ "\"saml\":true" });
    QTest::newRow("ldap") << text(
        R"({"ldap":true,"username":"bob","ldapPass":"ldapSecret","ldapOptions":{}})")
                          << texts({ "ldapSecret" }) << texts({ "bob", "ldapOptions" });
    QTest::newRow("crowd") << text(
        R"({"crowd":true,"username":"bob","crowdPassword":"crowdSecret"})")
                           << texts({ "crowdSecret" }) << texts({ "bob" });
    QTest::newRow("native access token")
        << text(R"({"serviceName":"google","accessToken":"ya29.accessSecret","idToken":)"
                R"("eyJidSecret","expiresIn":3600})")
        << texts({ "accessSecret", "eyJidSecret" }) << texts({ "google", "3600" });
    QTest::newRow("hashed tokens in a user document")
        << text(R"({"msg":"added","collection":"users","id":"u1","fields":{"username":"alice",)"
                R"("services":{"resume":{"loginTokens":[{"when":{"$date":1},"hashedToken":)"
                R"("hashSecret="}]},"password":{"bcrypt":"$2b$10$bcryptSecret"}}}})")
        << texts({ "hashSecret", "bcryptSecret" }) << texts({ "alice", "users" });
    QTest::newRow("rest login") << text(R"({"status":"success","data":{"userId":"u1",)"
                                        R"("authToken":"authSecret"}})")
                                << texts({ "authSecret" }) << texts({ "u1" });
    QTest::newRow("header names") << text(
        R"({"headers":{"X-Auth-Token":"headerSecret","X-User-Id":"u1"}})")
                                  << texts({ "headerSecret" }) << texts({ "X-User-Id", "u1" });
    QTest::newRow("case-insensitive keys")
        << text(R"({"Password":"upperSecret","TOKEN":"upperSecret2"})") << texts({ "upperSecret" })
        << texts({ "Password", "TOKEN" });
    QTest::newRow("top-level array")
        << text(R"([{"password":"arraySecret1"},[{"token":"arraySecret2"}],"plain"])")
        << texts({ "arraySecret1", "arraySecret2" }) << texts({ "plain" });
    QTest::newRow("deeply nested")
        << text(R"({"a":[{"b":{"c":[[{"d":{"secret":"deepSecret"}}]]}}]})")
        << texts({ "deepSecret" }) << texts({ "\"d\":{" });
    QTest::newRow("secret holding an object")
        << text(R"({"token":{"value":"objSecret","list":["objSecret2",42]}})")
        << texts({ "objSecret", "42" }) << texts({ "\"value\":\"<redacted>\"" });
    QTest::newRow("deep link in a parameter") << text(
        R"({"msg":"method","id":"6","method":"openLink","params":)"
        R"(["rocketchat://auth?host=https://chat.example.com&token=deepLinkSecret&userId=u1"]})")
                                              << texts({ "deepLinkSecret" })
                                              << texts({ "host=https://chat.example.com",
                                                         "userId=u1", "token=<redacted>" });
    QTest::newRow("resume token in a url")
        << text(R"({"url":"https://chat.example.com/home?resumeToken=rtSecret&userId=u1"})")
        << texts({ "rtSecret" }) << texts({ "/home?resumeToken=<redacted>&userId=u1" });
    QTest::newRow("oauth deep link")
        << text(R"({"link":"rocketchat://auth?host=x&type=oauth&credentialToken=ctSecretD)"
                R"(&credentialSecret=csSecretE"})")
        << texts({ "ctSecretD", "csSecretE" }) << texts({ "type=oauth" });
    QTest::newRow("url inside a url")
        << text(R"({"link":"https://go.rocket.chat/auth?host=https%3A%2F%2Fx%2Fhome%3FresumeToken)"
                R"(%3DencodedSecret%26userId%3Du1"})")
        << texts({ "encodedSecret" }) << texts({ "userId%3Du1" });
    QTest::newRow("oauth end page fragment")
        << text(R"({"url":"https://x/_oauth/google#{\"credentialToken\":\"fragToken\",)"
                R"(\"credentialSecret\":\"fragSecret\"}"})")
        << texts({ "fragToken", "fragSecret" }) << texts({ "_oauth/google#" });
    QTest::newRow("oauth end page fragment, encoded")
        << text(R"({"url":"https://x/_oauth/google#%7B%22credentialToken%22%3A%22encToken%22%2C)"
                R"(%22credentialSecret%22%3A%22encSecret%22%7D"})")
        << texts({ "encToken", "encSecret" }) << texts({ "_oauth/google#" });
    QTest::newRow("oauth callback code and state")
        << text(R"({"url":"https://x/_oauth/github?code=authCodeSecret&state=eyJstateSecret"})")
        << texts({ "authCodeSecret", "eyJstateSecret" }) << texts({ "_oauth/github?" });
    QTest::newRow("otpauth url") << text(
        R"({"msg":"result","id":"7","result":{"secret":"JBSWY3DPEHPK3PXP","url":)"
        R"("otpauth://totp/RC:alice?secret=JBSWY3DPEHPK3PXP&issuer=RC"}})")
                                 << texts({ "JBSWY3DPEHPK3PXP" })
                                 << texts({ "otpauth://totp/RC:alice?", "issuer=RC" });
    QTest::newRow("method frame in a string (DDP over REST)")
        << text(R"({"message":"{\"msg\":\"method\",\"method\":\"login\",\"params\":[{\"resume\":)"
                R"(\"restSecret\"}],\"id\":\"9\"}"})")
        << texts({ "restSecret" }) << texts({ "message", "login" });
    QTest::newRow("cut-off JSON in a string")
        << text(R"({"note":"{\"user\":\"bob\",\"password\":\"cutSecret"})")
        << texts({ "cutSecret" }) << texts({ "bob" });
    QTest::newRow("escaped JSON in a string")
        << text(R"({"note":"x {\\\"password\\\":\\\"escSecret\\\"} y"})") << texts({ "escSecret" })
        << texts({ "note" });
    QTest::newRow("bare value in text") << text(R"({"note":"sent \"code\": 918273 to the server"})")
                                        << texts({ "918273" }) << texts({ "to the server" });
    QTest::newRow("positional secrets")
        << text(R"({"msg":"method","id":"8","method":"resetPassword","params":)"
                R"(["resetTokenSecret","newPasswordSecret"]})")
        << texts({ "resetTokenSecret", "newPasswordSecret" }) << texts({ "resetPassword" });
    QTest::newRow("2fa code parameter")
        << text(R"({"msg":"method","id":"9","method":"2fa:disable","params":["918274"]})")
        << texts({ "918274" }) << texts({ "2fa:disable" });
    QTest::newRow("registration form")
        << text(R"({"msg":"method","id":"10","method":"registerUser","params":[{"name":"Bob",)"
                R"("email":"bob@example.com","pass":"registerSecret"}]})")
        << texts({ "registerSecret" }) << texts({ "bob@example.com" });
}

void TestRedaction::redactFrame()
{
    QFETCH(QString, frame);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);

    QVERIFY2(QJsonDocument::fromJson(frame.toUtf8()).isObject()
                 || QJsonDocument::fromJson(frame.toUtf8()).isArray(),
             "test frame is not JSON");
    const QString redacted = Redaction::redactFrame(frame);
    for (const QString &secret : secrets)
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    for (const QString &part : kept)
        QVERIFY2(redacted.contains(part),
                 qPrintable(part + QLatin1String(" missing in ") + redacted));
    QVERIFY2(QJsonDocument::fromJson(redacted.toUtf8()).isObject()
                 || QJsonDocument::fromJson(redacted.toUtf8()).isArray(),
             qPrintable(redacted));

    // Redacting twice changes nothing more.
    QCOMPARE(Redaction::redactFrame(redacted), redacted);
}

void TestRedaction::framesWithoutSecretsAreUnchanged_data()
{
    QTest::addColumn<QString>("frame");

    QTest::newRow("ping") << text(R"({"msg":"ping"})");
    QTest::newRow("connect") << text(
        R"({"msg":"connect","support":["1","pre2","pre1"],"version":"1"})");
    QTest::newRow("connected") << text(R"({"msg":"connected","session":"Xy7abc"})");
    QTest::newRow("totp-required error")
        << text(R"({"error":{"details":{"availableMethods":["totp","email"],"codeGenerated":false,)"
                R"("method":"totp"},"error":"totp-required","errorType":"Meteor.Error",)"
                R"("isClientSafe":true,"message":"TOTP Required [totp-required]",)"
                R"("reason":"TOTP Required"},"id":"1","msg":"result"})");
    QTest::newRow("logout") << text(R"({"id":"2","method":"logout","msg":"method","params":[]})");
    QTest::newRow("plain url") << text(R"({"url":"https://chat.example.com/home?userId=u1"})");
}

void TestRedaction::framesWithoutSecretsAreUnchanged()
{
    QFETCH(QString, frame);
    QCOMPARE(Redaction::redactFrame(frame), frame);
}

void TestRedaction::nonJsonIsSummarised_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("secret");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text") << text("password=nonJsonSecret") << text("nonJsonSecret");
    QTest::newRow("broken JSON") << text(R"({"password":"brokenSecret")") << text("brokenSecret");
    QTest::newRow("trailing garbage")
        << text(R"({"password":"garbageSecret"} trailing)") << text("garbageSecret");
    QTest::newRow("JSON scalar") << text(R"("scalarSecret")") << text("scalarSecret");
    QTest::newRow("SockJS framing")
        << text(R"(a["{\"msg\":\"method\",\"params\":[{\"resume\":\"sockjsSecret\"}]}"])")
        << text("sockjsSecret");
    QTest::newRow("unicode") << text("ünïcødé✓ secret") << text("secret");
}

void TestRedaction::nonJsonIsSummarised()
{
    QFETCH(QString, frame);
    QFETCH(QString, secret);

    const QString redacted = Redaction::redactFrame(frame);
    QCOMPARE(redacted, QStringLiteral("<non-JSON frame, %1 bytes>").arg(frame.toUtf8().size()));
    if (!secret.isEmpty())
        QVERIFY(!redacted.contains(secret));
}

void TestRedaction::keepsStructure()
{
    const QJsonObject frame
        = QJsonDocument::fromJson(
              R"({"msg":"method","method":"login","params":[{"totp":{"login":{"user":{"username":"alice"},)"
              R"("password":{"digest":"d1g3st","algorithm":"sha-256"}},"code":"123456"}}]})")
              .object();
    const QJsonObject redacted = Redaction::redact(frame).toObject();

    const QJsonObject totp = redacted[QLatin1String("params")][0][QLatin1String("totp")].toObject();
    QCOMPARE(totp[QLatin1String("code")].toString(), Redaction::placeholder());
    const QJsonObject login = totp[QLatin1String("login")].toObject();
    QCOMPARE(login[QLatin1String("user")][QLatin1String("username")].toString(),
             QStringLiteral("alice"));
    const QJsonObject password = login[QLatin1String("password")].toObject();
    QCOMPARE(password[QLatin1String("digest")].toString(), Redaction::placeholder());
    QCOMPARE(password[QLatin1String("algorithm")].toString(), QStringLiteral("sha-256"));
    QCOMPARE(redacted[QLatin1String("method")].toString(), QStringLiteral("login"));

    // Scalars and plain strings pass through.
    QCOMPARE(Redaction::redact(QJsonValue(42)), QJsonValue(42));
    QCOMPARE(Redaction::redact(QJsonValue(QStringLiteral("hello"))),
             QJsonValue(QStringLiteral("hello")));
    QCOMPARE(Redaction::redact(QJsonValue()), QJsonValue());
}

void TestRedaction::hugeFrameIsTruncated()
{
    QJsonArray rooms;
    for (int i = 0; i < 20000; ++i)
        rooms.append(
            QJsonObject { { QStringLiteral("_id"), QStringLiteral("room%1").arg(i) },
                          { QStringLiteral("name"), QStringLiteral("general%1").arg(i) } });
    const QJsonObject frame {
        { QStringLiteral("msg"), QStringLiteral("result") },
        { QStringLiteral("id"), QStringLiteral("1") },
        { QStringLiteral("result"),
          QJsonObject { { QStringLiteral("rooms"), rooms },
                        { QStringLiteral("token"), QStringLiteral("hugeFrameSecret") } } },
    };
    const QString raw = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    QVERIFY(raw.size() > 500000);

    const QString redacted = Redaction::redactFrame(raw);
    QVERIFY(!redacted.contains(QLatin1String("hugeFrameSecret")));
    QVERIFY2(redacted.size() <= Redaction::defaultMaxLength + 80, qPrintable(redacted.right(100)));
    QVERIFY(redacted.startsWith(QLatin1String(R"({"id":"1","msg":"result","result":{"rooms":[)")));
    QVERIFY(redacted.endsWith(QStringLiteral("characters shown>")));
    QVERIFY(
        redacted.contains(QStringLiteral("<truncated, %1 of").arg(Redaction::defaultMaxLength)));

    // A shorter limit on request.
    const QString shorter = Redaction::redactFrame(raw, 100);
    QVERIFY(shorter.startsWith(redacted.left(100)));
    QVERIFY(shorter.size() < 200);
}

// JSON arrays `levels` deep whose innermost value is `inner` as a JSON string.
static QByteArray nestedArrays(int levels, const QByteArray &inner)
{
    QByteArray escaped = inner;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"");
    return QByteArray(levels, '[') + '"' + escaped + '"' + QByteArray(levels, ']');
}

// A hostile frame: JSON in strings in JSON, each 1000 levels deep, twelve times over. Walking it
// level by level would take 12,000 nested calls (a stack overflow in an -O2 or ASan build).
// Past a fixed depth it is summarised, and a secret below that depth never shows.
void TestRedaction::hostileNestingIsBounded()
{
    QByteArray frame = QByteArrayLiteral(R"({"token":"DeepSecretValue1"})");
    for (int level = 0; level < 12; ++level)
        frame = nestedArrays(1000, frame);
    frame = QByteArrayLiteral(R"({"msg":"result","id":"1","result":)") + frame + '}';
    QVERIFY(frame.size() > 24000);
    const QString out = Redaction::redactFrame(QString::fromUtf8(frame), 0);
    QVERIFY2(out.contains(QStringLiteral("<nested too deeply")), qPrintable(out.left(200)));
    QVERIFY(!out.contains(QStringLiteral("DeepSecretValue1")));
    QVERIFY(out.size() < 200);
    QVERIFY(out.startsWith(QStringLiteral(R"({"id":"1","msg":"result","result":)")));

    // Shallow JSON inside a string is still walked.
    const QString shallow = Redaction::redactFrame(
        QString::fromUtf8(R"({"msg":"result","result":"{\"token\":\"ShallowSecret\"}"})"));
    QVERIFY(!shallow.contains(QStringLiteral("ShallowSecret")));
    QVERIFY(shallow.contains(QStringLiteral("<redacted>")));
}

void TestRedaction::hugeSecretIsHidden()
{
    // The secret is longer than the limit: cutting must not be what hides it, redaction must.
    const QString secret = QStringLiteral("S3cr3t-").repeated(100000);
    const QString frame
        = QStringLiteral(R"({"msg":"method","method":"login","params":[{"password":"%1"}]})")
              .arg(secret);
    const QString redacted = Redaction::redactFrame(frame, 0);
    QVERIFY(!redacted.contains(QLatin1String("S3cr3t-")));
    QCOMPARE(redacted,
             QStringLiteral(
                 R"({"method":"login","msg":"method","params":[{"password":"<redacted>"}]})"));

    const QString notJson = secret + QLatin1Char('{');
    QVERIFY(!Redaction::redactFrame(notJson).contains(QLatin1String("S3cr3t-")));
}

void TestRedaction::truncationKeepsCharactersWhole()
{
    // Every emoji is a surrogate pair; try a cut after every possible position.
    const QString frame = QStringLiteral(R"({"t":"%1"})").arg(QString::fromUtf8("😀").repeated(40));
    for (int limit = 1; limit < 60; ++limit) {
        const QString redacted = Redaction::redactFrame(frame, limit);
        const int cut = int(redacted.indexOf(QStringLiteral("…<truncated")));
        QVERIFY(cut > 0 || limit == 1);
        QVERIFY(cut <= limit);
        if (cut > 0)
            QVERIFY2(!redacted.at(cut - 1).isHighSurrogate(), qPrintable(QString::number(limit)));
    }
}

void TestRedaction::truncationCanBeTurnedOff()
{
    const QString frame = QStringLiteral(R"({"t":"%1"})").arg(QString(5000, QLatin1Char('x')));
    QCOMPARE(Redaction::redactFrame(frame, 0), frame);
    QVERIFY(Redaction::redactFrame(frame).size() < frame.size());
}

void TestRedaction::redactUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("deep link")
        << text("rocketchat://auth?host=https://chat.example.com&token=abc123&userId=u1")
        << text("rocketchat://auth?host=https://chat.example.com&token=<redacted>&userId=u1");
    QTest::newRow("resume token")
        << text("https://chat.example.com/home?resumeToken=abc&userId=u1&loginClient=desktop")
        << text("https://chat.example.com/"
                "home?resumeToken=<redacted>&userId=u1&loginClient=desktop");
    QTest::newRow("oauth deep link")
        << text("rocketchat://auth?host=x&type=oauth&credentialToken=t1&credentialSecret=s1")
        << text("rocketchat://auth?host=x&type=oauth&credentialToken=<redacted>&credentialSecret=<"
                "redacted>");
    QTest::newRow("saml") << text("https://x/saml/tok?saml_idp_credentialToken=tok")
                          << text("https://x/saml/tok?saml_idp_credentialToken=<redacted>");
    QTest::newRow("code, state, fragment kept")
        << text("https://x/cb?code=c0de&state=st4te#section")
        << text("https://x/cb?code=<redacted>&state=<redacted>#section");
    QTest::newRow("similar names kept")
        << text("https://x/?tokenExpires=5&codeGenerated=1&mytoken=z")
        << text("https://x/?tokenExpires=5&codeGenerated=1&mytoken=<redacted>");
    QTest::newRow("case-insensitive")
        << text("https://x/?ResumeToken=abc") << text("https://x/?ResumeToken=<redacted>");
    QTest::newRow("encoded once")
        << text("https://go.rocket.chat/"
                "auth?host=https%3A%2F%2Fx%2Fhome%3FresumeToken%3Dabc%26userId%3Du1")
        << text(
               "https://go.rocket.chat/auth?host=https%3A%2F%2Fx%2Fhome%3FresumeToken%3D<redacted>%"
               "26userId%3Du1");
    QTest::newRow("encoded twice")
        << text("https://x/?next=https%253A%252F%252Fy%253Ftoken%253Dabc%2526a%253Db")
        << text("https://x/?next=https%253A%252F%252Fy%253Ftoken%253D<redacted>%2526a%253Db");
    QTest::newRow("fragment JSON")
        << text(R"(https://x/_oauth/google#{"credentialToken":"t","credentialSecret":"s"})")
        << text(
               R"(https://x/_oauth/google#{"credentialToken":"<redacted>","credentialSecret":"<redacted>"})");
    QTest::newRow("empty value") << text("https://x/?token=&a=1") << text("https://x/?token=&a=1");
    QTest::newRow("nothing to hide")
        << text("https://x/path?a=1#b") << text("https://x/path?a=1#b");
    QTest::newRow("plain text") << text("no url here") << text("no url here");
    // Single sign-on's credential tokens in paths, its relay state and response, a password in
    // the address, and headers written out.
    QTest::newRow("saml path token")
        << text("https://chat.example.com/_saml/authorize/keycloak/Cr3dT0kenXyz?a=1")
        << text("https://chat.example.com/_saml/authorize/keycloak/<redacted>?a=1");
    QTest::newRow("cas path token") << text("https://chat.example.com/_cas/Cr3dT0kenXyz")
                                    << text("https://chat.example.com/_cas/<redacted>");
    QTest::newRow("cas service, encoded")
        << text("https://cas.example.com/login?service=https%3A%2F%2Fchat.example.com%2F_cas%2F"
                "Cr3dT0kenXyz")
        << text("https://cas.example.com/login?service=https%3A%2F%2Fchat.example.com%2F_cas%2F"
                "<redacted>");
    QTest::newRow("relay state and response")
        << text(
               "https://idp.example.com/sso?SAMLRequest=abc&RelayState=Cr3dT0ken&SAMLResponse=PHNh")
        << text("https://idp.example.com/sso?SAMLRequest=abc&RelayState=<redacted>&SAMLResponse=<"
                "redacted>");
    QTest::newRow("user:password@host")
        << text("proxy https://alice:hunter2@chat.example.com/api")
        << text("proxy https://alice:<redacted>@chat.example.com/api");
    QTest::newRow("user:password@host, encoded")
        << text("next=https%3A%2F%2Falice%3Ahunter2%40chat.example.com")
        << text("next=https%3A%2F%2Falice%3A<redacted>%40chat.example.com");
    QTest::newRow("authorization header")
        << text("Authorization: Bearer eyJhbGciOi.x.y\nAccept: */*")
        << text("Authorization: <redacted>\nAccept: */*");
    QTest::newRow("x-auth-token header") << text("X-User-Id: u1\r\nX-Auth-Token: T0kenSecretValue")
                                         << text("X-User-Id: u1\r\nX-Auth-Token: <redacted>");
}

void TestRedaction::redactUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redactUrl(input), expected);
}

void TestRedaction::isSecretKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");

    for (const char *key :
         { "password", "digest", "token", "resume", "credentialSecret", "credentialToken", "code",
           "ldapPass", "authToken", "hashedToken", "secret", "resumeToken", "crowdPassword",
           "accessToken", "X-Auth-Token", "PASSWORD", "client_secret", "pass" })
        QTest::addRow("%s", key) << text(key) << true;
    for (const char *key :
         { "totp", "login", "user", "username", "algorithm", "tokenExpires", "codeGenerated", "id",
           "msg", "method", "params", "type", "userId", "loginTokens", "session" })
        QTest::addRow("%s", key) << text(key) << false;
}

void TestRedaction::isSecretKey()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(Redaction::isSecretKey(key), secret);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
