#include "mainwindow.h"

#include "recentservers.h"
#include "signedinpage.h"
#include "signinpage.h"
#include "twofactorpage.h"

#include <QStackedWidget>
#include <QTimer>

MainWindow::MainWindow(SignInController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_recentServers(new RecentServers(this))
    , m_pages(new QStackedWidget(this))
    , m_signInPage(new SignInPage(controller, m_recentServers, m_pages))
    , m_twoFactorPage(new TwoFactorPage(controller, m_pages))
    , m_signedInPage(new SignedInPage(controller, m_pages))
{
    setWindowTitle(tr("Liftoff", "the application name, as the window title"));
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_twoFactorPage);
    m_pages->addWidget(m_signedInPage);
    setCentralWidget(m_pages);
    // Room for the sign-in page with a two-line error, in the font's units so that it scales.
    resize(fontMetrics().averageCharWidth() * 68, fontMetrics().height() * 28);
    // Connected after the pages, so that they are up to date when the window switches to one.
    connect(m_controller, &SignInController::stateChanged, this, &MainWindow::stateChanged);
    stateChanged(m_controller->state());
    m_signInPage->takeFocus();
    // After the caller had its chance to call setServer(), offer the last server used.
    QTimer::singleShot(0, this, &MainWindow::fillServerFromHistory);
}

MainWindow::~MainWindow() = default;

void MainWindow::setServer(const QString &address, bool allowInsecure)
{
    m_signInPage->setServer(address, allowInsecure);
    if (m_pages->currentWidget() == m_signInPage)
        m_signInPage->takeFocus();
}

void MainWindow::stateChanged(SignInController::State state)
{
    QWidget *page = m_signInPage;
    switch (state) {
    case SignInController::State::Idle:
    case SignInController::State::CheckingServer:
    case SignInController::State::Ready:
    case SignInController::State::Failed:
        break;
    case SignInController::State::SigningIn:
        // Checking a two-factor code is signing in again: stay on the page that asked for it.
        if (m_pages->currentWidget() == m_twoFactorPage)
            page = m_twoFactorPage;
        break;
    case SignInController::State::TwoFactorRequired:
        page = m_twoFactorPage;
        break;
    case SignInController::State::SignedIn:
        page = m_signedInPage;
        break;
    }
    if (page == m_signedInPage)
        m_signedInPage->refresh();
    if (page == m_pages->currentWidget())
        return;
    if (page == m_twoFactorPage)
        m_twoFactorPage->reset();
    m_pages->setCurrentWidget(page);
    if (page == m_signInPage)
        m_signInPage->takeFocus();
    else if (page == m_twoFactorPage)
        m_twoFactorPage->takeFocus();
    else
        m_signedInPage->takeFocus();
}

void MainWindow::fillServerFromHistory()
{
    if (!m_signInPage->serverText().isEmpty()
        || m_controller->state() != SignInController::State::Idle)
        return;
    const QStringList servers = m_recentServers->servers();
    if (servers.isEmpty())
        return;
    m_signInPage->setServer(servers.first(), false);
    m_signInPage->takeFocus();
}
