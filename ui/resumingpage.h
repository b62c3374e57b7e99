#pragma once

#include "storage/savedaccount.h"
#include "ui/page.h"

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class SignInController;

// Signing in with a saved session (state Resuming): who, on which server, progress and Cancel.
// Esc cancels too.
class ResumingPage : public Page
{
    Q_OBJECT
public:
    explicit ResumingPage(SignInController *controller, QWidget *parent = nullptr);

    // The account being resumed, when the window knows it; else only the server is named.
    void setAccount(const std::optional<SavedAccount> &account);
    void takeFocus();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateText();

    SignInController *m_controller;
    std::optional<SavedAccount> m_account;
    QLabel *m_text;
    QProgressBar *m_progressBar;
    QPushButton *m_cancel;
};
