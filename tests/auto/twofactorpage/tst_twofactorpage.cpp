#include "ui/twofactorpage.h"

#include <QTest>

// The code field takes a code as authenticator apps and e-mails show it.
class TestTwoFactorPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
        QTest::newRow("grouped") << QStringLiteral("123 456") << QStringLiteral("123456");
        QTest::newRow("dashed") << QStringLiteral("123-456") << QStringLiteral("123456");
        QTest::newRow("pasted with spaces around")
            << QStringLiteral("  123 456\n") << QStringLiteral("123456");
        QTest::newRow("tab and no-break space")
            << QStringLiteral("12\t34\u00a056") << QStringLiteral("123456");
        QTest::newRow("empty") << QString() << QString();
        // Anything else is the server's to judge: a backup code, say.
        QTest::newRow("letters kept") << QStringLiteral("ab12 cd34") << QStringLiteral("ab12cd34");
    }

    void normalizedCode()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QCOMPARE(TwoFactorPage::normalizedCode(typed), sent);
    }
};

QTEST_GUILESS_MAIN(TestTwoFactorPage)
#include "tst_twofactorpage.moc"
