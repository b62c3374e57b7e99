#include "ui/mainwindow.h"

#include "storage/accountstore.h"
#include "ui/accountlist.h"
#include "ui/browserpage.h"
#include "ui/offlinepage.h"
#include "ui/plaintext.h"
#include "ui/recentservers.h"
#include "ui/resumingpage.h"
#include "ui/signedinpage.h"
#include "ui/signinpage.h"
#include "ui/twofactorpage.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
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
    , m_resumingPage(new ResumingPage(controller, m_pages))
    , m_offlinePage(new OfflinePage(controller, m_pages))
    , m_browserPage(new BrowserPage(controller, m_pages))
{
    setWindowTitle(tr("Liftoff", "the application name, as the window title"));
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_twoFactorPage);
    m_pages->addWidget(m_signedInPage);
    m_pages->addWidget(m_resumingPage);
    m_pages->addWidget(m_offlinePage);
    m_pages->addWidget(m_browserPage);
    setCentralWidget(m_pages);
    // The width of a page's column and its margins, in the font's units so that it scales; the
    // height follows the page shown (fitToPage()).
    resize(fontMetrics().averageCharWidth() * 68, fontMetrics().height() * 36);
    for (Page *page : { static_cast<Page *>(m_signInPage), static_cast<Page *>(m_twoFactorPage),
                        static_cast<Page *>(m_signedInPage), static_cast<Page *>(m_resumingPage),
                        static_cast<Page *>(m_offlinePage), static_cast<Page *>(m_browserPage) })
        connect(page, &Page::contentResized, this, [this, page] {
            if (page == currentPage())
                fitToPage(true);
        });

    connect(m_signInPage->accountList(), &AccountList::switchRequested, this,
            &MainWindow::switchToAccount);
    connect(m_signedInPage->accountList(), &AccountList::switchRequested, this,
            &MainWindow::switchToAccount);
    connect(m_signedInPage->accountList(), &AccountList::addAccountRequested, this,
            &MainWindow::addAnotherAccount);
    connect(m_offlinePage, &OfflinePage::anotherAccountRequested, this,
            &MainWindow::signInWithAnotherAccount);
    connect(m_signInPage, &SignInPage::backRequested, this, &MainWindow::switchToAccount);

    connect(m_controller, &SignInController::linkConfirmationRequested, this,
            &MainWindow::confirmLink);
    connect(m_controller, &SignInController::linkRefused, this, &MainWindow::showRefusedLink);
    qApp->installEventFilter(this);
    // Someone is watching: a sign-out gives the server a few seconds, not the call's 30.
    m_controller->setSignOutTimeoutMs(5000);

    // Connected after the pages, so that they are up to date when the window switches to one.
    connect(m_controller, &SignInController::stateChanged, this, &MainWindow::stateChanged);
    stateChanged(m_controller->state());
    // A saved session that ended before the window existed (expired, refused): its server and
    // user name, with the reason.
    if (currentPage() == m_signInPage && m_controller->server().isValid())
        m_signInPage->adoptSession(m_controller->suggestedUsername());
    currentPage()->takeFocus();
    // After the caller had its chance to call setServer(), offer the last server used.
    QTimer::singleShot(0, this, &MainWindow::fillServerFromHistory);
}

MainWindow::~MainWindow() = default;

void MainWindow::setServer(const QString &address, bool allowInsecure)
{
    switch (m_controller->state()) {
    case SignInController::State::Resuming:
    case SignInController::State::Offline:
    case SignInController::State::SignedIn:
    case SignInController::State::WaitingForBrowser:
        m_signInPage->prefillServer(address, allowInsecure);
        return;
    case SignInController::State::Idle:
    case SignInController::State::CheckingServer:
    case SignInController::State::Ready:
    case SignInController::State::SigningIn:
    case SignInController::State::TwoFactorRequired:
    case SignInController::State::Failed:
        break;
    }
    m_signInPage->setServer(address, allowInsecure);
    if (currentPage() == m_signInPage)
        m_signInPage->takeFocus();
}

void MainWindow::stateChanged(SignInController::State state)
{
    Page *const previous = currentPage();
    Page *page = m_signInPage;
    switch (state) {
    case SignInController::State::Idle:
    case SignInController::State::CheckingServer:
    case SignInController::State::Ready:
    case SignInController::State::Failed:
        break;
    case SignInController::State::SigningIn:
        // Checking a two-factor code is signing in again: stay on the page that asked for it.
        if (previous == m_twoFactorPage)
            page = m_twoFactorPage;
        break;
    case SignInController::State::TwoFactorRequired:
        page = m_twoFactorPage;
        break;
    case SignInController::State::SignedIn:
        page = m_signedInPage;
        break;
    case SignInController::State::Resuming:
        // A retry while offline: the offline page says "trying again now".
        page = previous == m_offlinePage ? static_cast<Page *>(m_offlinePage)
                                         : static_cast<Page *>(m_resumingPage);
        break;
    case SignInController::State::Offline:
        page = m_offlinePage;
        break;
    case SignInController::State::WaitingForBrowser:
        page = m_browserPage;
        break;
    }

    if (state == SignInController::State::Resuming || state == SignInController::State::Offline) {
        const std::optional<SavedAccount> account = accountBeingResumed();
        if (account)
            m_lastUsername = account->username;
        m_resumingPage->setAccount(account);
        m_offlinePage->setAccount(account);
    }
    if (state == SignInController::State::SignedIn)
        m_lastUsername = m_controller->user().account.username;

    if (page == previous)
        return;
    // A session (or a resume) ended: the form is filled in for it. (When the person left it for
    // another account, startAnotherAccount() empties the form again right after.)
    if (page == m_signInPage
        && (previous == m_resumingPage || previous == m_offlinePage
            || previous == m_signedInPage)) {
        const QString suggested = m_controller->suggestedUsername();
        m_signInPage->adoptSession(suggested.isEmpty() ? m_lastUsername : suggested);
    }
    page->aboutToShow();
    m_pages->setCurrentWidget(page);
    currentPage()->takeFocus();
    fitToPage(false);
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        fitToPage(false);
}

void MainWindow::fitToPage(bool growOnly)
{
    // Before the first show the pages have no width yet; the person's own choices win.
    if (!isVisible() || isMaximized() || isFullScreen())
        return;
    const int chrome = height() - m_pages->height(); // whatever surrounds the pages
    int wanted = currentPage()->fittingHeight(m_pages->width()) + chrome;
    if (const QScreen *screen = this->screen()) {
        const int decorations = frameGeometry().height() - geometry().height();
        wanted = qMin(wanted, screen->availableGeometry().height() - decorations);
    }
    wanted = qMax(wanted, minimumSizeHint().height());
    if (wanted == height() || (growOnly && wanted < height()))
        return;
    resize(width(), wanted);
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

void MainWindow::switchToAccount(const QString &accountKey)
{
    // The session in use (if any) is left without signing out: switching back resumes it.
    m_controller->resumeAccount(accountKey);
}

void MainWindow::addAnotherAccount()
{
    const ServerAddress server = m_controller->user().account.server;
    const std::optional<SavedAccount> current = savedAccount(m_controller->accountKey());
    // Leaves this session without signing out (an empty server field stops everything): its
    // token stays in the keychain and the account in the list, to switch back to later.
    m_controller->setServer(QString());
    m_signInPage->startAnotherAccount(server, current);
}

void MainWindow::signInWithAnotherAccount()
{
    const std::optional<SavedAccount> waiting = accountBeingResumed();
    m_controller->cancel(); // stops the retries; the account and its token stay saved
    // The server of the waiting account cannot be reached: start from an empty field (Down
    // offers the recent servers).
    m_signInPage->startAnotherAccount(ServerAddress(), waiting);
}

std::optional<SavedAccount> MainWindow::accountBeingResumed() const
{
    return savedAccount(m_controller->accountKey());
}

std::optional<SavedAccount> MainWindow::savedAccount(const QString &key) const
{
    const AccountStore *store = m_controller->accountStore();
    if (!store || key.isEmpty())
        return std::nullopt;
    return store->account(key);
}

void MainWindow::handleLink(const QString &link)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    m_controller->handleLink(link);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: this filter sees the application's every event, also while the link
    // question is being destroyed, when it must not be looked at as a QMessageBox any more.
    if (event->type() == QEvent::KeyPress && watched == m_linkBox) {
        // The link question: keys without Ctrl, Alt or Meta that are not for moving between
        // or answering with the focused button (Tab, Enter, Space, Escape) are dropped, so that
        // no mnemonic, however it came, accepts.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool modified
            = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        switch (key->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
        case Qt::Key_Escape:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            break;
        default:
            if (!modified)
                return true;
            break;
        }
    }
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == QLatin1String("rocketchat")) {
            handleLink(url.toString(QUrl::FullyEncoded));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::confirmLink()
{
    const DeepLink link = m_controller->pendingLink();
    const SavedAccount account = m_controller->pendingLinkAccount();
    if (!link.isValid())
        return;
    // One question at a time (the controller holds later links back; this is the last guard).
    if (m_linkBox) {
        m_linkBox->disconnect(this);
        m_linkBox->close();
    }
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    // Not modal for the application, and no nested event loop: the answer comes as a signal.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Sign in from a link?"),
        tr("A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if "
           "you just asked for this, for example in your browser; a link from someone else could "
           "sign you in to their account.",
           "%1 is a server address, %2 a person's name, %3 a user name, %4 a user id")
            .arg(link.server().displayString(), name, account.username, account.userId),
        QMessageBox::NoButton, this);
    // The server address comes from the link, the names from its server.
    PlainText::apply(box);
    box->setObjectName(QStringLiteral("confirm-link"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // No mnemonic: no single key may say yes (a link brings the window up while the person may
    // be typing elsewhere). Enter, Space and Escape answer no.
    QPushButton *yes = box->addButton(
        tr("Sign in", "accepts a sign-in link; no & in it: no single key may accept"),
        QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm-link-yes"));
    yes->setAutoDefault(false);
    QPushButton *no = box->addButton(tr("&Ignore the link"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirm-link-no"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    // Letters that a platform's automatic mnemonics could give to "Sign in" go nowhere.
    box->installEventFilter(this);
    // However it closes (a button, Escape, the window manager): only "Sign in" says yes.
    connect(box, &QDialog::finished, this, [this, box, yes, link] {
        if (m_controller->pendingLink() != link)
            return; // a newer link replaced it
        if (box->clickedButton() == yes) {
            m_signInPage->prefillServer(link.server().displayString(), false);
            m_controller->confirmLink();
        } else {
            m_controller->rejectLink();
        }
    });
    m_linkBox = box;
    box->open();
    no->setFocus();
}

void MainWindow::showRefusedLink(const SignInError &error)
{
    // The sign-in and browser pages show it as their error; elsewhere (signed in, resuming) it
    // would go unseen.
    if (currentPage() == m_signInPage || currentPage() == m_browserPage)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign-in link ignored"), error.message(),
                                QMessageBox::Ok, this);
    PlainText::apply(box); // the message quotes the link
    box->setObjectName(QStringLiteral("refused-link"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
