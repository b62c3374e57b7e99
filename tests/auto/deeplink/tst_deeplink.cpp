#include "rocketchat/deeplink.h"

#include <QTest>

class TestDeepLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DeepLink::Kind>("kind");
        QTest::addColumn<QString>("server");

        using K = DeepLink::Kind;
        const QString t = QStringLiteral("abcDEF012_-abcDEF012_-abcDEF012_-abcDEF012");
        QTest::newRow("oauth, RC's host with a trailing slash")
            << QStringLiteral("rocketchat://auth?host=https://chat.example.com/&type=oauth"
                              "&credentialToken=%1&credentialSecret=s3cr3t")
                   .arg(t)
            << K::OAuth << QStringLiteral("https://chat.example.com");
        QTest::newRow("oauth refused, no credentials")
            << QStringLiteral(
                   "rocketchat://auth?host=chat.example.com&type=oauth&error=access_denied")
            << K::OAuth << QStringLiteral("https://chat.example.com");
        QTest::newRow("saml, encoded host") << QStringLiteral(
            "rocketchat://auth?type=saml&host=https%3A%2F%2Fchat.example.com%2Fteam"
            "&credentialToken=id-abc") << K::Saml
                                            << QStringLiteral("https://chat.example.com/team");
        QTest::newRow("token link")
            << QStringLiteral("rocketchat://auth?host=chat.example.com&token=tok_1&userId=U1")
            << K::Token << QStringLiteral("https://chat.example.com");
        QTest::newRow("go.rocket.chat") << QStringLiteral(
            "https://go.rocket.chat/auth?host=chat.example.com&token=tok&userId=U1")
                                        << K::Token << QStringLiteral("https://chat.example.com");
        QTest::newRow("remote http becomes https")
            << QStringLiteral("rocketchat://auth?host=http://chat.example.com&token=tok&userId=U1")
            << K::Token << QStringLiteral("https://chat.example.com");
        QTest::newRow("loopback keeps http")
            << QStringLiteral("rocketchat://auth?host=http://127.0.0.1:3000/&token=tok&userId=U1")
            << K::Token << QStringLiteral("http://127.0.0.1:3000");
        QTest::newRow("bare localhost is http")
            << QStringLiteral("rocketchat://auth?host=localhost:3000&token=tok&userId=U1")
            << K::Token << QStringLiteral("http://localhost:3000");
        QTest::newRow("scheme in capitals")
            << QStringLiteral("ROCKETCHAT://auth?host=chat.example.com&token=tok&userId=U1")
            << K::Token << QStringLiteral("https://chat.example.com");

        const auto bad = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << K::Invalid << QString();
        };
        bad("empty", QString());
        bad("room link", QStringLiteral("rocketchat://room?host=chat.example.com&path=x"));
        bad("no host", QStringLiteral("rocketchat://auth?token=a&userId=b"));
        bad("ftp host", QStringLiteral("rocketchat://auth?host=ftp://x&token=a&userId=b"));
        bad("token without user", QStringLiteral("rocketchat://auth?host=x.org&token=a"));
        bad("unknown type",
            QStringLiteral("rocketchat://auth?host=x.org&type=cas&credentialToken=a"));
        bad("oauth without secret",
            QStringLiteral("rocketchat://auth?host=x.org&type=oauth&credentialToken=a"));
        bad("secret with bad characters",
            QStringLiteral("rocketchat://auth?host=x.org&type=oauth&credentialToken=a"
                           "&credentialSecret=a%20b"));
        bad("token twice", QStringLiteral("rocketchat://auth?host=x.org&token=a&token=b&userId=c"));
        bad("mixed kinds",
            QStringLiteral("rocketchat://auth?host=x.org&type=saml"
                           "&credentialToken=a&token=b"));
        bad("other web host",
            QStringLiteral("https://evil.example/auth?host=x.org&token=a&userId=b"));
        bad("fragment", QStringLiteral("rocketchat://auth?host=x.org&token=a&userId=b#x"));
        bad("host with credentials",
            QStringLiteral("rocketchat://auth?host=https://u:p@x.org&token=a&userId=b"));
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(DeepLink::Kind, kind);
        QFETCH(QString, server);
        const DeepLink link = DeepLink::parse(text);
        QCOMPARE(link.kind(), kind);
        if (kind == DeepLink::Kind::Invalid) {
            QVERIFY(!link.problem().isEmpty());
            QVERIFY(link.toUrlString().isEmpty());
            return;
        }
        QVERIFY(link.problem().isEmpty());
        QCOMPARE(link.server().origin().toString(), server);
        // The canonical form reads back as the same link.
        QCOMPARE(DeepLink::parse(link.toUrlString()), link);
    }

    // A fuzzer finding: a noncharacter (U+FFFF) in a value came back as U+FFFD from the link's
    // canonical form, so the two were different links. It is read as U+FFFD from the start.
    void noncharactersRoundTrip()
    {
        // As typed (a program handing over text), and percent-encoded (as a browser does).
        const DeepLink link = DeepLink::parse(
            QStringLiteral("rocketchat://auth?host=x.org&type=oauth&error=a\uFFFFb\uFDD0"));
        QCOMPARE(link.kind(), DeepLink::Kind::OAuth);
        QCOMPARE(link.providerError(), QStringLiteral("a\uFFFDb\uFFFD"));
        const DeepLink again = DeepLink::parse(link.toUrlString());
        QCOMPARE(again, link);
        QCOMPARE(again.toUrlString(), link.toUrlString());
        const DeepLink encoded = DeepLink::parse(
            QStringLiteral("rocketchat://auth?host=x.org&type=oauth&error=a%EF%BF%BFb"));
        QCOMPARE(encoded.kind(), DeepLink::Kind::OAuth);
        QCOMPARE(DeepLink::parse(encoded.toUrlString()), encoded);
    }

    void fieldsAndRedaction()
    {
        const DeepLink oauth
            = DeepLink::parse(QStringLiteral("rocketchat://auth?host=https://c.example/&type=oauth"
                                             "&credentialToken=ctok&credentialSecret=csecret"));
        QCOMPARE(oauth.credentialToken(), QStringLiteral("ctok"));
        QCOMPARE(oauth.credentialSecret(), QStringLiteral("csecret"));
        const QString description = oauth.redactedDescription();
        QVERIFY(!description.contains(QStringLiteral("ctok")));
        QVERIFY(!description.contains(QStringLiteral("csecret")));
        QVERIFY(description.contains(QStringLiteral("c.example")));

        const DeepLink token = DeepLink::parse(
            QStringLiteral("rocketchat://auth?host=c.example&token=sessiontoken&userId=uid"));
        QCOMPARE(token.token(), QStringLiteral("sessiontoken"));
        QCOMPARE(token.userId(), QStringLiteral("uid"));
        QVERIFY(!token.redactedDescription().contains(QStringLiteral("sessiontoken")));

        const DeepLink denied = DeepLink::parse(QStringLiteral(
            "rocketchat://auth?host=c.example&type=oauth&error=Error%3A%20no%20way"));
        QCOMPARE(denied.providerError(), QStringLiteral("Error: no way"));
        QVERIFY(denied.credentialToken().isEmpty());
    }

    void looksLikeLink()
    {
        QVERIFY(DeepLink::looksLikeLink(QStringLiteral("rocketchat://auth?x")));
        QVERIFY(DeepLink::looksLikeLink(QStringLiteral("rocketchat://room?x")));
        QVERIFY(DeepLink::looksLikeLink(QStringLiteral("https://go.rocket.chat/auth?x")));
        QVERIFY(!DeepLink::looksLikeLink(QStringLiteral("login")));
        QVERIFY(!DeepLink::looksLikeLink(QStringLiteral("https://chat.example.com")));
    }
};

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
