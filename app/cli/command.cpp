#include "cli/command.h"

#include "auth/signedinuser.h"
#include "cli/printable.h"
#include "rocketchat/signinerror.h"
#include "tls/fingerprint.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <string>

Command::Command(const QString &name, QObject *parent) : QObject(parent), m_name(name)
{ }

namespace {

void write(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toLocal8Bit();
    bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Command::printLine(FILE *stream, const QString &line)
{
    write(stream, Printable::visible(line));
}

void Command::printText(FILE *stream, const QString &text)
{
    write(stream, Printable::visibleLines(text));
}

void Command::printJson(const QJsonDocument &document)
{
    printLine(stdout,
              QString::fromUtf8(Printable::visibleJson(document.toJson(QJsonDocument::Compact))));
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
        text.chop(1); // printed with printText()
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
    // Written so that NaN fails too (every comparison with it is false): converting it, or
    // anything beyond int's range, to int would be undefined behaviour.
    if (!ok || !std::isfinite(value) || !(value > 0 && value <= 24 * 3600))
        return 0;
    return qMax(1, int(value * 1000));
}

QCommandLineOption Command::helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
                              tr("Show this help."));
}

QCommandLineOption Command::serverOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("server"), description,
                              tr("url", "placeholder in the option list: --server <url>"));
}

QCommandLineOption Command::usernameOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("username"), description,
                              tr("name", "placeholder in the option list: --username <name>"));
}

QCommandLineOption Command::secondsOption(const QString &name, const QString &description,
                                          const QString &defaultValue)
{
    return QCommandLineOption(name, description,
                              tr("seconds", "placeholder in the option list: --timeout <seconds>"),
                              defaultValue);
}

QCommandLineOption Command::trustFingerprintOption(const QString &description)
{
    return QCommandLineOption(
        QStringLiteral("trust-fingerprint"), description,
        tr("sha256", "placeholder in the option list: --trust-fingerprint <sha256>"));
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments,
                    const QList<QCommandLineOption> &options, const Help &help)
{
    for (const QString &argument : arguments) {
        if (isSecretOption(argument)) {
            failUsage(secretArgumentRefusal());
            return false;
        }
    }
    const QCommandLineOption helpRequest = helpOption();
    parser.addOption(helpRequest);
    parser.addOptions(options);
    if (!parser.parse(QStringList { QStringLiteral("liftoff ") + m_name } + arguments)) {
        failUsage(parser.errorText());
        return false;
    }
    if (parser.isSet(helpRequest)) {
        printText(
            stdout,
            helpText(help.usage, help.description, parser.helpText(), help.exitCodes, help.footer));
        finish(ExitCode::Success);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Not repeated: it may be a secret typed where it does not belong.
        failUsage(strayArgumentRefusal());
        return false;
    }
    return true;
}

QString Command::secretArgumentRefusal() const
{
    return tr("a password or token is never taken as an argument, where others could see it.");
}

QString Command::strayArgumentRefusal() const
{
    return tr("%1 takes options only, and no other arguments (see liftoff %1 --help).").arg(m_name);
}

int Command::timeoutMs(const QCommandLineParser &parser, const QCommandLineOption &timeout)
{
    const int ms = parseTimeoutMs(parser.value(timeout));
    if (ms == 0)
        failUsage(tr("--%1 needs a number of seconds, e.g. %2.")
                      .arg(timeout.names().constFirst(), timeout.defaultValues().value(0)));
    return ms;
}

QByteArray Command::trustedFingerprint(const QCommandLineParser &parser,
                                       const QCommandLineOption &trustFingerprint)
{
    if (!parser.isSet(trustFingerprint))
        return {};
    QString problem;
    const QByteArray fingerprint = Fingerprint::parse(parser.value(trustFingerprint), &problem);
    if (fingerprint.isEmpty())
        failUsage(QStringLiteral("--trust-fingerprint: ") + problem);
    return fingerprint;
}

QString Command::signedInLine(const SignedInUser &user)
{
    return tr("Signed in to %1 as %2.")
        .arg(user.account.server.displayString(), user.account.username);
}

QJsonObject Command::signedInJson(const SignedInUser &user)
{
    const SavedAccount &account = user.account;
    return QJsonObject {
        { QStringLiteral("server"), account.server.origin().toString() },
        { QStringLiteral("userId"), account.userId },
        { QStringLiteral("username"), account.username },
        // A personal access token signs in with {resume}, but it is no session: said as such.
        { QStringLiteral("type"),
          account.isPersonalAccessToken() ? SavedAccount::kindName(account.kind) : user.loginType },
        { QStringLiteral("tokenExpires"),
          account.tokenExpires.isValid()
              ? QJsonValue(account.tokenExpires.toUTC().toString(Qt::ISODateWithMs))
              : QJsonValue() },
    };
}

void Command::printError(const QString &message)
{
    printLine(stderr,
              QStringLiteral("liftoff ") + m_name + QStringLiteral(": ")
                  + Printable::visible(message).simplified());
}

void Command::fail(int exitCode, const QString &message)
{
    printError(message);
    finish(exitCode);
}

void Command::failUsage(const QString &message)
{
    fail(ExitCode::UsageError, message);
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}
