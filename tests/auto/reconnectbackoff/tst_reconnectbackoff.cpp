#include "ddp/reconnectbackoff.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void growth_data();
    void growth();
    void attemptCountsAndResetStartsOver();
    void capHoldsForever();
    void jitterStaysInBounds_data();
    void jitterStaysInBounds();
    void jitterSpreadsAtTheCap();
    void seededGeneratorIsDeterministic();
    void globalGeneratorByDefault();
    void outOfRangeSettingsAreClamped();
};

void TestReconnectBackoff::defaults()
{
    const ReconnectBackoff backoff;
    QCOMPARE(backoff.initialDelayMs(), 1000);
    QCOMPARE(backoff.factor(), 2.0);
    QCOMPARE(backoff.maximumDelayMs(), 60000);
    QCOMPARE(backoff.jitter(), 0.25);
    QCOMPARE(backoff.attempt(), 0);
}

void TestReconnectBackoff::growth_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("defaults") << 1000 << 2.0 << 60000
                              << QList<int> { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000 };
    QTest::newRow("meteor") << 1000 << 2.2 << 300000
                            << QList<int> { 1000,  2200,   4840,   10648,  23426,
                                            51536, 113380, 249436, 300000, 300000 };
    QTest::newRow("fractional") << 100 << 1.5 << 1000
                                << QList<int> { 100, 150, 225, 338, 506, 759, 1000, 1000 };
    QTest::newRow("constant") << 500 << 1.0 << 60000 << QList<int> { 500, 500, 500, 500 };
    QTest::newRow("immediate") << 0 << 2.0 << 1000 << QList<int> { 0, 0, 0 };
    QTest::newRow("maximum below initial") << 5000 << 2.0 << 1000 << QList<int> { 5000, 5000 };
    QTest::newRow("exact cap") << 250 << 2.0 << 1000 << QList<int> { 250, 500, 1000, 1000 };
}

void TestReconnectBackoff::growth()
{
    QFETCH(int, initial);
    QFETCH(double, factor);
    QFETCH(int, maximum);
    QFETCH(QList<int>, expected);

    ReconnectBackoff backoff(initial, factor, maximum, 0.0);
    QList<int> actual;
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(backoff.baseDelayMs(i), expected.at(i));
        actual << backoff.nextDelayMs();
    }
    QCOMPARE(actual, expected);
}

void TestReconnectBackoff::attemptCountsAndResetStartsOver()
{
    ReconnectBackoff backoff(1000, 2.0, 60000, 0.0);
    QCOMPARE(backoff.nextDelayMs(), 1000);
    QCOMPARE(backoff.attempt(), 1);
    QCOMPARE(backoff.nextDelayMs(), 2000);
    QCOMPARE(backoff.nextDelayMs(), 4000);
    QCOMPARE(backoff.attempt(), 3);

    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.nextDelayMs(), 1000);
    QCOMPARE(backoff.attempt(), 1);

    // reset() on a fresh object is harmless.
    ReconnectBackoff fresh;
    fresh.reset();
    QCOMPARE(fresh.attempt(), 0);
}

void TestReconnectBackoff::capHoldsForever()
{
    QRandomGenerator generator(7);
    ReconnectBackoff backoff(1000, 10.0, 60000, 0.25, &generator);
    for (int i = 0; i < 5000; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 0 && delay <= 60000, qPrintable(QString::number(delay)));
    }
    QCOMPARE(backoff.attempt(), 5000);
    // Far beyond where factorⁿ overflows a double.
    QCOMPARE(backoff.baseDelayMs(100000), 60000);
    QCOMPARE(backoff.baseDelayMs(std::numeric_limits<int>::max()), 60000);
}

void TestReconnectBackoff::jitterStaysInBounds_data()
{
    QTest::addColumn<double>("jitter");

    QTest::newRow("none") << 0.0;
    QTest::newRow("10 %") << 0.1;
    QTest::newRow("25 %") << 0.25;
    QTest::newRow("50 %") << 0.5;
    QTest::newRow("100 %") << 1.0;
}

void TestReconnectBackoff::jitterStaysInBounds()
{
    QFETCH(double, jitter);

    constexpr int maximum = 60000;
    constexpr int draws = 2000;
    QRandomGenerator generator(20240601);
    ReconnectBackoff backoff(1000, 2.0, maximum, jitter, &generator);

    for (int attempt = 0; attempt < 9; ++attempt) {
        const double base = backoff.baseDelayMs(attempt);
        const double lower = std::floor(base * (1.0 - jitter));
        const double upper = std::min(double(maximum), std::ceil(base * (1.0 + jitter)));
        int smallest = std::numeric_limits<int>::max();
        int largest = 0;
        double sum = 0;
        for (int i = 0; i < draws; ++i) {
            // Replay the same attempt many times.
            backoff.reset();
            for (int skip = 0; skip < attempt; ++skip)
                backoff.nextDelayMs();
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= lower && delay <= upper,
                     qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(lower)
                                    .arg(upper)));
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
            sum += delay;
        }
        if (jitter == 0.0) {
            QCOMPARE(smallest, int(base));
            QCOMPARE(largest, int(base));
            continue;
        }
        // The range is actually used, not just respected.
        const double spread = upper - lower;
        QVERIFY2(smallest < lower + spread * 0.05, qPrintable(QString::number(smallest)));
        QVERIFY2(largest > upper - spread * 0.05, qPrintable(QString::number(largest)));
        const double mean = sum / draws;
        const double expectedMean = (lower + upper) / 2;
        QVERIFY2(std::abs(mean - expectedMean) < spread * 0.05,
                 qPrintable(QStringLiteral("mean %1, expected %2").arg(mean).arg(expectedMean)));
    }
}

void TestReconnectBackoff::jitterSpreadsAtTheCap()
{
    QRandomGenerator generator(99);
    ReconnectBackoff backoff(60000, 2.0, 60000, 0.25, &generator);
    int smallest = std::numeric_limits<int>::max();
    for (int i = 0; i < 1000; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 45000 && delay <= 60000);
        smallest = std::min(smallest, delay);
    }
    // Clients that all reached the cap still come back at different times.
    QVERIFY(smallest < 47000);
}

void TestReconnectBackoff::seededGeneratorIsDeterministic()
{
    QRandomGenerator first(42);
    QRandomGenerator second(42);
    QRandomGenerator other(43);
    ReconnectBackoff a(1000, 2.0, 60000, 0.25, &first);
    ReconnectBackoff b(1000, 2.0, 60000, 0.25, &second);
    ReconnectBackoff c(1000, 2.0, 60000, 0.25, &other);

    QList<int> sequenceA;
    QList<int> sequenceB;
    QList<int> sequenceC;
    for (int i = 0; i < 20; ++i) {
        sequenceA << a.nextDelayMs();
        sequenceB << b.nextDelayMs();
        sequenceC << c.nextDelayMs();
    }
    QCOMPARE(sequenceA, sequenceB);
    QVERIFY(sequenceA != sequenceC);

    // Same through the setter, and after a reset the sequence continues from the generator.
    QRandomGenerator third(42);
    ReconnectBackoff d;
    d.setRandomGenerator(&third);
    QList<int> sequenceD;
    for (int i = 0; i < 20; ++i)
        sequenceD << d.nextDelayMs();
    QCOMPARE(sequenceD, sequenceA);
}

void TestReconnectBackoff::globalGeneratorByDefault()
{
    ReconnectBackoff backoff;
    for (int i = 0; i < 100; ++i) {
        const double base = backoff.baseDelayMs(backoff.attempt());
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= std::floor(base * 0.75));
        QVERIFY(delay <= std::min(60000.0, std::ceil(base * 1.25)));
    }
    // Passing nullptr explicitly falls back to the global generator too.
    backoff.setRandomGenerator(nullptr);
    QVERIFY(backoff.nextDelayMs() <= 60000);
}

void TestReconnectBackoff::outOfRangeSettingsAreClamped()
{
    ReconnectBackoff backoff(-5, 0.5, -10, -1.0);
    QCOMPARE(backoff.initialDelayMs(), 0);
    QCOMPARE(backoff.factor(), 1.0);
    QCOMPARE(backoff.maximumDelayMs(), 0);
    QCOMPARE(backoff.jitter(), 0.0);
    QCOMPARE(backoff.nextDelayMs(), 0);
    QCOMPARE(backoff.baseDelayMs(100000), 0);

    backoff.setJitter(7.0);
    QCOMPARE(backoff.jitter(), 1.0);
    backoff.setFactor(std::nan(""));
    QCOMPARE(backoff.factor(), 1.0);
    backoff.setFactor(std::numeric_limits<double>::infinity());
    QCOMPARE(backoff.factor(), 1.0);
    backoff.setJitter(std::nan(""));
    QCOMPARE(backoff.jitter(), 0.0);

    // Raising the initial delay above the maximum raises the maximum with it.
    backoff.setMaximumDelayMs(1000);
    backoff.setInitialDelayMs(3000);
    QCOMPARE(backoff.maximumDelayMs(), 3000);
    backoff.setMaximumDelayMs(2000);
    QCOMPARE(backoff.maximumDelayMs(), 3000);
    backoff.setMaximumDelayMs(10000);
    QCOMPARE(backoff.maximumDelayMs(), 10000);
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
