#include "cli/command.h"

#include "rocketchat/signinerror.h"

#include <QRegularExpression>

#include <string>

void Command::printLine(FILE *stream, const QString &line)
{
    QByteArray bytes = line.toLocal8Bit();
    bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

namespace {

// East Asian wide characters take two columns on a terminal (CJK, kana, Hangul, full-width
// forms); Japanese has no spaces, so a line may break before or after any of them.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

// Closing punctuation never starts a line (Japanese line-breaking rules, kinsoku).
bool mayStartLine(char32_t c)
{
    static const std::u32string closing = U"\u3001\u3002\uff0c\uff0e\u300d\u300f\uff09\u3015\u3011"
                                          U"\uff01\uff1f\uff1a\uff1b\u30fc\u2026)]:;,.!?";
    return closing.find(c) == std::u32string::npos;
}

} // namespace

QString Command::wrapped(const QString &text, int firstColumn, int indent)
{
    constexpr int width = 79;
    QString result;
    int column = firstColumn;
    bool lineEmpty = true;
    const auto breakLine = [&] {
        result += u'\n' + QString(indent, u' ');
        column = indent;
        lineEmpty = true;
    };
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QList<uint> characters = word.toUcs4();
        int wordColumns = 0;
        bool wide = false;
        for (const char32_t c : characters) {
            wide = wide || isWide(c);
            wordColumns += isWide(c) ? 2 : 1;
        }
        if (!lineEmpty && column + 1 + wordColumns > width) {
            if (!wide)
                breakLine();
            else if (column + 2 >= width) // no room for a character after the space
                breakLine();
        }
        if (!lineEmpty) {
            result += u' ';
            ++column;
        }
        char32_t previous = 0;
        for (const char32_t c : characters) {
            const int columns = isWide(c) ? 2 : 1;
            if (wide && !lineEmpty && column + columns > width && (isWide(c) || isWide(previous))
                && mayStartLine(c))
                breakLine();
            result += QString::fromUcs4(&c, 1);
            column += columns;
            lineEmpty = false;
            previous = c;
        }
    }
    return result;
}

bool Command::isSecretOption(const QString &argument)
{
    static const QRegularExpression secret(
        QStringLiteral(
            "^--?(password|passwd|pass|pw|p|token|auth-token|resume-token|secret)(=.*)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    return secret.match(argument).hasMatch();
}

QString Command::helpText(const QString &usage, const QString &description,
                          const QString &optionsHelp,
                          const QList<std::pair<int, QString>> &exitCodes, const QString &footer)
{
    // QCommandLineParser's own usage line cannot name the command; keep its option list, which
    // follows the first empty line (its heading is translated by Qt: not searched for).
    const qsizetype options = optionsHelp.indexOf(QLatin1String("\n\n"));
    QString text = usage + QStringLiteral("\n\n") + wrapped(description, 0, 0)
        + QStringLiteral("\n\n") + (options >= 0 ? optionsHelp.mid(options + 2) : optionsHelp);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u'\n' + tr("Exit codes:") + u'\n';
    for (const auto &[code, meaning] : exitCodes)
        text += QStringLiteral("  %1  %2\n").arg(code).arg(wrapped(meaning, 5, 5));
    if (!footer.isEmpty())
        text += u'\n' + wrapped(footer, 0, 0);
    while (text.endsWith(u'\n'))
        text.chop(1); // printed with printLine()
    return text;
}

QString Command::certificateHint(const SignInError &error, bool fingerprintGiven)
{
    const UntrustedCertificate certificate = error.certificate();
    if (certificate.isNull() || !certificate.canBeTrusted())
        return {};
    QString hint;
    if (fingerprintGiven)
        hint = tr("The fingerprint given with --trust-fingerprint is not this certificate's.")
            + u' ';
    if (certificate.isChanged())
        return hint
            + tr("Only once the server's administrator confirms the new certificate, run again "
                 "with --trust-fingerprint %1")
                  .arg(certificate.formattedFingerprint());
    return hint
        + tr("If it is your server's certificate, run again with --trust-fingerprint %1")
              .arg(certificate.formattedFingerprint());
}

int Command::parseTimeoutMs(const QString &seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || value <= 0 || value > 24 * 3600)
        return 0;
    return qMax(1, int(value * 1000));
}
