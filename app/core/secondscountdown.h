#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

// Whole seconds left until a deadline, for a live "try again in N s" line: secondsLeftChanged
// fires each time the rounded-up number of seconds goes down, and once with 0 at the end.
class SecondsCountdown : public QObject
{
    Q_OBJECT
public:
    explicit SecondsCountdown(QObject *parent = nullptr);

    // The longest countdown: a day. start() takes any longer one as a day.
    static constexpr qint64 MaximumMs = qint64(24) * 60 * 60 * 1000;

    void start(qint64 ms);
    // Back to 0 at once (with a signal if it was counting).
    void stop();
    int secondsLeft() const { return m_seconds; }

Q_SIGNALS:
    void secondsLeftChanged(int seconds);

private:
    void tick();

    QDeadlineTimer m_deadline;
    QTimer m_timer;
    int m_seconds = 0;
};
