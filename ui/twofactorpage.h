#pragma once

#include "auth/signincontroller.h"
#include "ui/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class StatusMessage;

// The second step when the account has two-factor authentication: a code from an authenticator
// app (TOTP) or one sent by e-mail, which can be sent again. The code field takes a pasted code
// as it comes ("123 456", "123-456"). Enter verifies, Esc goes back to the sign-in page.
class TwoFactorPage : public Page
{
    Q_OBJECT
public:
    explicit TwoFactorPage(SignInController *controller, QWidget *parent = nullptr);

    // Starts afresh for a new challenge: empty code, wording for the controller's method.
    void aboutToShow() override;
    void takeFocus() override;
    // Goes back to the sign-in page.
    bool cancel() override;

    // "123 456", "123-456" → "123456": what authenticator apps and e-mails show, as typed.
    static QString normalizedCode(const QString &text);

protected:
    void submit() override;

private:
    void stateChanged(SignInController::State state);
    void updateControls();
    void updateMessage();
    void updateExplanation();
    bool isBusy() const;

    SignInController *m_controller;
    QLabel *m_explanation;
    QLineEdit *m_code;
    StatusMessage *m_message;
    StatusMessage *m_notice;
    QWidget *m_progress;
    QPushButton *m_sendNewCode;
    QPushButton *m_cancel;
    QPushButton *m_verify;
    QString m_localProblem;
};
