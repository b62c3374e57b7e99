#include "core/secondscountdown.h"

SecondsCountdown::SecondsCountdown(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SecondsCountdown::tick);
}

void SecondsCountdown::start(qint64 ms)
{
    // A wait from a server may be any number: beyond a day it is a day (a deadline far beyond
    // the clock would read as "forever", and the whole seconds would overflow an int).
    m_deadline = QDeadlineTimer(qBound<qint64>(0, ms, MaximumMs));
    m_timer.stop();
    tick();
}

void SecondsCountdown::stop()
{
    m_timer.stop();
    if (m_seconds != 0) {
        m_seconds = 0;
        Q_EMIT secondsLeftChanged(0);
    }
}

void SecondsCountdown::tick()
{
    const qint64 remaining = m_deadline.remainingTime();
    const int seconds = int((qMax<qint64>(0, remaining) + 999) / 1000);
    if (seconds != m_seconds) {
        m_seconds = seconds;
        Q_EMIT secondsLeftChanged(seconds);
    }
    if (seconds > 0) {
        // Wake up when the number of whole seconds left goes down by one.
        const qint64 untilNext = remaining - qint64(seconds - 1) * 1000;
        m_timer.start(int(qBound(qint64(1), untilNext, qint64(1000))));
    }
}
