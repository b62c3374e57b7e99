// liftoff-devserver: the dev server on its own, for the README's first command, manual testing and
// the interop test. The first line on stdout is always "Listening on http://127.0.0.1:<port>"
// (https:// with --tls, and then the second is "Certificate SHA-256: AA:BB:…").

#include "devserver.h"
#include "servercertificate.h"
#include "userdirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop, which quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#endif

bool parseInt(const QString &text, int minimum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liftoff-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFTOFF_DEVSERVER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local server that behaves like Rocket.Chat 7 on the wire (HTTP and the DDP "
        "WebSocket at /websocket on one port of 127.0.0.1), for developing and testing "
        "Liftoff.\nDemo accounts: alice/wonderland, bob/builder (TOTP secret "
        "JBSWY3DPEHPK3PXP), carol/caroline (e-mail code, printed here), dave/deactivated, "
        "erin/directory (LDAP, with --ldap); alice's personal access token "
        "demo-alice-personal-access-token-000000000."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption usersOption(
        QStringLiteral("users"),
        QStringLiteral("Users fixture (JSON) replacing the demo accounts; see README.md."),
        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(
        QStringLiteral("delay"),
        QStringLiteral("Delay every frame sent, and every HTTP answer, by MS."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption pingOption(QStringLiteral("ping-interval"),
                                        QStringLiteral("Server heartbeat interval (0: no pings)."),
                                        QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption pingTimeoutOption(
        QStringLiteral("ping-timeout"),
        QStringLiteral("Close a client that does not answer a ping within MS."),
        QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption versionsOption(
        QStringLiteral("ddp-versions"),
        QStringLiteral("DDP versions accepted, in order of preference."), QStringLiteral("LIST"),
        QStringLiteral("1,pre2,pre1"));
    const QCommandLineOption greetingOption(
        QStringLiteral("greeting"),
        QStringLiteral("What to send when a socket opens: none, legacy ({\"server_id\":\"0\"}) "
                       "or message ({\"msg\":\"server_id\",…})."),
        QStringLiteral("KIND"), QStringLiteral("none"));
    const QCommandLineOption serverVersionOption(
        QStringLiteral("server-version"),
        QStringLiteral("Rocket.Chat version reported by /api/info."), QStringLiteral("V"),
        QStringLiteral("7.4.0"));
    const QCommandLineOption lifetimeOption(
        QStringLiteral("token-lifetime-ms"),
        QStringLiteral("Login token lifetime (default: 90 days)."), QStringLiteral("MS"));
    const QCommandLineOption rateOption(
        QStringLiteral("login-rate-limit"),
        QStringLiteral("Logins allowed per connection per 10 s (0: unlimited)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption ldapOption(
        QStringLiteral("ldap"),
        QStringLiteral("Turn LDAP_Enable on: erin signs in through the directory (other LDAP "
                       "requests fall back to the password, as on Rocket.Chat)."));
    const QCommandLineOption rc6ErrorsOption(
        QStringLiteral("rc6-login-errors"),
        QStringLiteral("Answer failed logins as Rocket.Chat 6 did: 403 with Meteor's reason "
                       "(\"You've been logged out by the server…\") instead of 401 \"User not "
                       "found\"."));
    const QCommandLineOption blockOption(
        QStringLiteral("block-failed-logins"),
        QStringLiteral("Block a user name after N failed logins (error-login-blocked-for-user) "
                       "and an address after 5×N (error-login-blocked-for-ip), for "
                       "--block-ms. Rocket.Chat's defaults: 10 and 50."),
        QStringLiteral("N"));
    const QCommandLineOption blockTimeOption(
        QStringLiteral("block-ms"),
        QStringLiteral("How long a block lasts after the last failed login (default: 5 minutes)."),
        QStringLiteral("MS"));
    const QCommandLineOption emailAttemptsOption(
        QStringLiteral("email-code-attempts"),
        QStringLiteral("Wrong e-mail codes before totp-max-attempts (0: no limit)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Misbehave (repeatable): drop-after=N (abort after sending N frames), "
                       "ignore-login, ignore-login-blocking (later messages wait too), "
                       "garbage-frame (after connected), silent (after connected), "
                       "drop-on-connect, drop-on-login, drop-after-login-result, binary-frame, "
                       "oversized-frame=BYTES, nested-frame=DEPTH (each after connected)."),
        QStringLiteral("FAULT"));
    const QCommandLineOption ssoDemoOption(
        QStringLiteral("sso-demo"),
        QStringLiteral("Offer single sign-on: custom OAuth services keycloak and gitlab, SAML "
                       "provider demo-idp and CAS, all through this server's own identity "
                       "provider (/idp/…), which signs in --idp-user without asking."));
    const QCommandLineOption idpUserOption(
        QStringLiteral("idp-user"),
        QStringLiteral("The account the identity provider signs in (default: alice)."),
        QStringLiteral("NAME"), QStringLiteral("alice"));
    const QCommandLineOption idpDenyOption(
        QStringLiteral("idp-deny"),
        QStringLiteral("The identity provider refuses every sign-in (OAuth: "
                       "error=access_denied)."));
    const QCommandLineOption plainRedirectOption(
        QStringLiteral("sso-plain-redirect"),
        QStringLiteral("End pages answer with a 302 to the rocketchat:// link instead of a page "
                       "whose script opens it."));
    const QCommandLineOption pendingLifetimeOption(
        QStringLiteral("pending-credential-lifetime"),
        QStringLiteral("How long an unclaimed OAuth, SAML or CAS credential waits for its login "
                       "(default: 60000)."),
        QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS and WSS with a self-signed certificate for 127.0.0.1 and "
                       "localhost, made at start-up (its SHA-256 fingerprint is printed)."));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("With --tls: use this PEM certificate instead (needs --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QStringLiteral("With --tls: the PEM private key (RSA or EC) of --tls-cert."),
        QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log sessions and every frame (secrets redacted) on stderr."));
    parser.addOptions({ portOption,     usersOption,         delayOption,
                        pingOption,     pingTimeoutOption,   versionsOption,
                        greetingOption, serverVersionOption, lifetimeOption,
                        rateOption,     ldapOption,          rc6ErrorsOption,
                        blockOption,    blockTimeOption,     emailAttemptsOption,
                        faultOption,    ssoDemoOption,       idpUserOption,
                        idpDenyOption,  plainRedirectOption, pendingLifetimeOption,
                        tlsOption,      tlsCertOption,       tlsKeyOption,
                        verboseOption });
    parser.process(app);

    auto usage = [](const QString &message) {
        err() << "liftoff-devserver: " << message << Qt::endl;
        return 2;
    };

    DevServerOptions options;
    int port = 0;
    if (!parseInt(parser.value(portOption), 0, &port) || port > 65535)
        return usage(QStringLiteral("--port needs a number from 0 to 65535"));
    if (!parseInt(parser.value(delayOption), 0, &options.frameDelayMs))
        return usage(QStringLiteral("--delay needs a number of milliseconds"));
    if (!parseInt(parser.value(pingOption), 0, &options.pingIntervalMs))
        return usage(QStringLiteral("--ping-interval needs a number of milliseconds"));
    if (!parseInt(parser.value(pingTimeoutOption), 0, &options.pingTimeoutMs))
        return usage(QStringLiteral("--ping-timeout needs a number of milliseconds"));
    if (!parseInt(parser.value(rateOption), 0, &options.loginRateLimitCalls))
        return usage(QStringLiteral("--login-rate-limit needs a number"));
    options.ldapEnabled = parser.isSet(ldapOption);
    options.rewriteLoginErrors = !parser.isSet(rc6ErrorsOption);
    if (parser.isSet(blockOption)) {
        int attempts = 0;
        if (!parseInt(parser.value(blockOption), 1, &attempts))
            return usage(QStringLiteral("--block-failed-logins needs a positive number"));
        options.blockFailedLogins = true;
        options.blockUserAfterFailures = attempts;
        options.blockIpAfterFailures = attempts * 5;
    }
    if (parser.isSet(blockTimeOption)) {
        int ms = 0;
        if (!parseInt(parser.value(blockTimeOption), 1, &ms))
            return usage(QStringLiteral("--block-ms needs a positive number"));
        options.blockUserForMs = options.blockIpForMs = ms;
    }
    if (!parseInt(parser.value(emailAttemptsOption), 0, &options.emailCodeMaxAttempts))
        return usage(QStringLiteral("--email-code-attempts needs a number"));
    if (parser.isSet(lifetimeOption)) {
        bool ok = false;
        options.tokenLifetimeMs = parser.value(lifetimeOption).toLongLong(&ok);
        if (!ok || options.tokenLifetimeMs <= 0)
            return usage(QStringLiteral("--token-lifetime-ms needs a positive number"));
    }
    options.ssoDemoServices = parser.isSet(ssoDemoOption);
    options.idpUser = parser.value(idpUserOption);
    options.idpDeny = parser.isSet(idpDenyOption);
    options.ssoPlainRedirect = parser.isSet(plainRedirectOption);
    {
        bool ok = false;
        options.pendingCredentialLifetimeMs = parser.value(pendingLifetimeOption).toLongLong(&ok);
        if (!ok || options.pendingCredentialLifetimeMs <= 0)
            return usage(QStringLiteral("--pending-credential-lifetime needs a positive number"));
    }
    options.ddpVersions = parser.value(versionsOption).split(u',', Qt::SkipEmptyParts);
    for (QString &version : options.ddpVersions)
        version = version.trimmed();
    if (options.ddpVersions.isEmpty())
        return usage(QStringLiteral("--ddp-versions needs at least one version"));
    const QString greeting = parser.value(greetingOption);
    if (greeting == u"none")
        options.greeting = DevServerOptions::Greeting::None;
    else if (greeting == u"legacy")
        options.greeting = DevServerOptions::Greeting::Legacy;
    else if (greeting == u"message")
        options.greeting = DevServerOptions::Greeting::Message;
    else
        return usage(QStringLiteral("--greeting is none, legacy or message"));
    options.serverVersion = parser.value(serverVersionOption);
    for (const QString &fault : parser.values(faultOption)) {
        if (fault.startsWith(u"drop-after=")) {
            if (!parseInt(fault.mid(int(qstrlen("drop-after="))), 0, &options.dropAfterFrames))
                return usage(QStringLiteral("--fault drop-after=N needs a number"));
        } else if (fault == u"ignore-login") {
            options.ignoreLogin = true;
        } else if (fault == u"ignore-login-blocking") {
            options.ignoreLogin = true;
            options.ignoredLoginBlocks = true;
        } else if (fault == u"garbage-frame") {
            options.garbageAfterConnected = true;
        } else if (fault == u"silent") {
            options.silentAfterConnected = true;
        } else if (fault == u"drop-on-connect") {
            options.dropOnConnect = true;
        } else if (fault == u"drop-on-login") {
            options.dropOnLogin = true;
        } else if (fault == u"drop-after-login-result") {
            options.dropAfterLoginResult = true;
        } else if (fault == u"binary-frame") {
            options.binaryAfterConnected = true;
        } else if (fault.startsWith(u"oversized-frame=")) {
            if (!parseInt(fault.mid(int(qstrlen("oversized-frame="))), 1,
                          &options.oversizedFrameAfterConnectedBytes))
                return usage(QStringLiteral("--fault oversized-frame=BYTES needs a number"));
        } else if (fault.startsWith(u"nested-frame=")) {
            if (!parseInt(fault.mid(int(qstrlen("nested-frame="))), 1,
                          &options.nestedFrameAfterConnectedDepth))
                return usage(QStringLiteral("--fault nested-frame=DEPTH needs a number"));
        } else {
            return usage(QStringLiteral("unknown --fault %1").arg(fault));
        }
    }
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("liftoff.devserver=true"));

    DevServer server(options);
    if (parser.isSet(usersOption)) {
        QString error;
        if (!server.users().loadFile(parser.value(usersOption), &error)) {
            err() << "liftoff-devserver: " << error << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCertOption) && !parser.isSet(tlsOption))
        return usage(QStringLiteral("--tls-cert and --tls-key need --tls"));
    if (parser.isSet(tlsCertOption)) {
        const ServerCertificate loaded
            = ServerCertificate::load(parser.value(tlsCertOption), parser.value(tlsKeyOption));
        if (!loaded.isValid()) {
            err() << "liftoff-devserver: " << loaded.errorString() << Qt::endl;
            return 1;
        }
        server.setTls(loaded.certificate(), loaded.privateKey());
    } else if (parser.isSet(tlsOption) && !server.setGeneratedTls()) {
        err() << "liftoff-devserver: " << server.errorString() << Qt::endl;
        return 1;
    }
    if (!server.listen(quint16(port))) {
        err() << "liftoff-devserver: " << server.errorString() << Qt::endl;
        return 1;
    }
    // Scripts wait for this exact first line to learn the port.
    out() << "Listening on " << server.httpUrl().toString() << Qt::endl;
    if (server.isTls())
        out() << "Certificate SHA-256: " << server.certificateFingerprint() << Qt::endl;
    out() << "DDP endpoint: " << server.webSocketUrl().toString() << Qt::endl;
    QStringList accounts;
    for (const auto &user : server.users().users())
        accounts.append(user.username);
    out() << "Accounts: " << accounts.join(QStringLiteral(", ")) << Qt::endl;
    if (!parser.isSet(usersOption))
        out() << "Demo accounts: alice/wonderland (personal access token "
              << UserDirectory::demoPersonalAccessToken() << "), bob/builder (TOTP secret "
              << UserDirectory::demoTotpSecret()
              << "), carol/caroline (e-mail code printed here), dave/deactivated, "
                 "erin/directory (LDAP)"
              << Qt::endl;
    if (options.ssoDemoServices)
        out() << "Single sign-on: keycloak, gitlab (OAuth), saml (demo-idp), cas; the identity "
                 "provider signs in "
              << options.idpUser << (options.idpDeny ? " (refusing every sign-in)" : "")
              << Qt::endl;

    // The one secret this prints, on purpose: there is no mail server to deliver it.
    QObject::connect(&server, &DevServer::emailCodeIssued,
                     [](const QString &username, const QString &code) {
                         out() << "E-mail code for " << username << ": " << code << Qt::endl;
                     });

#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    return app.exec();
}
