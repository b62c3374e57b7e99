#include "rocketchat/deeplink.h"
#include "sso/ssoattempt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSsoAttempt : public QObject
{
    Q_OBJECT
private:
    static DeepLink link(const QString &kind, const QString &host, const QString &token)
    {
        return DeepLink::parse(
            QStringLiteral("rocketchat://auth?host=%1&type=%2&credentialToken=%3%4")
                .arg(host, kind, token,
                     kind == u"oauth" ? QStringLiteral("&credentialSecret=x") : QString()));
    }

private Q_SLOTS:
    void credentialTokens()
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString token = SsoAttempt::newCredentialToken();
            QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 200);
    }

    void state()
    {
        const SsoAttempt attempt(SsoAttempt::Method::OAuth, QStringLiteral("github"),
                                 ServerAddress::parse(QStringLiteral("chat.example.com")));
        const QByteArray json = QByteArray::fromBase64(attempt.oauthState());
        QVERIFY(json.startsWith("{\"loginStyle\":\"redirect\",\"credentialToken\":"));
        const QJsonObject state = QJsonDocument::fromJson(json).object();
        QCOMPARE(state.value(QLatin1String("credentialToken")).toString(),
                 attempt.credentialToken());
        QCOMPARE(state.value(QLatin1String("isCordova")).toBool(true), false);
        QCOMPARE(state.value(QLatin1String("redirectUrl")).toString(),
                 QStringLiteral("rocketchat://auth"));
    }

    void match()
    {
        const ServerAddress server = ServerAddress::parse(QStringLiteral("chat.example.com"));
        const SsoAttempt attempt(SsoAttempt::Method::OAuth, QStringLiteral("github"), server);
        const QString token = attempt.credentialToken();
        const qint64 minute = 60000;
        QCOMPARE(attempt.match(link(QStringLiteral("oauth"),
                                    QStringLiteral("https://chat.example.com/"), token),
                               minute),
                 SsoAttempt::Match::Matches);
        QCOMPARE(attempt.match(link(QStringLiteral("oauth"), QStringLiteral("chat.example.com"),
                                    QStringLiteral("other")),
                               minute),
                 SsoAttempt::Match::UnknownToken);
        QCOMPARE(attempt.match(link(QStringLiteral("oauth"), QStringLiteral("evil.example"), token),
                               minute),
                 SsoAttempt::Match::OtherServer);
        QCOMPARE(
            attempt.match(link(QStringLiteral("saml"), QStringLiteral("chat.example.com"), token),
                          minute),
            SsoAttempt::Match::WrongKind);
        QCOMPARE(
            attempt.match(link(QStringLiteral("oauth"), QStringLiteral("chat.example.com"), token),
                          minute, QDateTime::currentDateTimeUtc().addSecs(120)),
            SsoAttempt::Match::Expired);
    }
};

QTEST_GUILESS_MAIN(TestSsoAttempt)
#include "tst_ssoattempt.moc"
