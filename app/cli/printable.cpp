#include "cli/printable.h"

#include <QList>

namespace {

QString escaped(const QString &text, bool keepLineBreaks)
{
    QString result;
    const QList<uint> characters = text.toUcs4();
    result.reserve(text.size());
    for (const char32_t c : characters) {
        if (!Printable::isHidden(c) || (keepLineBreaks && c == u'\n')) {
            result += QString::fromUcs4(&c, 1);
        } else if (c < 0x80) {
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return result;
}

} // namespace

bool Printable::isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || c == 0x061c // Arabic letter mark
        || (c >= 0x200b && c <= 0x200f) // zero-width space, joiners, LRM, RLM
        || (c >= 0x202a && c <= 0x202e) // bidi embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || c == 0xfeff; // zero-width no-break space
}

QString Printable::visible(const QString &text)
{
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            return escaped(text, false);
    }
    return text;
}

QString Printable::visibleLines(const QString &text)
{
    for (const QChar c : text) {
        if (c != u'\n' && isHidden(c.unicode()))
            return escaped(text, true);
    }
    return text;
}

QByteArray Printable::visibleJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Outside strings JSON has only ASCII punctuation, digits, letters and spaces, so a
        // hidden character is always inside a string, where \uXXXX is the same character.
        if (c.unicode() >= 0x7f && isHidden(c.unicode()))
            result += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result.toUtf8();
}
