#pragma once

class QRandomGenerator;

// How long to wait before the next reconnect attempt: exponential growth with a ceiling and
// random jitter, so that many clients dropped by one server restart do not all come back in the
// same instant. Meteor's client does the same (1000 ms · 2.2ⁿ, capped, ±25 %); our defaults are
// shorter because a person is usually watching the sign-in window.
//
// The n-th delay (n = 0 after reset()) is drawn uniformly from
//     [base·(1 − jitter), min(maximum, base·(1 + jitter))]   with base = min(maximum,
//     initial·factorⁿ)
// so the maximum is a hard ceiling, yet delays at the ceiling still spread out below it.
class ReconnectBackoff
{
public:
    // Out-of-range values are clamped: initial ≥ 0, factor ≥ 1, maximum ≥ initial,
    // 0 ≤ jitter ≤ 1. The generator is not owned and must outlive this object; by default the
    // thread-safe global one is used. Pass a seeded one for reproducible tests.
    explicit ReconnectBackoff(int initialDelayMs = 1000, double factor = 2.0,
                              int maximumDelayMs = 60000, double jitter = 0.25,
                              QRandomGenerator *generator = nullptr);

    // The delay before the next attempt; counts that attempt.
    int nextDelayMs();
    // Delays handed out since construction or the last reset().
    int attempt() const { return m_attempt; }
    // After a successful connection: the next failure starts from the initial delay again.
    void reset() { m_attempt = 0; }

    // The delay for attempt n before jitter (for display and tests).
    int baseDelayMs(int attempt) const;

    int initialDelayMs() const { return m_initialDelayMs; }
    void setInitialDelayMs(int milliseconds);
    double factor() const { return m_factor; }
    void setFactor(double factor);
    int maximumDelayMs() const { return m_maximumDelayMs; }
    void setMaximumDelayMs(int milliseconds);
    double jitter() const { return m_jitter; }
    void setJitter(double fraction);
    void setRandomGenerator(QRandomGenerator *generator);

private:
    int m_initialDelayMs = 1000;
    double m_factor = 2.0;
    int m_maximumDelayMs = 60000;
    double m_jitter = 0.25;
    QRandomGenerator *m_generator = nullptr;
    int m_attempt = 0;
};
