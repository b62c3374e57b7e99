#include "core/secondscountdown.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

class TestSecondsCountdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsDownWholeSeconds()
    {
        SecondsCountdown countdown;
        QSignalSpy changed(&countdown, &SecondsCountdown::secondsLeftChanged);
        countdown.start(2500);
        QCOMPARE(countdown.secondsLeft(), 3); // rounded up: never "0 s" while still waiting
        QTRY_COMPARE_WITH_TIMEOUT(countdown.secondsLeft(), 0, 5000);
        QList<int> values;
        for (const QList<QVariant> &args : changed)
            values << args.first().toInt();
        QCOMPARE(values, QList<int>({ 3, 2, 1, 0 }));
    }

    void stopSaysZeroOnce()
    {
        SecondsCountdown countdown;
        countdown.start(60000);
        QSignalSpy changed(&countdown, &SecondsCountdown::secondsLeftChanged);
        countdown.stop();
        countdown.stop();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 0);
        QCOMPARE(countdown.secondsLeft(), 0);
    }

    // A wait from a server may be any number: beyond a day it counts down from a day (not
    // "forever", which would read as no wait at all, nor an overflowing int).
    void hugeWaitIsADay_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("INT64_MAX") << std::numeric_limits<qint64>::max();
        QTest::newRow("near INT64_MAX") << std::numeric_limits<qint64>::max() - 500;
        QTest::newRow("3e15 ms") << qint64(3e15);
        QTest::newRow("a day and a second") << qint64(86401000);
    }

    void hugeWaitIsADay()
    {
        QFETCH(qint64, ms);
        SecondsCountdown countdown;
        countdown.start(ms);
        QCOMPARE(countdown.secondsLeft(), 24 * 60 * 60);
        countdown.stop();
    }

    void zeroOrNegativeEndsAtOnce()
    {
        SecondsCountdown countdown;
        QSignalSpy changed(&countdown, &SecondsCountdown::secondsLeftChanged);
        countdown.start(-5);
        QCOMPARE(countdown.secondsLeft(), 0);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecondsCountdown)
#include "tst_secondscountdown.moc"
