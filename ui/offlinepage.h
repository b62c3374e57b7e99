#pragma once

#include "storage/savedaccount.h"
#include "ui/page.h"

#include <optional>

class QLabel;
class QProgressBar;
class SignInController;
class StatusMessage;

// A saved account whose server cannot be reached (state Offline): the session is kept and the
// controller tries again by itself. Shows the live countdown to the next try, what the last try
// ran into, Retry now (Enter) and a way to sign in with another account instead. Esc stops
// waiting.
class OfflinePage : public Page
{
    Q_OBJECT
public:
    explicit OfflinePage(SignInController *controller, QWidget *parent = nullptr);

    void setAccount(const std::optional<SavedAccount> &account);

    // Esc, as on the page that resumes a session: stops trying and goes to the sign-in page
    // with this account's server and username; the account stays saved.
    bool cancel() override;

Q_SIGNALS:
    // "Sign in with another account": the window stops waiting and shows the sign-in page.
    void anotherAccountRequested();

protected:
    // Retry now.
    void submit() override;

private:
    void updateExplanation();
    void updateCountdown();
    void updateReason();

    SignInController *m_controller;
    std::optional<SavedAccount> m_account;
    QLabel *m_explanation;
    QLabel *m_countdown;
    QProgressBar *m_trying;
    StatusMessage *m_reason;
};
