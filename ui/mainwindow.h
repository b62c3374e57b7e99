#pragma once

#include "auth/signincontroller.h"
#include "storage/savedaccount.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class BrowserPage;
class OfflinePage;
class Page;
class QMessageBox;
class QStackedWidget;
class RecentServers;
class ResumingPage;
class SignInPage;
class SignedInPage;
class TwoFactorPage;

// The window: one page per step of the sign-in (sign-in, two-factor, signed in, resuming a saved
// session, offline), chosen by the controller's state. It only binds to the controller's
// properties and signals, so a saved session resumed before the window exists (main.cpp:
// setStores(), then resumeLastAccount()) opens straight on "Signing in", and its outcome
// (signed in, offline, or the sign-in page filled in with the reason) follows by itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SignInController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the server field and starts the server check at once (e.g. from --server). While a
    // saved session is resuming, offline or signed in, it only fills the field for later and
    // does not interrupt that session.
    void setServer(const QString &address, bool allowInsecure);
    // A sign-in link (rocketchat://auth?…) from the operating system or another `liftoff`:
    // brings the window up and hands the link to the controller. A session-token link is
    // confirmed first (which server, whose account: name, user name and id, as its server says),
    // one question at a time; no single key says yes.
    void handleLink(const QString &link);

protected:
    // macOS hands links over as QEvent::FileOpen to the application.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void stateChanged(SignInController::State state);
    void fillServerFromHistory();
    void switchToAccount(const QString &accountKey);
    void addAnotherAccount();
    void signInWithAnotherAccount();
    std::optional<SavedAccount> accountBeingResumed() const;
    // The account kept under key in the account store, if any.
    std::optional<SavedAccount> savedAccount(const QString &key) const;
    Page *currentPage() const;
    // As tall as the page needs (within the screen): exactly when a page is shown, only taller
    // when the page grows while it is shown (so that it does not jump as messages come and go).
    void fitToPage(bool growOnly);
    void confirmLink();
    void showRefusedLink(const SignInError &error);

    SignInController *m_controller;
    RecentServers *m_recentServers;
    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
    TwoFactorPage *m_twoFactorPage;
    SignedInPage *m_signedInPage;
    ResumingPage *m_resumingPage;
    OfflinePage *m_offlinePage;
    BrowserPage *m_browserPage;
    // The question about a session-token link, while it is up (never more than one).
    QPointer<QMessageBox> m_linkBox;
    // Who was signed in or being resumed last: the sign-in page offers the name afterwards.
    QString m_lastUsername;
};
