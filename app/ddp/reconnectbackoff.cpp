#include "ddp/reconnectbackoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

ReconnectBackoff::ReconnectBackoff(int initialDelayMs, double factor, int maximumDelayMs,
                                   double jitter, QRandomGenerator *generator)
{
    setInitialDelayMs(initialDelayMs);
    setFactor(factor);
    setMaximumDelayMs(maximumDelayMs);
    setJitter(jitter);
    setRandomGenerator(generator);
}

void ReconnectBackoff::setInitialDelayMs(int milliseconds)
{
    m_initialDelayMs = std::max(0, milliseconds);
    m_maximumDelayMs = std::max(m_maximumDelayMs, m_initialDelayMs);
}

void ReconnectBackoff::setFactor(double factor)
{
    // NaN fails every comparison, so test for the good case.
    m_factor = factor >= 1.0 && std::isfinite(factor) ? factor : 1.0;
}

void ReconnectBackoff::setMaximumDelayMs(int milliseconds)
{
    m_maximumDelayMs = std::max(milliseconds, m_initialDelayMs);
}

void ReconnectBackoff::setJitter(double fraction)
{
    m_jitter = fraction >= 0.0 ? std::min(fraction, 1.0) : 0.0;
}

void ReconnectBackoff::setRandomGenerator(QRandomGenerator *generator)
{
    m_generator = generator ? generator : QRandomGenerator::global();
}

int ReconnectBackoff::baseDelayMs(int attempt) const
{
    if (m_initialDelayMs == 0)
        return 0; // 0·inf would be NaN
    // Computed in double: initial·factorⁿ overflows int long before anyone gives up retrying,
    // and pow() turns into inf, which the comparison handles.
    const double grown = m_initialDelayMs * std::pow(m_factor, std::max(0, attempt));
    if (!(grown < m_maximumDelayMs))
        return m_maximumDelayMs;
    return int(std::lround(grown));
}

int ReconnectBackoff::nextDelayMs()
{
    const double base = baseDelayMs(m_attempt);
    if (m_attempt < std::numeric_limits<int>::max())
        ++m_attempt;

    const double lower = base * (1.0 - m_jitter);
    const double upper = std::min(double(m_maximumDelayMs), base * (1.0 + m_jitter));
    const double delay = lower + (upper - lower) * m_generator->generateDouble();
    return qBound(0, int(std::lround(delay)), m_maximumDelayMs);
}
