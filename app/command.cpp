#include "command.h"

#include "signinerror.h"

#include <QRegularExpression>

void Command::printLine(FILE *stream, const QString &line)
{
    QByteArray bytes = line.toLocal8Bit();
    bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString Command::wrapped(const QString &text, int firstColumn, int indent)
{
    QString result;
    int column = firstColumn;
    bool lineEmpty = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + word.size() > 79) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += u' ';
            ++column;
        }
        result += word;
        column += int(word.size());
        lineEmpty = false;
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
    // QCommandLineParser's own usage line cannot name the command; keep its option list.
    const qsizetype options = optionsHelp.indexOf(QLatin1String("Options:"));
    QString text = usage + QStringLiteral("\n\n") + wrapped(description, 0, 0)
        + QStringLiteral("\n\n") + (options >= 0 ? optionsHelp.mid(options) : optionsHelp);
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
