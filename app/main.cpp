#include "ddpconnection.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

namespace {
struct Options
{
    QCommandLineOption server { QStringLiteral("server"),
                                QCoreApplication::translate(
                                    "main", "Connect to the Rocket.Chat server at <url>."),
                                QCoreApplication::translate("main", "url") };
    QCommandLineOption allowInsecure {
        QStringLiteral("allow-insecure"),
        QCoreApplication::translate("main",
                                    "Allow an unencrypted (http:// or ws://) connection to a "
                                    "server that is not on this computer.")
    };
};

void setUpParser(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Liftoff: sign in to your Rocket.Chat server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.server);
    parser.addOption(options.allowInsecure);
}
} // namespace

int main(int argc, char **argv)
{
    // Decide before creating the application object: --help, --version and usage errors must
    // work without a display, so they get a QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    bool needsWindow = false;
    {
        QCommandLineParser probe;
        Options probeOptions;
        setUpParser(probe, probeOptions);
        needsWindow = probe.parse(arguments) && !probe.isSet(QStringLiteral("help"))
            && !probe.isSet(QStringLiteral("version")) && !probe.isSet(QStringLiteral("help-all"));
    }

    std::unique_ptr<QCoreApplication> app(needsWindow ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("liftoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFTOFF_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Liftoff"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("liftoff.chat"));

    QCommandLineParser parser;
    Options options;
    setUpParser(parser, options);
    parser.process(*app); // prints help, version or a usage error and exits

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/liftoff/liftoff.svg")));

    DdpConnection connection;
    MainWindow window(&connection);
    if (parser.isSet(options.server))
        window.connectTo(parser.value(options.server), parser.isSet(options.allowInsecure));
    window.show();
    return app->exec();
}
