#pragma once

#include <QByteArray>
#include <QString>

// What the command line prints that came from outside (a server's error reason, a service's
// label, a user name, a link, the keychain, the settings file) must not drive the terminal: an
// escape sequence could set the window title, clear the screen or print a fake prompt, and a
// bidi control could show text in another order than it is. Printable shows such characters
// as visible escapes instead: the C0 controls (line breaks included) and DEL as \x1b, the C1
// controls and the bidi and zero-width format characters as \u202e. Everything else, and so
// every ordinary message, is left as it is.
class Printable
{
public:
    // One line: every control is escaped, line breaks too.
    static QString visible(const QString &text);
    // Several lines of the program's own text (help): as visible(), but line breaks stay.
    static QString visibleLines(const QString &text);
    // A JSON document (QJsonDocument::toJson): still the same JSON, with the characters JSON
    // itself leaves raw (DEL, C1, bidi and format controls) written as \u escapes, which mean
    // the same character to a JSON reader. QJsonDocument already writes C0 controls as \u00XX.
    static QByteArray visibleJson(const QByteArray &json);

    // True for the characters visible() escapes.
    static bool isHidden(char32_t c);
};
