#include "ui/signedinpage.h"

#include <QTest>

// How the signed-in page words the session's expiry.
class TestSignedInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryText_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("relative");
        QTest::newRow("90 days") << qint64(90) * 24 * 3600 << QStringLiteral("(in 90 day");
        QTest::newRow("90 days, a second later")
            << qint64(90) * 24 * 3600 - 1 << QStringLiteral("(in 90 day");
        QTest::newRow("one day and a bit") << qint64(25) * 3600 << QStringLiteral("(in 1 day");
        QTest::newRow("5 hours") << qint64(5) * 3600 + 59 << QStringLiteral("(in 5 hour");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("(in 1 hour");
        QTest::newRow("30 seconds") << qint64(30) << QStringLiteral("(in 1 minute");
        QTest::newRow("expired") << qint64(-10) << QStringLiteral("(expired)");
    }

    void expiryText()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, relative);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expires = now.addSecs(secondsLeft);
        const QString text = SignedInPage::expiryText(expires, now);
        QVERIFY2(text.contains(relative), qPrintable(text));
        // The date, as the locale writes it, comes first.
        QVERIFY2(
            text.startsWith(QLocale().toString(expires.toLocalTime().date(), QLocale::LongFormat)),
            qPrintable(text));
    }

    void unknownExpiry()
    {
        const QString text = SignedInPage::expiryText(QDateTime(), QDateTime::currentDateTimeUtc());
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QLatin1String("%")));
    }
};

QTEST_MAIN(TestSignedInPage)
#include "tst_signedinpage.moc"
