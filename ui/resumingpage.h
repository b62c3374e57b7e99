#pragma once

#include "storage/savedaccount.h"
#include "ui/page.h"

#include <optional>

class QLabel;
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
    // Goes to the sign-in page; the account stays saved.
    bool cancel() override;

private:
    void updateText();

    SignInController *m_controller;
    std::optional<SavedAccount> m_account;
    QLabel *m_text;
};
