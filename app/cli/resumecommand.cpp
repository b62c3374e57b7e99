#include "cli/resumecommand.h"

#include "auth/signincontroller.h"
#include "cli/sessionresume.h"
#include "tls/certificatetrust.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

ResumeCommand::ResumeCommand(QObject *parent) : AccountCommand(name(), parent)
{ }

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
    const QCommandLineOption timeoutSeconds = timeoutOption(30);
    const QCommandLineOption trustFingerprint = trustFingerprintOption(
        tr("Trust the server's certificate although the system does not, if its SHA-256 "
           "fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered "
           "for the server, as the window's \"Trust this certificate\"."));
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
    if (!parse(parser, arguments, { json, timeoutSeconds, trustFingerprint }, true, help))
        return;
    const QByteArray fingerprint = trustedFingerprint(parser, trustFingerprint);
    if (isFinished())
        return;
    m_fingerprintGiven = !fingerprint.isEmpty();
    m_json = parser.isSet(json);
    const int timeout = timeoutMs(parser, timeoutSeconds);
    if (timeout == 0)
        return;
    const std::optional<SavedAccount> account = selectAccount(parser);
    if (!account)
        return;
    m_resume = new SessionResume(*account, tokenStore(), accountStore(), timeout, this);
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
    const QString signInHint = signInAgain(account.server.origin().toString(), account.username);
    switch (m_resume->outcome()) {
    case Outcome::Running:
        return;
    case Outcome::SignedIn: {
        const SignedInUser user = m_resume->controller()->user();
        if (m_json) {
            printJson(QJsonDocument(signedInJson(user)));
        } else {
            printLine(stdout, signedInLine(user));
        }
        finish(ExitCode::Success);
        return;
    }
    case Outcome::Expired:
    case Outcome::Rejected:
        fail(m_resume->exitCode(), error.message() + u' ' + signInHint);
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
