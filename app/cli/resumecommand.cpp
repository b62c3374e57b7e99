#include "cli/resumecommand.h"

#include "tls/certificatetrust.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

ResumeCommand::ResumeCommand(QObject *parent) : AccountCommand(name(), parent)
{ }

ResumeCommand::~ResumeCommand() = default;

QString ResumeCommand::name()
{
    return QStringLiteral("resume");
}

QString ResumeCommand::summary()
{
    return tr("Sign in again with the session stored by login, without a password.");
}

void ResumeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("On success print one JSON object (server, userId, username, type, tokenExpires) "
           "instead of a sentence. The token itself is never printed."));
    const QCommandLineOption timeout = timeoutOption(30);
    const QCommandLineOption trustFingerprint(
        QStringLiteral("trust-fingerprint"),
        tr("Trust the server's certificate although the system does not, if its SHA-256 "
           "fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered "
           "for the server, as the window's \"Trust this certificate\"."),
        tr("sha256", "placeholder in the option list: --trust-fingerprint <sha256>"));
    Help help;
    help.usage = tr("Usage: liftoff resume [--server <url>] [--username <name>] [options]");
    help.description = tr("Signs in again with the session that \"liftoff login\" stored in the "
                          "system keychain, without a password: the account given by --server "
                          "and --username, or else the one used last. A session that expired or "
                          "that the server no longer accepts is forgotten; one whose server "
                          "cannot be reached is kept.");
    help.exitCodes = {
        { 0, tr("signed in") },
        { 1, tr("anything else (e.g. an unexpected server error)") },
        { 2, tr("usage: a wrong or unknown option") },
        { 3,
          tr("no stored session (or its token is not in the keychain), or it expired, or the "
             "server no longer accepts it: sign in with liftoff login") },
        { 5,
          tr("server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is "
             "not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; "
             "the session is kept") },
        { 7, tr("system keychain unavailable or locked") },
    };
    if (!parse(parser, arguments, { json, timeout, trustFingerprint }, true, help))
        return;
    QByteArray fingerprint;
    if (parser.isSet(trustFingerprint)) {
        QString problem;
        fingerprint = CertificateTrust::parseFingerprint(parser.value(trustFingerprint), &problem);
        if (fingerprint.isEmpty()) {
            failUsage(QStringLiteral("--trust-fingerprint: ") + problem);
            return;
        }
        m_fingerprintGiven = true;
    }
    m_json = parser.isSet(json);
    const int timeoutMs = parseTimeoutMs(parser.value(timeout));
    if (timeoutMs == 0) {
        failUsage(tr("--timeout needs a number of seconds, e.g. 30."));
        return;
    }
    const std::optional<SavedAccount> account = selectAccount(parser);
    if (!account)
        return;
    m_resume = new SessionResume(*account, tokenStore(), accountStore(), timeoutMs, this);
    if (m_fingerprintGiven)
        m_resume->controller()->certificateTrust()->trustForThisRun(account->server, fingerprint,
                                                                    true);
    connect(m_resume, &SessionResume::finished, this, &ResumeCommand::onFinished);
    m_resume->start();
}

void ResumeCommand::onFinished()
{
    using Outcome = SessionResume::Outcome;
    const SavedAccount account = m_resume->account();
    const SignInError error = m_resume->error();
    const QString signInAgain = tr("Sign in with: liftoff login --server %1 --username %2")
                                    .arg(account.server.origin().toString(), account.username);
    switch (m_resume->outcome()) {
    case Outcome::Running:
        return;
    case Outcome::SignedIn: {
        const SignedInUser user = m_resume->controller()->user();
        if (m_json) {
            // Deliberately without the token: it is a secret, and stdout ends up in logs.
            const QJsonObject object {
                { QStringLiteral("server"), user.server.origin().toString() },
                { QStringLiteral("userId"), user.userId },
                { QStringLiteral("username"), user.username },
                { QStringLiteral("type"), user.loginType },
                { QStringLiteral("tokenExpires"),
                  user.tokenExpires.isValid()
                      ? QJsonValue(user.tokenExpires.toUTC().toString(Qt::ISODateWithMs))
                      : QJsonValue() },
            };
            printLine(stdout,
                      QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        } else {
            printLine(stdout,
                      tr("Signed in to %1 as %2.").arg(user.server.displayString(), user.username));
        }
        finish(Success);
        return;
    }
    case Outcome::Expired:
    case Outcome::Rejected:
        fail(m_resume->exitCode(), error.message() + u' ' + signInAgain);
        return;
    case Outcome::Unreachable:
        if (!error.certificate().isNull()) {
            fail(m_resume->exitCode(),
                 error.message() + u' ' + certificateHint(error, m_fingerprintGiven) + u' '
                     + tr("The session of %1 is kept.").arg(describe(account)));
            return;
        }
        fail(m_resume->exitCode(),
             error.message() + u' '
                 + tr("The session of %1 is kept: try again later.").arg(describe(account)));
        return;
    case Outcome::KeychainProblem:
    case Outcome::Failed:
        fail(m_resume->exitCode(), error.message());
        return;
    }
}
