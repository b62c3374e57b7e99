#pragma once

// What every fuzz target shares: invariant checks that libFuzzer counts as crashes, a reader that
// splits the input into choices and text, and quiet Qt logging.

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A broken invariant is a crash as far as libFuzzer is concerned: it saves the input that broke
// it (crash-<sha1>) and the replay test fails on it.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", __FILE__, __LINE__,        \
                         #condition, Fuzz::describe(what).constData());                            \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace Fuzz {

inline QByteArray describe(const char *text)
{
    return QByteArray(text);
}

inline QByteArray describe(const QString &text)
{
    return text.toUtf8();
}

// Takes the input apart front to back: a few bytes of choices first, the rest as text. Running
// out of bytes gives zeros, never an error, so every input is usable.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }

    uint8_t byte()
    {
        if (m_offset >= m_size)
            return 0;
        return m_data[m_offset++];
    }
    bool flag() { return byte() & 1; }
    // A number in [0, count); 0 when count is 0.
    int pick(int count) { return count > 0 ? byte() % count : 0; }

    QByteArray rest() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_data) + m_offset,
                          qsizetype(m_size - m_offset));
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_offset = 0;
};

// Liftoff's categories all on (so the logging paths run too), and nothing printed: a fuzzer's
// output is its progress lines.
inline void silenceQtMessages()
{
    QLoggingCategory::setFilterRules(QStringLiteral("liftoff.*=true"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace Fuzz
