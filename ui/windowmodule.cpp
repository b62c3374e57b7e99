#include "ui/windowmodule.h"

#include "auth/signincontroller.h"
#include "core/version.h"
#include "sso/browserlauncher.h"
#include "sso/singleinstance.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QTimer>

namespace {
QCoreApplication *createApplication(int &argc, char **argv)
{
    auto *app = new QApplication(argc, argv);
    // The app id as the desktop file's name: what lets Wayland and X11 match the window to the
    // installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(LIFTOFF_APP_ID));
    return app;
}

int run(const WindowModule::Request &request)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/liftoff/liftoff.svg")));

    // The stores outlive the controller (declared first, destroyed last).
    KeychainTokenStore tokens;
    AccountStore accounts;
    SignInController controller;
    controller.setStores(&tokens, &accounts);
    // Without --server, the account used last signs in again by itself; started before the
    // window exists, so that the window opens on "Signing in" (nothing stored: the sign-in page).
    if (!request.hasServer)
        controller.resumeLastAccount();
    MainWindow window(&controller);
    if (request.hasServer)
        window.setServer(request.server, request.allowInsecure);
    window.show();
    // The window receives the sign-in links of the browser (and of `liftoff open`).
    BrowserLauncher::setSystemOpener(
        [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    SingleInstance instance;
    if (instance.listen())
        QObject::connect(&instance, &SingleInstance::linkReceived, &window,
                         &MainWindow::handleLink);
    if (!request.link.isEmpty()) {
        const QString link = request.link;
        QTimer::singleShot(0, &window, [&window, link] { window.handleLink(link); });
    }
    return QCoreApplication::exec();
}
} // namespace

extern "C" Q_DECL_EXPORT const WindowModule *liftoff_window_module()
{
    static const WindowModule module { WindowModule::InterfaceVersion, LIFTOFF_VERSION,
                                       createApplication, run };
    return &module;
}
