#include "testbrowser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liftoff-testbrowser"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A browser for single sign-on tests: loads URL, follows redirects and the end pages' "
        "navigation to the rocketchat:// link, and runs PROGRAM <link> as the operating system "
        "would (default: $LIFTOFF_APP), exiting with its exit code. Exit codes of its own: 0 "
        "link printed (--no-deliver) or CAS sign-in completed, 2 usage, 3 no hand-off (a page "
        "without one, an HTTP or network error), 125 PROGRAM crashed, 127 PROGRAM did not "
        "start. Use it as BROWSER=\"liftoff-testbrowser %s\"."));
    parser.addHelpOption();
    const QCommandLineOption deliverOption(
        QStringLiteral("deliver-with"),
        QStringLiteral("The program that receives the link (default: $LIFTOFF_APP)."),
        QStringLiteral("PROGRAM"));
    const QCommandLineOption noDeliverOption(QStringLiteral("no-deliver"),
                                             QStringLiteral("Print the link on stdout instead."));
    const QCommandLineOption insecureOption(
        QStringLiteral("ignore-tls-errors"),
        QStringLiteral("Accept any TLS certificate (a test server's own)."));
    parser.addOptions({ deliverOption, noDeliverOption, insecureOption });
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("Where to start."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "liftoff-testbrowser: give exactly one URL (see --help)" << Qt::endl;
        return TestBrowser::Usage;
    }
    TestBrowser::Options options;
    options.ignoreTlsErrors = parser.isSet(insecureOption);
    if (!parser.isSet(noDeliverOption)) {
        options.deliverWith = parser.isSet(deliverOption) ? parser.value(deliverOption)
                                                          : qEnvironmentVariable("LIFTOFF_APP");
        if (options.deliverWith.isEmpty()) {
            err << "liftoff-testbrowser: no program to hand the link to: give --deliver-with "
                   "PROGRAM, set LIFTOFF_APP, or use --no-deliver"
                << Qt::endl;
            return TestBrowser::Usage;
        }
    }

    TestBrowser browser(options);
    int exitCode = -1;
    browser.open(positional.first(), [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    // open() may be over already (a rocketchat: URL printed, a URL it cannot open).
    if (exitCode >= 0)
        return exitCode;
    app.exec();
    return exitCode;
}
