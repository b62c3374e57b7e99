#pragma once

#include "signincontroller.h"

#include <QMainWindow>

class QStackedWidget;
class RecentServers;
class SignInPage;
class SignedInPage;
class TwoFactorPage;

// The window: one page per step of the sign-in (sign-in, two-factor, signed in), chosen by the
// controller's state. It only binds to the controller's properties and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SignInController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the server field and starts the server check at once (e.g. from --server).
    void setServer(const QString &address, bool allowInsecure);

private:
    void stateChanged(SignInController::State state);
    void fillServerFromHistory();

    SignInController *m_controller;
    RecentServers *m_recentServers;
    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
    TwoFactorPage *m_twoFactorPage;
    SignedInPage *m_signedInPage;
};
