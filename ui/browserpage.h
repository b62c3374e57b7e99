#pragma once

#include "ui/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class SignInController;
class StatusMessage;

// "Continue in your browser" (state WaitingForBrowser): what is happening and where, the time
// left, a refused link's reason, Cancel, and, when no browser could be opened, the address to
// open by hand (its start in view, all of it in the tooltip) with a Copy button, whose "Copied"
// lasts until the next sign-in. Esc cancels.
class BrowserPage : public Page
{
    Q_OBJECT
public:
    explicit BrowserPage(SignInController *controller, QWidget *parent = nullptr);

    // Stops waiting for the browser and goes back to the sign-in page.
    bool cancel() override;

private:
    void refresh();
    void updateCountdown(int seconds);
    void copyAddress();
    void openAgain();

    SignInController *m_controller;
    QLabel *m_text;
    QLabel *m_countdown;
    StatusMessage *m_message;
    StatusMessage *m_browserProblem;
    QLineEdit *m_address;
    QPushButton *m_copy;
    QPushButton *m_openAgain;
};
